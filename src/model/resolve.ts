import type { Era } from './common.ts'
import { DEFAULT_MAX_RECEIVE_COUNT, resolveEsmConfig, type ResolvedEsmConfig } from './eventSourceMapping.ts'
import type { EdgeRole } from './edges.ts'
import type { Fault } from './faults.ts'
import { DEFAULT_REGION, indexScenario } from './graph.ts'
import type { EdgeId, NodeId } from './ids.ts'
import type { Scenario } from './scenario.ts'
import {
  resolveApiGatewayConfig,
  resolveClientConfig,
  resolveDynamoDbStreamConfig,
  resolveElastiCacheConfig,
  resolveKinesisConfig,
  resolveLambdaConfig,
  resolveRdsConfig,
  resolveSesConfig,
  resolveSqsConfig,
  resolveVpcConfig,
  type NodeType,
  type ResolvedApiGatewayConfig,
  type ResolvedClientConfig,
  type ResolvedDynamoDbStreamConfig,
  type ResolvedElastiCacheConfig,
  type ResolvedKinesisConfig,
  type ResolvedLambdaConfig,
  type ResolvedRdsConfig,
  type ResolvedSesConfig,
  type ResolvedSqsConfig,
  type ResolvedVpcConfig,
  type ScenarioNode,
} from './services/index.ts'
import type { Traffic } from './traffic.ts'

interface ConfigByType {
  lambda: ResolvedLambdaConfig
  apiGateway: ResolvedApiGatewayConfig
  client: ResolvedClientConfig
  ses: ResolvedSesConfig
  sqs: ResolvedSqsConfig
  kinesis: ResolvedKinesisConfig
  dynamoDbStream: ResolvedDynamoDbStreamConfig
  vpc: ResolvedVpcConfig
  rds: ResolvedRdsConfig
  elastiCache: ResolvedElastiCacheConfig
  account: { accountId: string }
}
type ConfigOf<T extends NodeType> = T extends keyof ConfigByType ? ConfigByType[T] : Record<string, never>

/** A node with AWS defaults applied; `vpcId` and `accountId` come from the parentId chain. */
export type ResolvedNode = {
  [T in NodeType]: { id: NodeId; type: T; label: string; accountId: string; vpcId: NodeId | null; config: ConfigOf<T> }
}[NodeType]
export type ResolvedNodeOf<T extends NodeType> = Extract<ResolvedNode, { type: T }>

export interface ResolvedEdge {
  id: EdgeId
  from: NodeId
  to: NodeId
  role: EdgeRole
  permission: 'granted' | 'missing'
  /** Only for role `eventSourceMapping`. */
  esm: ResolvedEsmConfig | null
  /** Only for an sqs→sqs `dlq` edge (the source queue's redrive policy). Default 5, AWS's advice (§4.1). */
  maxReceiveCount: number
  /** Only for a stream's `onFailure` edge: the ESM edge it belongs to (null = every mapping of that stream). */
  mapping: EdgeId | null
}

/** Far-future sentinel for "never ends" (JSON-safe, unlike Infinity). */
export const NEVER_MS = Number.MAX_SAFE_INTEGER

export type ResolvedFault = Fault & { id: string; atMs: number; endMs: number }
export type ResolvedTraffic = Traffic & { id: string }

export interface ResolvedScenario {
  title: string
  era: Era
  seed: number
  /** When traffic stops. */
  durationMs: number
  /** A cap on the run (null: it settles). */
  runLimitMs: number | null
  accountId: string
  region: string
  accountConcurrencyLimit: number
  nodes: ResolvedNode[]
  nodeById: ReadonlyMap<NodeId, ResolvedNode>
  edges: ResolvedEdge[]
  edgeById: ReadonlyMap<EdgeId, ResolvedEdge>
  traffic: ResolvedTraffic[]
  faults: ResolvedFault[]
}

function resolveNodeConfig(n: ScenarioNode, era: Era): ResolvedNode['config'] {
  switch (n.type) {
    case 'lambda':
      return resolveLambdaConfig(n.config, era)
    case 'apiGateway':
      return resolveApiGatewayConfig(n.config, era)
    case 'client':
      return resolveClientConfig(n.config, era)
    case 'ses':
      return resolveSesConfig(n.config, era)
    case 'sqs':
      return resolveSqsConfig(n.config, era)
    case 'kinesis':
      return resolveKinesisConfig(n.config, era)
    case 'dynamoDbStream':
      return resolveDynamoDbStreamConfig(n.config, era)
    case 'vpc':
      return resolveVpcConfig(n.config, era)
    case 'rds':
      return resolveRdsConfig(n.config, era)
    case 'elastiCache':
      return resolveElastiCacheConfig(n.config, era)
    case 'account':
      return { accountId: n.config.accountId }
    default:
      return {}
  }
}

/**
 * Apply AWS defaults per era. Pure. Expects a document that passed `checkScenario` (edges whose role cannot be
 * settled are dropped here; check.ts reports them as errors).
 */
export function resolveScenario(s: Scenario): ResolvedScenario {
  const idx = indexScenario(s)
  const nodes = [...idx.nodeById.values()].map(
    (n) =>
      ({
        id: n.id,
        type: n.type,
        label: n.label ?? n.id,
        accountId: idx.accountOf(n.id),
        vpcId: idx.vpcOf(n.id),
        config: resolveNodeConfig(n, s.era),
      }) as ResolvedNode,
  )
  const nodeById = new Map(nodes.map((n) => [n.id, n]))
  const edges: ResolvedEdge[] = []
  for (const e of idx.edges) {
    if (e.role === null) continue
    const c = e.edge.config
    const fromType = nodeById.get(e.edge.from)?.type
    const isSqs = fromType === 'sqs'
    edges.push({
      id: e.id,
      from: e.edge.from,
      to: e.edge.to,
      role: e.role,
      permission: e.edge.permission ?? 'granted',
      esm: e.role === 'eventSourceMapping' ? resolveEsmConfig(c, isSqs ? 'sqs' : 'stream') : null,
      maxReceiveCount: c?.maxReceiveCount ?? DEFAULT_MAX_RECEIVE_COUNT,
      mapping: c?.mapping ?? null,
    })
  }
  const faults = resolveFaults(s.faults)
  return {
    title: s.title,
    era: s.era,
    seed: s.seed,
    durationMs: s.durationMs,
    runLimitMs: s.runLimitMs ?? null,
    accountId: idx.accountOf(''),
    region: s.region ?? DEFAULT_REGION,
    accountConcurrencyLimit: s.accountConcurrencyLimit ?? 1000,
    nodes,
    nodeById,
    edges,
    edgeById: new Map(edges.map((e) => [e.id, e])),
    traffic: s.traffic.map((t, i) => ({ ...t, id: t.id ?? `traffic-${i + 1}` })),
    faults,
  }
}

/** Each fault gets an id, a start (default 0) and the time a later `recover` on the same target ends it. */
function resolveFaults(faults: readonly Fault[]): ResolvedFault[] {
  return faults.map((f, i) => {
    const atMs = f.atMs ?? 0
    let endMs = NEVER_MS
    if (f.kind !== 'recover') {
      for (const r of faults) {
        const rAt = r.atMs ?? 0
        if (r.kind === 'recover' && r.target === f.target && rAt >= atMs && rAt < endMs) endMs = rAt
      }
    }
    return { ...f, id: f.id ?? `fault-${i + 1}`, atMs, endMs }
  })
}
