/**
 * The run behind playback: `simulate(resolve(document + timed inputs))`, derived lazily and memoised on the document
 * and inputs objects (both are replaced, never mutated, so identity is the change signal). Seek never re-runs: it
 * only picks which part of this result to draw.
 */
import { parseScenario, resolveScenario, type Issue, type ResolvedScenario, type Scenario } from '../../model'
import { simulate, type RunBudget, type RunProgressReport, type SimResult } from '../../sim'
import {
  busySpansOf,
  healthBands,
  momentAfter,
  momentBefore,
  momentsOf,
  pendingAtEnd,
  type HealthBands,
  type PendingAtEnd,
} from '../../sim/views'
import { effectiveEdgeIds } from '../../model'
import { withInputs, type TimedFault } from './inputs'
import { remoteRunFor } from '../runRemote'

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
      atEnd: PendingAtEnd
      /** Sorted distinct times at which something happens (trace entries, token arrivals): step targets. */
      moments: readonly number[]
      /**
       * Sorted, merged [start, end, start, end…] spans when something is in flight or running (never skipped as idle).
       */
      busySpans: readonly number[]
      /** The scrub bar's health: HEALTH_BUCKETS slices over [0, endMs] (sim/views, one derivation for every view). */
      health: HealthBands
      warnings: readonly Issue[]
      /** Set while this is the first part of a longer run still being simulated off the main thread (runRemote.ts). */
      partial?: RunProgressReport
    }
  | {
      ok: false
      issues: readonly Issue[]
      endMs: number
      /** Set while the run is being simulated off the main thread and nothing of it is ready yet (no issues then). */
      pending?: RunProgressReport | null
    }

/**
 * The app's budget per run: what the main thread can draw and derive views from without freezing (the engine's own
 * default, 2,000,000 events, is for the CLI). Reached, the run stops and the part simulated is shown with a message.
 */
export const UI_BUDGET: RunBudget = Object.freeze({ maxEvents: 20_000, maxTraceEntries: 200_000 })

/** The document the engine runs: the document plus the timed inputs, or its issues. */
export function prepareRun(
  doc: Scenario,
  inputs: readonly TimedFault[],
):
  | { ok: true; effective: Scenario; resolved: ResolvedScenario; warnings: readonly Issue[] }
  | { ok: false; issues: readonly Issue[] } {
  const effective = withInputs(doc, inputs, new Set(effectiveEdgeIds(doc.edges)))
  const parsed = parseScenario(effective)
  if (!parsed.ok) return { ok: false, issues: parsed.issues }
  return { ok: true, effective, resolved: resolveScenario(parsed.scenario), warnings: parsed.warnings }
}

/** A finished simulation with the derivations playback needs (moments, busy spans, health). */
export function runOf(
  effective: Scenario,
  resolved: ResolvedScenario,
  warnings: readonly Issue[],
  result: SimResult,
): Extract<PlaybackRun, { ok: true }> {
  return {
    ok: true,
    result,
    scenario: effective,
    resolved,
    endMs: result.untilMs,
    atEnd: pendingAtEnd(result),
    moments: momentsOf(result),
    busySpans: busySpansOf(result, result.untilMs),
    health: healthBands(result, HEALTH_BUCKETS),
    warnings,
  }
}

export function deriveRun(doc: Scenario, inputs: readonly TimedFault[], budget: RunBudget = UI_BUDGET): PlaybackRun {
  const prepared = prepareRun(doc, inputs)
  if (!prepared.ok) return { ok: false, issues: prepared.issues, endMs: doc.durationMs }
  return runOf(prepared.effective, prepared.resolved, prepared.warnings, simulate(prepared.resolved, { budget }))
}

const memo = new WeakMap<Scenario, { inputs: readonly TimedFault[]; run: PlaybackRun }>()

/** Memoised on (document, inputs) identity: the same objects give the same run object (React can compare it). */
/**
 * What the engine reads of a document: all of it but the title, the description and where nodes sit on the canvas.
 * Typing a title or moving a node keeps the run (no re-simulation, no new views) — a 200,000-event run stays put.
 */
export function simulationKey(doc: Scenario): string {
  return JSON.stringify({
    ...doc,
    title: '',
    description: '',
    nodes: doc.nodes.map((n) => ({ ...n, position: undefined })),
  })
}

let lastRun: { key: string; inputs: readonly TimedFault[]; run: PlaybackRun } | null = null

export function runFor(doc: Scenario, inputs: readonly TimedFault[]): PlaybackRun {
  const hit = memo.get(doc)
  if (hit && hit.inputs === inputs) return hit.run
  const key = simulationKey(doc)
  if (lastRun !== null && lastRun.inputs === inputs && lastRun.key === key && lastRun.run.ok && !lastRun.run.partial) {
    memo.set(doc, { inputs, run: lastRun.run })
    return lastRun.run
  }
  // A big run goes to a worker (runRemote.ts): pending or partial until it is done, then memoised here like any other.
  const remote = remoteRunFor(doc, inputs)
  if (remote !== null && (remote.ok === false ? remote.pending !== undefined : remote.partial !== undefined))
    return remote
  const run = remote ?? deriveRun(doc, inputs)
  memo.set(doc, { inputs, run })
  lastRun = { key, inputs, run }
  return run
}

export function nextMoment(run: PlaybackRun, t: number): number | null {
  return run.ok ? momentAfter(run.moments, t) : null
}

export function previousMoment(run: PlaybackRun, t: number): number | null {
  return run.ok ? momentBefore(run.moments, t) : null
}
