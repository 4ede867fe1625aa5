/**
 * The runs of a comparison (#19): the original (left) and the fork (right, the document being edited). The fork is
 * `simulate(original, { fork: { atMs, scenario: document } })` — the same run until the fork time, the edited settings
 * after (src/sim/fork.ts). Changes the engine cannot apply mid-run make it start at 0 (`effectiveMs`), and the UI says
 * which. Memoised on the comparison, document and inputs objects (replaced, never mutated), like `runFor`.
 */
import type { Scenario } from '../model'
import { effectiveForkMs, forkBlockers, simulate, type ForkBlocker } from '../sim'
import { diffMetrics, runMetrics, type MetricDiff, type RunMetrics } from '../sim/views'
import type { TimedFault } from './playback/inputs'
import { prepareRun, runOf, UI_BUDGET, type PlaybackRun } from './playback/run'

/** What is being compared: a fork at a time, or the same scenario in the other era (a fork at 0). */
export interface CompareState {
  kind: 'fork' | 'eras'
  /** The document as it was when the comparison began, and the inputs injected into it by then. */
  original: Scenario
  originalInjected: readonly TimedFault[]
  /** The fork time asked for (the playhead then; 0 for eras). */
  atMs: number
}

export interface ForkInfo {
  /** Where the fork really starts: `atMs`, or 0 when a change cannot apply mid-run (`blockers`). */
  effectiveMs: number
  blockers: readonly ForkBlocker[]
}

const infoMemo = new WeakMap<CompareState, { doc: Scenario; inputs: readonly TimedFault[]; info: ForkInfo }>()
const runMemo = new WeakMap<CompareState, { doc: Scenario; inputs: readonly TimedFault[]; run: PlaybackRun }>()

export function forkInfoOf(compare: CompareState, doc: Scenario, inputs: readonly TimedFault[]): ForkInfo {
  const hit = infoMemo.get(compare)
  if (hit && hit.doc === doc && hit.inputs === inputs) return hit.info
  const a = prepareRun(compare.original, compare.originalInjected)
  const b = prepareRun(doc, inputs)
  const blockers = a.ok && b.ok ? forkBlockers(a.resolved, b.resolved) : []
  const info: ForkInfo = {
    effectiveMs: a.ok && b.ok ? effectiveForkMs(a.resolved, b.resolved, compare.atMs) : 0,
    blockers,
  }
  infoMemo.set(compare, { doc, inputs, info })
  return info
}

/** The fork's run (the right side). Runs on the main thread: the UI budget keeps it to tens of milliseconds. */
export function forkRunFor(compare: CompareState, doc: Scenario, inputs: readonly TimedFault[]): PlaybackRun {
  const hit = runMemo.get(compare)
  if (hit && hit.doc === doc && hit.inputs === inputs) return hit.run
  const b = prepareRun(doc, inputs)
  let run: PlaybackRun
  if (!b.ok) run = { ok: false, issues: b.issues, endMs: doc.durationMs }
  else {
    const a = prepareRun(compare.original, compare.originalInjected)
    const atMs = forkInfoOf(compare, doc, inputs).effectiveMs
    const result =
      a.ok && atMs > 0
        ? simulate(a.resolved, { budget: UI_BUDGET, fork: { atMs, scenario: b.resolved } })
        : simulate(b.resolved, { budget: UI_BUDGET })
    run = runOf(b.effective, b.resolved, b.warnings, result)
  }
  runMemo.set(compare, { doc, inputs, run })
  return run
}

export interface CompareFigures {
  original: RunMetrics
  fork: RunMetrics
  diff: MetricDiff[]
}

const figuresMemo = new WeakMap<PlaybackRun, WeakMap<PlaybackRun, CompareFigures>>()

/** The diff strip's figures: sim/views/compare over both whole runs (null while either cannot run). */
export function compareFigures(original: PlaybackRun, fork: PlaybackRun): CompareFigures | null {
  if (!original.ok || !fork.ok || original.partial || fork.partial) return null
  const inner = figuresMemo.get(original) ?? new WeakMap<PlaybackRun, CompareFigures>()
  figuresMemo.set(original, inner)
  const hit = inner.get(fork)
  if (hit) return hit
  const a = runMetrics(original.result, original.resolved)
  const b = runMetrics(fork.result, fork.resolved)
  const figures = { original: a, fork: b, diff: diffMetrics(a, b) }
  inner.set(fork, figures)
  return figures
}
