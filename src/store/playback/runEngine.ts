/**
 * The run's code: `simulate(resolve(parse(document + timed inputs)))` and the views every run carries (moments, busy
 * spans, health, what is left at its end). Not in the editor's first frame (#16): `engineLoader.ts` fetches this module
 * after the first paint, and `runFor` answers "pending" until it is there. The worker (`simulation.worker.ts`) and the
 * tests import it directly. Everything here is pure: the same document and inputs give the same run.
 */
import { parseScenario, resolveScenario, type Issue, type ResolvedScenario, type Scenario } from '../../model'
import { effectiveEdgeIds } from '../../model'
import { effectiveForkMs, forkBlockers, simulate, type RunBudget, type SimResult } from '../../sim'
import { busySpansOf, diffMetrics, healthBands, momentsOf, pendingAtEnd, runMetrics } from '../../sim/views'
import { withInputs, type TimedFault } from './inputs'
import { HEALTH_BUCKETS, UI_BUDGET, type CompareFigures, type ForkInfo, type PlaybackRun } from './runTypes'

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

/** Where a comparison's fork really starts, and what (if anything) makes it start at 0 (src/sim/fork.ts). */
export function forkInfo(
  original: { doc: Scenario; inputs: readonly TimedFault[] },
  fork: { doc: Scenario; inputs: readonly TimedFault[] },
  atMs: number,
): ForkInfo {
  const a = prepareRun(original.doc, original.inputs)
  const b = prepareRun(fork.doc, fork.inputs)
  return {
    effectiveMs: a.ok && b.ok ? effectiveForkMs(a.resolved, b.resolved, atMs) : 0,
    blockers: a.ok && b.ok ? forkBlockers(a.resolved, b.resolved) : [],
  }
}

/** The fork's run: the original's until `effectiveMs`, the edited document after (from 0 when that is 0). */
export function forkRun(
  original: { doc: Scenario; inputs: readonly TimedFault[] },
  fork: { doc: Scenario; inputs: readonly TimedFault[] },
  effectiveMs: number,
): PlaybackRun {
  const b = prepareRun(fork.doc, fork.inputs)
  if (!b.ok) return { ok: false, issues: b.issues, endMs: fork.doc.durationMs }
  const a = prepareRun(original.doc, original.inputs)
  const result =
    a.ok && effectiveMs > 0
      ? simulate(a.resolved, { budget: UI_BUDGET, fork: { atMs: effectiveMs, scenario: b.resolved } })
      : simulate(b.resolved, { budget: UI_BUDGET })
  return runOf(b.effective, b.resolved, b.warnings, result)
}

/** The diff strip's figures over two whole runs (sim/views/compare). */
export function compareFiguresOf(
  original: Extract<PlaybackRun, { ok: true }>,
  fork: Extract<PlaybackRun, { ok: true }>,
): CompareFigures {
  const a = runMetrics(original.result, original.resolved)
  const b = runMetrics(fork.result, fork.resolved)
  return { original: a, fork: b, diff: diffMetrics(a, b) }
}
