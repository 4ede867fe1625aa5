import { temporal } from 'zundo'
import { createStore } from 'zustand/vanilla'
import { subscribeRuns } from './runRemote'
import { subscribeRunEngine } from './playback/engineLoader'
import type { Scenario } from '../model'
import { createDocumentSlice, type DocumentSlice, type HistoryControl } from './documentSlice'
import { createUiSlice, type UiSlice, type UiState } from './uiSlice'
import { createPlaybackSlice, type PlaybackSlice } from './playback/slice'
import { createLessonSlice, type LessonSlice } from './lessonSlice'
import { createForkSlice, type ForkSlice } from './forkSlice'

/** Actions that span slices: one place, so no caller does half of them. */
export interface SessionActions {
  /** Replace the whole document (New, Open, Duplicate, an example, a lesson step, a restore) and start a fresh run. */
  openDocument: (scenario: Scenario) => void
}

export type AppStore = UiSlice & DocumentSlice & PlaybackSlice & LessonSlice & ForkSlice & SessionActions
export type AppState = UiState & { scenario?: Scenario }

export const defaultAppState: UiState = { theme: 'light', locale: 'en', panel: 'closed' }

/** Undo history holds the document only; selection and UI choices are not steps. */
type HistoryEntry = { scenario: Scenario }
const HISTORY_LIMIT = 200

/**
 * One store per app instance (and per test, lesson reset or embed): a factory, not a module singleton.
 * Slices are combined here and nowhere else.
 */
export function createAppStore(initial: Partial<AppState> = {}) {
  const { scenario, ...ui } = initial
  let history: HistoryControl | null = null
  const store = createStore<AppStore>()(
    temporal(
      (...a) => ({
        ...createUiSlice({ ...defaultAppState, ...ui })(...a),
        ...createDocumentSlice<AppStore>(scenario, () => {
          if (!history) throw new Error('history used before the store was built')
          return history
        })(...a),
        ...createPlaybackSlice<AppStore>()(...a),
        ...createLessonSlice<AppStore>()(...a),
        ...createForkSlice<AppStore>()(...a),
        openDocument: (next: Scenario) => {
          // A new document starts a new run: no position, no injected faults from the old one.
          const get = a[1]
          a[0]({ compare: null })
          get().replaceScenario(next)
          get().resetPlayback()
        },
      }),
      {
        partialize: (s): HistoryEntry => ({ scenario: s.scenario }),
        equality: (a, b) => a.scenario === b.scenario,
        limit: HISTORY_LIMIT,
      },
    ),
  )
  const t = store.temporal
  history = {
    undo: () => t.getState().undo(),
    redo: () => t.getState().redo(),
    pause: () => t.getState().pause(),
    resume: () => t.getState().resume(),
    push: (past) =>
      t.setState((h) => ({
        pastStates: [...h.pastStates, { scenario: past }].slice(-HISTORY_LIMIT),
        futureStates: [],
      })),
  }
  // A run finished (or progressed) in the worker: a new state object makes selectors read it (runRemote.ts).
  subscribeRuns(() => store.setState({}))
  // The engine's code landed (playback/engineLoader.ts): selectors read the run; a playhead placed while the run was
  // pending (a link's, a restored one) is clamped to where the run really ends.
  subscribeRunEngine(() => {
    store.setState({})
    const s = store.getState()
    if (s.positionMs > 0) s.seek(s.positionMs)
  })
  return store
}

export type AppStoreApi = ReturnType<typeof createAppStore>
