import type { ResolvedEdge, ResolvedFault, ResolvedNode, ResolvedScenario } from '../model/index.ts'
import type { ResolvedEsmConfig } from '../model/eventSourceMapping.ts'
import type { ResolvedLambdaConfig } from '../model/services/lambda.ts'
import type { Kernel } from './kernel.ts'

/**
 * Forks (docs/aws-rules.md "Forks — our choice"): a second run that shares everything with the original before
 * `atMs` and takes the forked scenario's settings, destinations and faults from `atMs` on — as if someone updated
 * the function configuration or the event source mapping at that moment. Same seed, same traffic, same state at T.
 */
export interface ForkPlan {
  /** When the forked settings take effect (integer ms). */
  atMs: number
  /** The edited copy of the scenario. */
  scenario: ResolvedScenario
}

/** Why a change cannot be applied mid-run, so the fork starts at 0 instead (the UI says so). */
export type ForkBlockerCode =
  'scenario' | 'traffic' | 'nodes' | 'nodeSettings' | 'functionSetting' | 'wires' | 'mappingSetting'
export interface ForkBlocker {
  code: ForkBlockerCode
  /** Node or edge id (null for the scenario itself). */
  target: string | null
  /** The setting that differs, when one does. */
  key: string | null
}

/**
 * Function settings an update applies to later invocations without a new environment. The others decide how
 * environments, concurrency pools or VPC attachment were set up from the start, so a change to them forks at 0.
 */
const LIVE_FUNCTION_KEYS: ReadonlySet<keyof ResolvedLambdaConfig> = new Set([
  'timeoutMs',
  'durationMs',
  'initMs',
  'maxRetryAttempts',
  'maxEventAgeMs',
  'variables',
  'kmsKeyArn',
  'runtime',
  'eniAttachMs',
  'apiResponse',
  'returns',
  'recursiveLoop',
])
/** Mapping settings the next batch reads; the others decide how many lanes / pollers exist or where reading starts. */
const LIVE_MAPPING_KEYS: ReadonlySet<keyof ResolvedEsmConfig> = new Set([
  'batchSize',
  'maximumBatchingWindowMs',
  'maxRetryAttempts',
  'maxRecordAgeMs',
  'bisectOnError',
  'reportBatchItemFailures',
])

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * A wire whose adding, removing or changing a fork applies live: a function's DLQ/destinations, a stream's on-failure.
 */
function isDestination(e: ResolvedEdge, s: ResolvedScenario): boolean {
  const from = s.nodeById.get(e.from)
  if (from === undefined) return false
  if (from.type === 'lambda') return e.role === 'dlq' || e.role === 'onSuccess' || e.role === 'onFailure'
  return (from.type === 'kinesis' || from.type === 'dynamoDbStream') && e.role === 'onFailure'
}

function changedKeys<T extends object>(a: T, b: T): (keyof T & string)[] {
  return (Object.keys(a) as (keyof T & string)[]).filter((k) => !same(a[k], b[k]))
}

function nodeBlockers(a: ResolvedNode, b: ResolvedNode): ForkBlocker[] {
  if (a.type !== b.type || a.vpcId !== b.vpcId || a.accountId !== b.accountId)
    return [{ code: 'nodes', target: a.id, key: null }]
  if (a.type === 'lambda' && b.type === 'lambda') {
    return changedKeys(a.config, b.config)
      .filter((k) => !LIVE_FUNCTION_KEYS.has(k))
      .map((key) => ({ code: 'functionSetting', target: a.id, key }))
  }
  return changedKeys(a.config, b.config).map((key) => ({ code: 'nodeSettings', target: a.id, key }))
}

