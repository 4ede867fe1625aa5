import { invocationStyle } from '../catalogue.ts'
import { DEFAULT_MAX_RECEIVE_COUNT, resolveEsmConfig } from '../eventSourceMapping.ts'
import { indexScenario, type IndexedEdge, type ScenarioIndex } from '../graph.ts'
import type { Scenario } from '../scenario.ts'
import type { ScenarioNode } from '../services/index.ts'
import { resolveLambdaConfig } from '../services/lambda.ts'
import { resolveSqsConfig } from '../services/sqs.ts'
import { consequence, type Consequence } from './types.ts'

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k)
  if (list) list.push(v)
  else m.set(k, [v])
}

const nameOf = (n: ScenarioNode | undefined, id: string) => n?.label ?? id

/** Fault kinds that make a function's invocations fail (error or timeout). */
const FAILING_FAULTS: ReadonlySet<string> = new Set(['fail', 'failAttempts', 'failNext', 'timeout'])
/** Will this function fail in this scenario (a failing fault targets it)? Only then is a loss a "will fail". */
function failsHere(s: Scenario, fnId: string): boolean {
  return s.faults.some(
    (f) => f.target === fnId && (FAILING_FAULTS.has(f.kind) || (f.kind === 'failProbability' && f.p > 0)),
  )
}
const seconds = (ms: number) => Math.round(ms / 100) / 10

/** Is this a push trigger that invokes asynchronously in this era (§1.2)? */
function isAsyncTrigger(s: Scenario, idx: ScenarioIndex, e: IndexedEdge): boolean {
  if (e.role !== 'trigger') return false
  const src = idx.nodeById.get(e.edge.from)
  if (!src) return false
  const invocationType = src.type === 'ses' || src.type === 'client' ? src.config?.invocationType : undefined
  return invocationStyle(src.type, s.era, invocationType) === 'async'
}

/**
 * Predict what will happen when this scenario runs: each item names the nodes and edges it is about, its reference
 * section and AWS page. Pure and tolerant of broken references (those are `checkScenario`'s job). Linear in size.
 */
