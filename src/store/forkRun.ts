/**
 * The runs of a comparison (#19): the original (left) and the fork (right, the document being edited). The fork is
 * `simulate(original, { fork: { atMs, scenario: document } })` — the same run until the fork time, the edited settings
 * after (src/sim/fork.ts). Changes the engine cannot apply mid-run make it start at 0 (`effectiveMs`), and the UI says
 * which. Memoised on the comparison, document and inputs objects (replaced, never mutated), like `runFor`; pending,
 * like it, until the engine's code is here (playback/engineLoader.ts).
 */
import type { Scenario } from '../model'
import type { TimedFault } from './playback/inputs'
import { awaitingEngineRun, type PlaybackRun } from './playback/run'
import { runEngineOrNull } from './playback/engineLoader'
import type { CompareFigures, ForkInfo } from './playback/runTypes'

export type { CompareFigures, ForkInfo } from './playback/runTypes'

/** What is being compared: a fork at a time, or the same scenario in the other era (a fork at 0). */
export interface CompareState {
  kind: 'fork' | 'eras'
  /** The document as it was when the comparison began, and the inputs injected into it by then. */
  original: Scenario
  originalInjected: readonly TimedFault[]
  /** The fork time asked for (the playhead then; 0 for eras). */
  atMs: number
}

const infoMemo = new WeakMap<CompareState, { doc: Scenario; inputs: readonly TimedFault[]; info: ForkInfo }>()
const runMemo = new WeakMap<CompareState, { doc: Scenario; inputs: readonly TimedFault[]; run: PlaybackRun }>()

/** Where the fork starts and why (null while the engine's code is being fetched). */
export function forkInfoOf(compare: CompareState, doc: Scenario, inputs: readonly TimedFault[]): ForkInfo | null {
  const hit = infoMemo.get(compare)
  if (hit && hit.doc === doc && hit.inputs === inputs) return hit.info
  const engine = runEngineOrNull()
  if (engine === null) {
    awaitingEngineRun(doc, inputs) // starts the fetch
    return null
  }
  const info = engine.forkInfo(
    { doc: compare.original, inputs: compare.originalInjected },
    { doc, inputs },
    compare.atMs,
  )
  infoMemo.set(compare, { doc, inputs, info })
  return info
}

/** The fork's run (the right side). Runs on the main thread: the UI budget keeps it to tens of milliseconds. */
export function forkRunFor(compare: CompareState, doc: Scenario, inputs: readonly TimedFault[]): PlaybackRun {
  const hit = runMemo.get(compare)
  if (hit && hit.doc === doc && hit.inputs === inputs) return hit.run
  const engine = runEngineOrNull()
  const info = forkInfoOf(compare, doc, inputs)
  if (engine === null || info === null) return awaitingEngineRun(doc, inputs)
  const run = engine.forkRun(
    { doc: compare.original, inputs: compare.originalInjected },
    { doc, inputs },
    info.effectiveMs,
  )
  runMemo.set(compare, { doc, inputs, run })
  return run
}

const figuresMemo = new WeakMap<PlaybackRun, WeakMap<PlaybackRun, CompareFigures>>()

/** The diff strip's figures: sim/views/compare over both whole runs (null while either cannot run). */
export function compareFigures(original: PlaybackRun, fork: PlaybackRun): CompareFigures | null {
  if (!original.ok || !fork.ok || original.partial || fork.partial) return null
  const engine = runEngineOrNull()
  if (engine === null) return null
  const inner = figuresMemo.get(original) ?? new WeakMap<PlaybackRun, CompareFigures>()
  figuresMemo.set(original, inner)
  const hit = inner.get(fork)
  if (hit) return hit
  const figures = engine.compareFiguresOf(original, fork)
  inner.set(fork, figures)
  return figures
}
