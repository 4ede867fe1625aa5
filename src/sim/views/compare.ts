/**
 * The figures two runs are compared by (fork, compare eras, sweep, `simulate --compare`), and their difference.
 * Fates and retries are read through classify.ts (the one reading of the trace); the gauges (iterator age,
 * concurrency) are the engine's own metric series, so these numbers equal what the counters, chips and metrics show.
 */
import type { ResolvedScenario } from '../../model/index.ts'
import type { SimResult } from '../simulate.ts'
import { entryKinds, fateClass } from './classify.ts'
import { eventIdsOf } from './traceIndex.ts'

/** One run's outcome figures over the whole run (its trace up to `SimResult.untilMs`). */
export interface RunMetrics {
  /** Events that existed (traffic, fan-out copies, messages written to queues and topics). */
  events: number
  /** Events handled successfully (fate `succeeded`). */
  delivered: number
  /**
   * Distinct events that were retried at least once: an async retry, a re-polled batch or message (§2.1, §3.2, §4.1).
   */
  retried: number
  /** Events parked for an operator: in a DLQ, sent to an on-failure destination, or redriven (§2.4, §3.2, §4.1). */
  inDlq: number
  /** Events gone with no one holding them: discarded, expired or rejected. Includes `expired`. */
  lost: number
  /** Of `lost`: records or messages that aged out (stream retention / max record age, SQS retention). */
  expired: number
  /** Invoke attempts refused with a throttle (429), on every function (the `Throttles` metric, §5.3). */
  throttled: number
  /** Median end-to-end latency of delivered events: fate time − creation time (ms); null when none was delivered. */
  p50LatencyMs: number | null
  /** 99th percentile (nearest rank) of the same; null when none was delivered. */
  p99LatencyMs: number | null
  /**
   * The largest `IteratorAge` any stream mapping reported (§3.2; it climbs while a shard is blocked); 0 = no stream.
   */
  maxIteratorAgeMs: number
  /** Invocations that started a new execution environment (§7.1). */
  coldStarts: number
  /** The highest number of environments busy at once in the account (`ConcurrentExecutions`, §5.3). */
  concurrencyPeak: number
}

export type MetricKey = keyof RunMetrics

/** The order figures are listed in (diff strip, CLI table, sweep chart). */
export const METRIC_KEYS: readonly MetricKey[] = [
  'events',
  'delivered',
  'retried',
  'inDlq',
  'lost',
  'expired',
  'throttled',
  'p50LatencyMs',
  'p99LatencyMs',
  'maxIteratorAgeMs',
  'coldStarts',
  'concurrencyPeak',
]

/**
 * Which way a figure is riskier. Only what the issue calls a risk is marked: losing, expiring, throttling, waiting.
 * Counts of outcomes (delivered, retried, parked) and capacity used (cold starts, concurrency) are shown unmarked.
 */
const RISKIER_WHEN_HIGHER: ReadonlySet<MetricKey> = new Set([
  'lost',
  'expired',
  'throttled',
  'p50LatencyMs',
  'p99LatencyMs',
  'maxIteratorAgeMs',
])

export const isRiskMetric = (key: MetricKey): boolean => RISKIER_WHEN_HIGHER.has(key)

/** Nearest-rank percentile of ascending values (p in (0, 100]). */
export function percentile(sortedAsc: readonly number[], p: number): number | null {
  if (sortedAsc.length === 0) return null
  const rank = Math.max(1, Math.ceil((p / 100) * sortedAsc.length))
  return sortedAsc[rank - 1]!
}

function seriesMax(run: Pick<SimResult, 'metrics'>, name: string, nodeIds: ReadonlySet<string> | null): number {
  let max = 0
  for (const s of run.metrics.series) {
    if (s.name !== name || (nodeIds !== null && !nodeIds.has(s.nodeId))) continue
    for (const v of s.values) if (v > max) max = v
  }
  return max
}

/** The figures of one run. Pure; one pass over the trace. */
export function runMetrics(run: Pick<SimResult, 'trace' | 'metrics'>, scenario: ResolvedScenario): RunMetrics {
  const created = new Map<string, number>()
  const retried = new Set<string>()
  const latencies: number[] = []
  let delivered = 0
  let inDlq = 0
  let lost = 0
  let expired = 0
  let throttled = 0
  let coldStarts = 0
  for (const e of run.trace) {
    switch (e.type) {
      case 'event.created':
        created.set(e.eventId, e.atMs)
        break
      case 'event.fate': {
        const c = fateClass(e.fate)
        if (c === 'delivered') {
          delivered++
          const born = created.get(e.eventId)
          if (born !== undefined) latencies.push(e.atMs - born)
        } else if (c === 'parked') inDlq++
        else if (c === 'lost') {
          lost++
          if (e.fate === 'expired') expired++
        }
        break
      }
      case 'invoke.refused':
        if (e.result === 'throttled') throttled++
        break
      case 'invoke.start':
        if (e.cold) coldStarts++
        break
      default:
        break
    }
    if (entryKinds(e).includes('retry')) for (const id of eventIdsOf(e)) retried.add(id)
  }
  latencies.sort((x, y) => x - y)
  const functions = new Set(scenario.nodes.filter((n) => n.type === 'lambda').map((n) => n.id))
  return {
    events: created.size,
    delivered,
    retried: [...retried].filter((id) => created.has(id)).length,
    inDlq,
    lost,
    expired,
    throttled,
    p50LatencyMs: percentile(latencies, 50),
    p99LatencyMs: percentile(latencies, 99),
    maxIteratorAgeMs: seriesMax(run, 'IteratorAge', functions),
    coldStarts,
    concurrencyPeak: seriesMax(run, 'ConcurrentExecutions', new Set(['account'])),
  }
}

/** One figure of two runs. `delta` = b − a (null when either is null); `riskier` names the run with more risk. */
export interface MetricDiff {
  key: MetricKey
  a: number | null
  b: number | null
  delta: number | null
  riskier: 'a' | 'b' | null
}

/** Every figure of a against b, in METRIC_KEYS order. diff(a, a) marks nothing; diff(b, a) mirrors diff(a, b). */
export function diffMetrics(a: RunMetrics, b: RunMetrics): MetricDiff[] {
  return METRIC_KEYS.map((key) => {
    const va = a[key]
    const vb = b[key]
    const delta = va === null || vb === null ? null : vb - va
    const riskier = delta === null || delta === 0 || !isRiskMetric(key) ? null : delta > 0 ? 'b' : 'a'
    return { key, a: va, b: vb, delta, riskier }
  })
}
