/**
 * What a run is, as the UI reads it, and the app's limits on it. Types and constants only: the first frame imports
 * them without the engine (`runEngine.ts`, fetched after it, #16).
 */
import type { Issue, ResolvedScenario, Scenario } from '../../model'
import type { ForkBlocker, RunBudget, RunProgressReport, SimResult } from '../../sim'
import type { HealthBands, MetricDiff, PendingAtEnd, RunMetrics } from '../../sim/views'

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
      /**
       * Set while nothing of the run is ready yet (no issues then): it is being simulated off the main thread, or the
       * engine's code is still being fetched (null).
       */
      pending?: RunProgressReport | null
    }

/**
 * The app's budget per run: what the main thread can draw and derive views from without freezing (the engine's own
 * default, 2,000,000 events, is for the CLI). Reached, the run stops and the part simulated is shown with a message.
 */
export const UI_BUDGET: RunBudget = Object.freeze({ maxEvents: 20_000, maxTraceEntries: 200_000 })

export interface ForkInfo {
  /** Where the fork really starts: `atMs`, or 0 when a change cannot apply mid-run (`blockers`). */
  effectiveMs: number
  blockers: readonly ForkBlocker[]
}

export interface CompareFigures {
  original: RunMetrics
  fork: RunMetrics
  diff: MetricDiff[]
}