function edgeBlockers(a: ResolvedScenario, b: ResolvedScenario): ForkBlocker[] {
  const out: ForkBlocker[] = []
  const ids = new Set([...a.edgeById.keys(), ...b.edgeById.keys()])
  for (const id of ids) {
    const ea = a.edgeById.get(id)
    const eb = b.edgeById.get(id)
    if (ea !== undefined && eb !== undefined && same(ea, eb)) continue
    if ((ea === undefined || isDestination(ea, a)) && (eb === undefined || isDestination(eb, b))) continue
    if (
      ea !== undefined &&
      eb !== undefined &&
      ea.esm !== null &&
      eb.esm !== null &&
      same({ ...ea, esm: null }, { ...eb, esm: null })
    ) {
      for (const key of changedKeys(ea.esm, eb.esm))
        if (!LIVE_MAPPING_KEYS.has(key)) out.push({ code: 'mappingSetting', target: id, key })
      continue
    }
    out.push({ code: 'wires', target: id, key: null })
  }
  return out
}

/** What keeps `forked` from being applied at a time after 0 (empty: it can be). Faults always can. */
export function forkBlockers(original: ResolvedScenario, forked: ResolvedScenario): ForkBlocker[] {
  const out: ForkBlocker[] = []
  for (const key of [
    'era',
    'seed',
    'durationMs',
    'runLimitMs',
    'accountId',
    'region',
    'accountConcurrencyLimit',
  ] as const) {
    if (original[key] !== forked[key]) out.push({ code: 'scenario', target: null, key })
  }
  if (!same(original.traffic, forked.traffic)) out.push({ code: 'traffic', target: null, key: null })
  const ids = new Set([...original.nodeById.keys(), ...forked.nodeById.keys()])
  for (const id of ids) {
    const a = original.nodeById.get(id)
    const b = forked.nodeById.get(id)
    if (a === undefined || b === undefined) out.push({ code: 'nodes', target: id, key: null })
    else out.push(...nodeBlockers(a, b))
  }
  out.push(...edgeBlockers(original, forked))
  return out
}

/** Where the fork really starts: `atMs` when every change applies mid-run, else 0. */
export function effectiveForkMs(original: ResolvedScenario, forked: ResolvedScenario, atMs: number): number {
  return atMs > 0 && forkBlockers(original, forked).length === 0 ? Math.floor(atMs) : 0
}

/**
 * The fault list of a fork at `atMs`: the original's faults until then, the fork's from then on. A fault in both,
 * unchanged, goes on uninterrupted (a `failNext` keeps its count); one only in the original stops at `atMs`; one
 * only in the fork (or edited) starts no earlier than `atMs`.
 */
export function forkFaults(
  original: readonly ResolvedFault[],
  forked: readonly ResolvedFault[],
  atMs: number,
): ResolvedFault[] {
  const out: ResolvedFault[] = []
  const kept = new Set<string>()
  for (const f of forked) {
    const o = original.find((x) => x.id === f.id)
    if (o !== undefined && same(o, f)) kept.add(f.id)
  }
  for (const f of original) {
    if (kept.has(f.id)) out.push(f)
    else if (f.atMs < atMs) out.push({ ...f, endMs: Math.min(f.endMs, atMs) })
  }
  for (const f of forked) {
    if (kept.has(f.id) || f.endMs <= atMs) continue
    out.push({ ...f, id: `${f.id}@fork`, atMs: Math.max(f.atMs, atMs) })
  }
  return out
}

/**
 * The scenario a forked run starts with (the original's, with the merged faults) and the switch that hands the
 * forked settings to every part of the engine at `plan.atMs`. Call `scheduleFork` before anything is installed, so
 * the switch runs first among the timers due at that instant (and the engine's parts register their hooks).
 */
export function forkStart(
  original: ResolvedScenario,
  plan: ForkPlan,
): { start: ResolvedScenario; after: ResolvedScenario } {
  const faults = forkFaults(original.faults, plan.scenario.faults, plan.atMs)
  return { start: { ...original, faults }, after: { ...plan.scenario, faults } }
}

export function scheduleFork(k: Kernel, atMs: number, after: ResolvedScenario): void {
  const hooks: ((s: ResolvedScenario) => void)[] = []
  k.forkHooks = hooks
  k.schedule(
    atMs,
    {
      onTimer: () => {
        k.scenario = after
        for (const h of hooks) h(after)
      },
    },
    null,
  )
}
