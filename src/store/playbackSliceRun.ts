/**
 * The run behind playback: `simulate(resolve(document + timed inputs))`, derived lazily and memoised on the document
 * and inputs objects (both are replaced, never mutated, so identity is the change signal). Seek never re-runs: it
 * only picks which part of this result to draw.
 */
import { parseScenario, resolveScenario, type Issue, type ResolvedScenario, type Scenario } from '../model'
import { simulate, type SimResult } from '../sim'
import { busySpansOf, healthBands, momentAfter, momentBefore, momentsOf, type HealthBands } from '../sim/views'
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
      /** Where playback ends: the scenario's duration. */
      endMs: number
      /** Sorted distinct times at which something happens (trace entries, token arrivals): step targets. */
      moments: readonly number[]
      /** Sorted, merged [start, end, start, end…] spans when something is in flight or running (never skipped as idle). */
      busySpans: readonly number[]
      /** The scrub bar's health: HEALTH_BUCKETS slices over [0, endMs] (sim/views, one derivation for every view). */
      health: HealthBands
      warnings: readonly Issue[]
    }
  | { ok: false; issues: readonly Issue[]; endMs: number }

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
    moments: momentsOf(result),
    busySpans: busySpansOf(result, result.untilMs),
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
  return run.ok ? momentAfter(run.moments, t) : null
}

export function previousMoment(run: PlaybackRun, t: number): number | null {
  return run.ok ? momentBefore(run.moments, t) : null
}
