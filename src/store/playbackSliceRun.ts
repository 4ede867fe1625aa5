import { lowerBound, upperBound } from '../sim/sorted'
/**
 * The run behind playback: `simulate(resolve(document + timed inputs))`, derived lazily and memoised on the document
 * and inputs objects (both are replaced, never mutated, so identity is the change signal). Seek never re-runs: it
 * only picks which part of this result to draw.
 */
import { parseScenario, resolveScenario, type Issue, type ResolvedScenario, type Scenario } from '../model'
import { simulate, type SimResult, type TraceEvent } from '../sim'
import { healthBands, pendingAtEnd, type HealthBands, type PendingAtEnd } from '../sim/views'
import { effectiveEdgeIds } from './documentOps'
import { withInputs, type TimedFault } from './playbackSliceInputs'

/** Slices of the scrub bar's health band. */
export const HEALTH_BUCKETS = 240

export type PlaybackRun =
  | {
      ok: true
      result: SimResult
      /** The document the engine ran (document + inputs). */
      scenario: Scenario
      /** The same, with AWS defaults applied (what the engine read). */
      resolved: ResolvedScenario
      /** Where playback ends: where the run settled (or its cap). */
      endMs: number
      /** What the run left undone at its end (a capped run), from sim/views. */
      pending: PendingAtEnd
      /** Sorted distinct times at which something happens (trace entries, token arrivals): step targets. */
      moments: readonly number[]
      /** Sorted, merged [start, end, start, end…] spans when something is in flight or running (never skipped as idle). */
      busySpans: readonly number[]
      /** The scrub bar's health: HEALTH_BUCKETS slices over [0, endMs] (sim/views, one derivation for every view). */
      health: HealthBands
      warnings: readonly Issue[]
    }
  | { ok: false; issues: readonly Issue[]; endMs: number }

/** ENI attach length for a cold start (2018 VPC functions, §7.2), else 0. */
export function eniAttachMsOf(resolved: ResolvedScenario, nodeId: string): number {
  const fn = resolved.nodeById.get(nodeId)
  return resolved.era === '2018' && fn?.type === 'lambda' && fn.vpcId !== null ? fn.config.eniAttachMs : 0
}

export function momentsOf(trace: readonly TraceEvent[], resolved?: ResolvedScenario): number[] {
  const times: number[] = []
  for (const e of trace) {
    times.push(e.atMs)
    if (e.type === 'hop') times.push(e.departMs, e.arriveMs)
    if (e.type === 'invoke.start' && e.cold) {
      // cold-start phases change what a function shows: ENI attached, init done (§7.1, §7.2)
      times.push(e.handlerStartMs)
      const eni = resolved ? eniAttachMsOf(resolved, e.nodeId) : 0
      if (eni > 0) times.push(Math.min(e.handlerStartMs, e.atMs + eni))
    }
  }
  times.sort((a, b) => a - b)
  return times.filter((t, i) => i === 0 || t !== times[i - 1])
}

/** When tokens fly or functions run: hops and invocations (start → end, or the run's end), merged. */
export function busySpansOf(trace: readonly TraceEvent[], endMs: number): number[] {
  const spans: [number, number][] = []
  const open = new Map<string, number>()
  for (const e of trace) {
    if (e.type === 'hop') spans.push([e.departMs, e.arriveMs])
    else if (e.type === 'invoke.start') open.set(`${e.eventId}/${e.attempt}/${e.envId}`, e.atMs)
    else if (e.type === 'invoke.end') {
      const key = `${e.eventId}/${e.attempt}/${e.envId}`
      spans.push([open.get(key) ?? e.atMs, e.atMs])
      open.delete(key)
    }
  }
  for (const start of open.values()) spans.push([start, endMs])
  spans.sort((a, b) => a[0] - b[0])
  const out: number[] = []
  for (const [s, e] of spans) {
    const last = out.length - 1
    if (last > 0 && s <= (out[last] as number)) out[last] = Math.max(out[last] as number, e)
    else out.push(s, e)
  }
  return out
}

/** Whether something is in flight or running at t. */
export function isBusyAt(spans: readonly number[], t: number): boolean {
  const i = upperBound(spans, t) // spans[i-1] <= t < spans[i]
  return i % 2 === 1 && t < (spans[i] ?? -Infinity)
}

export function deriveRun(doc: Scenario, inputs: readonly TimedFault[]): PlaybackRun {
  const effective = withInputs(doc, inputs, new Set(effectiveEdgeIds(doc.edges)))
  const parsed = parseScenario(effective)
  if (!parsed.ok) return { ok: false, issues: parsed.issues, endMs: doc.durationMs }
  const resolved = resolveScenario(parsed.scenario)
  const result = simulate(resolved)
  return {
    ok: true,
    result,
    scenario: effective,
    resolved,
    endMs: result.untilMs,
    pending: pendingAtEnd(result),
    moments: momentsOf(result.trace, resolved),
    busySpans: busySpansOf(result.trace, result.untilMs),
    health: healthBands(result, HEALTH_BUCKETS),
    warnings: parsed.warnings,
  }
}

const memo = new WeakMap<Scenario, { inputs: readonly TimedFault[]; run: PlaybackRun }>()

/** Memoised on (document, inputs) identity: the same objects give the same run object (React can compare it). */
export function runFor(doc: Scenario, inputs: readonly TimedFault[]): PlaybackRun {
  const hit = memo.get(doc)
  if (hit && hit.inputs === inputs) return hit.run
  const run = deriveRun(doc, inputs)
  memo.set(doc, { inputs, run })
  return run
}


export function nextMoment(run: PlaybackRun, t: number): number | null {
  if (!run.ok) return null
  const i = upperBound(run.moments, t)
  return i < run.moments.length ? (run.moments[i] as number) : null
}

export function previousMoment(run: PlaybackRun, t: number): number | null {
  if (!run.ok) return null
  const i = lowerBound(run.moments, t) - 1
  return i >= 0 ? (run.moments[i] as number) : null
}