export function lintScenario(s: Scenario): Consequence[] {
  const idx = indexScenario(s)
  const out: Consequence[] = []
  const incoming = new Map<string, IndexedEdge[]>()
  const outgoing = new Map<string, IndexedEdge[]>()
  for (const e of idx.edges) {
    push(incoming, e.edge.to, e)
    push(outgoing, e.edge.from, e)
  }

  for (const n of s.nodes) {
    if (n.type !== 'lambda') continue
    const fn = resolveLambdaConfig(n.config, s.era)
    const name = nameOf(n, n.id)
    const ins = incoming.get(n.id) ?? []
    const outs = outgoing.get(n.id) ?? []
    const dlq = outs.find((e) => e.role === 'dlq')
    const onFailure = outs.find((e) => e.role === 'onFailure')
    const asyncTriggers = ins.filter((e) => isAsyncTrigger(s, idx, e))
    if (asyncTriggers.length > 0 && !dlq && !onFailure)
      out.push(
        consequence(
          'asyncFailuresDiscarded',
          n.id,
          { nodeIds: [n.id], edgeIds: asyncTriggers.map((e) => e.id) },
          { function: name, attempts: fn.maxRetryAttempts + 1 },
          undefined,
          failsHere(s, n.id) ? 'danger' : 'warning',
        ),
      )
    if (fn.reservedConcurrency === 0)
      out.push(consequence('reservedConcurrencyZero', n.id, { nodeIds: [n.id] }, { function: name }))
    const sqsMappings = ins.filter(
      (e) => e.role === 'eventSourceMapping' && idx.nodeById.get(e.edge.from)?.type === 'sqs',
    )
    if (dlq && sqsMappings.length > 0)
      out.push(
        consequence(
          'dlqOnSqsTriggeredFunction',
          n.id,
          { nodeIds: [n.id], edgeIds: [dlq.id, ...sqsMappings.map((e) => e.id)] },
          {
            function: name,
            queue: nameOf(idx.nodeById.get(sqsMappings[0]?.edge.from ?? ''), sqsMappings[0]?.edge.from ?? ''),
          },
        ),
      )
    if (fn.callsInternet) {
      const vpcId = idx.vpcOf(n.id)
      const vpc = vpcId ? idx.nodeById.get(vpcId) : undefined
      if (vpc?.type === 'vpc' && vpc.config?.nat !== true)
        out.push(
          consequence(
            'vpcNoNat',
            n.id,
            { nodeIds: [n.id, vpc.id] },
            { function: name, vpc: nameOf(vpc, vpc.id), timeoutS: seconds(fn.timeoutMs) },
            'troubleshooting-networking',
          ),
        )
    }
  }

  for (const e of idx.edges) {
    const from = idx.nodeById.get(e.edge.from)
    const to = idx.nodeById.get(e.edge.to)
    if (!from || !to) continue
    const names = { from: nameOf(from, from.id), to: nameOf(to, to.id) }
    const c = e.edge.config ?? {}
    if (e.role === 'eventSourceMapping' && (from.type === 'kinesis' || from.type === 'dynamoDbStream')) {
      const esm = resolveEsmConfig(c, 'stream')
      if (esm.maxRetryAttempts === -1 && esm.maxRecordAgeMs === -1)
        out.push(
          consequence(
            'streamShardBlocked',
            e.id,
            { nodeIds: [from.id, to.id], edgeIds: [e.id] },
            { ...names, retention: from.type === 'kinesis' ? 'kinesis' : 'dynamoDb' },
            from.type === 'kinesis' ? 'with-kinesis' : 'with-ddb',
          ),
        )
    }
    if (e.role === 'eventSourceMapping' && from.type === 'sqs' && to.type === 'lambda') {
      const visMs = resolveSqsConfig(from.config, s.era).visibilityTimeoutMs
      const fnTimeoutMs = resolveLambdaConfig(to.config, s.era).timeoutMs
      const windowMs = resolveEsmConfig(c, 'sqs').maximumBatchingWindowMs
      const params = {
        ...names,
        visibilityS: seconds(visMs),
        timeoutS: seconds(fnTimeoutMs),
        recommendedS: seconds(6 * fnTimeoutMs + windowMs),
      }
      const targets = { nodeIds: [from.id, to.id], edgeIds: [e.id] }
      if (visMs < fnTimeoutMs) out.push(consequence('sqsVisibilityBelowTimeout', e.id, targets, params))
      else if (visMs < 6 * fnTimeoutMs + windowMs)
        out.push(consequence('sqsVisibilityBelowSixTimes', e.id, targets, params))
    }
    if (e.role === 'dlq' && from.type === 'sqs') {
      const count = c.maxReceiveCount ?? DEFAULT_MAX_RECEIVE_COUNT
      if (count < 5)
        out.push(
          consequence(
            'sqsLowMaxReceiveCount',
            e.id,
            { nodeIds: [from.id, to.id], edgeIds: [e.id] },
            { ...names, count },
          ),
        )
    }
    if (e.role === 'access' && from.type === 'lambda' && (to.type === 'rds' || to.type === 'elastiCache')) {
      const docPage = to.type === 'rds' ? 'services-rds-tutorial' : 'services-elasticache-tutorial'
      const fnVpc = idx.vpcOf(from.id)
      const targets = { nodeIds: [from.id, to.id], edgeIds: [e.id] }
      if (fnVpc === null || fnVpc !== idx.vpcOf(to.id))
        out.push(consequence('accessNotSameVpc', e.id, targets, names, docPage))
      else {
        const sg = from.config?.securityGroup ?? 'default'
        if (!(to.config?.inboundFrom ?? ['default']).includes(sg))
          out.push(consequence('accessNoSgRule', e.id, targets, { ...names, securityGroup: sg }, docPage))
      }
    }
    if (e.edge.permission === 'missing') {
      const targets = { nodeIds: [from.id, to.id], edgeIds: [e.id] }
      if (e.role === 'trigger') out.push(consequence('permissionMissingInvoke', e.id, targets, names))
      else if (e.role === 'eventSourceMapping') out.push(consequence('permissionMissingRead', e.id, targets, names))
      else if (e.role === 'dlq' || e.role === 'onFailure' || e.role === 'onSuccess')
        out.push(
          consequence(
            'permissionMissingSend',
            e.id,
            targets,
            { ...names, role: e.role },
            undefined,
            failsHere(s, from.id) ? 'danger' : 'warning',
          ),
        )
    }
  }
  return out
}
