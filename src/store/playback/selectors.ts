import { countAtOrBefore } from '../../model/sorted'
/**
 * Named selectors for playback (panels, canvas, lessons). `selectPlaybackRun` returns the same object while the
 * document and inputs are unchanged, so it is safe in `useAppStore`.
 */
import type { AppStore } from '../createAppStore'
import { lowerBound, upperBound } from '../../model/sorted'
import type { PlaybackRun } from './run'
import { currentRunOf } from '../forkSlice'

/** In a comparison, the fork's run (forkSlice.ts). */
export const selectPlaybackRun = (s: AppStore): PlaybackRun => currentRunOf(s)
export const selectPositionMs = (s: AppStore) => s.positionMs
export const selectPlaybackStatus = (s: AppStore) => s.status
export const selectSpeed = (s: AppStore) => s.speed
export const selectSkipIdle = (s: AppStore) => s.skipIdle
export const selectSelectedEventId = (s: AppStore) => s.selectedEventId
export const selectSkippedGaps = (s: AppStore) => s.skippedGaps
export const selectLastInjection = (s: AppStore) => s.lastInjection

/** How many trace entries have happened by `t` (entries with atMs ≤ t): `trace.slice(0, n)` is the past. */
export function traceCountAt(run: PlaybackRun, t: number): number {
  if (!run.ok) return 0
  return countAtOrBefore(run.result.trace, t)
}

export { lowerBound, upperBound }
