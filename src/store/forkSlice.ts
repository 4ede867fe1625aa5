/**
 * Comparing two futures (#19): "What if…?" forks the run at the playhead — the document being edited becomes the
 * fork, and the original is kept aside, read-only, with the inputs injected into it. "Compare eras" is the same with
 * the era flipped at 0. Leaving keeps one of the two; keeping the original replaces the document as one undo step, so
 * the fork's edits are never lost without a way back.
 */
import type { StateCreator } from 'zustand'
import type { Scenario } from '../model'
import { forkRunFor, type CompareState } from './forkRun'
import type { TimedFault } from './playback/inputs'
import { runFor, simulationKey, type PlaybackRun } from './playback/run'

/** The pane shown when only one fits (narrow screens, embeds): kept with the comparison, so a reload shows it again. */
export type ComparePane = 'original' | 'fork'

export interface ForkState {
  compare: CompareState | null
  comparePane: ComparePane
}

export interface ForkActions {
  /** Fork at the playhead: the document becomes the fork (unchanged until edited); the original is kept aside. */
  startFork: () => void
  /** The same scenario in 2018 and today, side by side: the document flips its era (one undo step). */
  compareEras: () => void
  /** Begin a comparison as a link or an embed describes it (the document is already the fork). */
  openComparison: (compare: CompareState, pane?: ComparePane) => void
  /** The inputs injected into the original's pane: the original's run, and so the diff, follow them. */
  setOriginalInjected: (injected: readonly TimedFault[]) => void
  showComparePane: (pane: ComparePane) => void
  /** Leave the comparison keeping the fork (the document as it is) or the original (restored, one undo step). */
  leaveComparison: (keep: 'fork' | 'original') => void
}

export type ForkSlice = ForkState & ForkActions

type Host = ForkSlice & {
  scenario: Scenario
  injected: TimedFault[]
  positionMs: number
  pause: () => void
  editScenario: (update: (doc: Scenario) => Scenario) => void
}

export const createForkSlice =
  <S extends Host>(): StateCreator<S, [], [], ForkSlice> =>
  (set, get) => {
    const put = (partial: Partial<ForkState>) => set(partial as unknown as Partial<S>)
    return {
      compare: null,
      comparePane: 'fork',
      startFork: () => {
        const s = get()
        s.pause()
        put({
          compare: { kind: 'fork', original: s.scenario, originalInjected: s.injected, atMs: Math.round(s.positionMs) },
          comparePane: 'fork',
        })
      },
      compareEras: () => {
        const s = get()
        s.pause()
        put({
          compare: { kind: 'eras', original: s.scenario, originalInjected: s.injected, atMs: 0 },
          comparePane: 'fork',
        })
        s.editScenario((doc) => ({ ...doc, era: doc.era === '2018' ? 'current' : '2018' }))
      },
      openComparison: (compare, pane = 'fork') => put({ compare, comparePane: pane }),
      setOriginalInjected: (originalInjected) => {
        const c = get().compare
        if (c !== null && c.originalInjected !== originalInjected) put({ compare: { ...c, originalInjected } })
      },
      showComparePane: (comparePane) => put({ comparePane }),
      leaveComparison: (keep) => {
        const c = get().compare
        if (c === null) return
        put({ compare: null })
        if (keep === 'original' && get().scenario !== c.original) get().editScenario(() => c.original)
      },
    }
  }

/** Whether the fork differs from the original in anything the engine reads. */
export const forkEdited = (s: { compare: CompareState | null; scenario: Scenario }): boolean =>
  s.compare !== null && simulationKey(s.compare.original) !== simulationKey(s.scenario)

/** The run playback shows: the fork's in a comparison, else the document's. */
export const currentRunOf = (s: {
  compare: CompareState | null
  scenario: Scenario
  injected: readonly TimedFault[]
}): PlaybackRun => (s.compare === null ? runFor(s.scenario, s.injected) : forkRunFor(s.compare, s.scenario, s.injected))

/** The original's run in a comparison (null otherwise). */
export const originalRunOf = (s: { compare: CompareState | null }): PlaybackRun | null =>
  s.compare === null ? null : runFor(s.compare.original, s.compare.originalInjected)
