/**
 * The playback loop: wall clock → sim clock. Headless (frame source, clock and visibility injected) so tests drive it
 * with a fake frame source, never real time. Each frame: simΔ = min(wallΔ, MAX_FRAME_MS) × speed; the sim clock (a
 * motion value) moves every frame, the store hears about it only when a trace moment is crossed (event rate).
 */
import type { AppStoreApi } from '../store/createAppStore'
import { isBusyAt } from '../model/sorted'
import { nextMoment, previousMoment, type PlaybackRun } from '../store/playback/run'
import { selectPlaybackRun } from '../store/playback/selectors'
import type { ClockLike } from './simClock'

export interface FrameSource {
  requestFrame: (cb: (wallMs: number) => void) => number
  cancelFrame: (id: number) => void
  now: () => number
}

/** A long frame (a GC pause, a tab coming back) never jumps further than this much wall time. */
export const MAX_FRAME_MS = 50
/** With skip-idle on, a wait longer than this (wall time at the current speed) is jumped over… */
export const IDLE_WALL_MS = 1500
/** …landing this much wall time before the next moment, so what happens next is seen arriving… */
export const LEAD_WALL_MS = 400
/** …and only after what just happened has been on screen this long (a failure is seen before the jump). */
export const LINGER_WALL_MS = 700

/** React renders at event rate, but never more often than this (dense traces would otherwise re-render every frame). */
export const MIN_REPORT_WALL_MS = 100

export interface PlaybackLoopOptions {
  store: AppStoreApi
  clock: ClockLike
  frames: FrameSource
  /** Visibility of the page (tab hidden ⇒ the loop suspends). Default: always visible. */
  visibility?: { isHidden: () => boolean; subscribe: (onChange: () => void) => () => void }
}

export interface PlaybackLoop {
  dispose: () => void
}

/** Where one frame takes the sim clock: the plain step, or a jump over an idle stretch (with the gap to mark). */
export function nextClock(
  run: PlaybackRun,
  fromMs: number,
  wallDeltaMs: number,
  speed: number,
  skipIdle: boolean,
): { toMs: number; skipped: boolean } {
  const stepped = fromMs + Math.min(Math.max(0, wallDeltaMs), MAX_FRAME_MS) * speed
  const end = run.endMs
  // idle = nothing in flight, nothing running (a retry wait, a quiet stream) — never an ENI attach or a long handler
  if (skipIdle && !(run.ok && isBusyAt(run.busySpans, fromMs))) {
    const next = nextMoment(run, fromMs)
    const wait = (next ?? end) - fromMs
    const last = previousMoment(run, fromMs + 1e-6)
    const settled = last === null || (fromMs - last) / speed >= LINGER_WALL_MS
    if (settled && wait / speed > IDLE_WALL_MS) {
      // nothing left at all: go to the end; otherwise land a little before what happens next
      const landing = next === null ? end : next - LEAD_WALL_MS * speed
      if (landing > stepped) return { toMs: Math.min(end, landing), skipped: true }
    }
  }
  return { toMs: Math.min(end, stepped), skipped: false }
}

export function createPlaybackLoop({ store, clock, frames, visibility }: PlaybackLoopOptions): PlaybackLoop {
  let frameId: number | null = null
  let lastWallMs = 0
  /** The last position this loop reported (a different store position means someone seeked). */
  let reportedMs = store.getState().positionMs
  let reportAtMs: number | null = null
  let reportedWallMs = -Infinity
  clock.set(reportedMs)

  const refreshReportPoint = () => {
    reportAtMs = nextMoment(selectPlaybackRun(store.getState()), clock.get())
  }

  const frame = () => {
    frameId = null
    const s = store.getState()
    if (s.status !== 'playing') return
    const run = selectPlaybackRun(s)
    const wallNow = frames.now()
    const from = clock.get()
    const { toMs, skipped } = nextClock(run, from, wallNow - lastWallMs, s.speed, s.skipIdle)
    lastWallMs = wallNow
    clock.set(toMs)
    if (skipped) store.getState().markSkippedGap(Math.round(from), Math.round(toMs))
    const crossed = reportAtMs !== null && toMs >= reportAtMs && wallNow - reportedWallMs >= MIN_REPORT_WALL_MS
    if (toMs >= run.endMs || crossed || skipped) {
      reportedMs = toMs
      reportedWallMs = wallNow
      store.getState().advanceTo(toMs)
      refreshReportPoint()
    }
    schedule()
  }

  const schedule = () => {
    if (frameId !== null || store.getState().status !== 'playing' || visibility?.isHidden()) return
    frameId = frames.requestFrame(frame)
  }
  const stop = () => {
    if (frameId !== null) frames.cancelFrame(frameId)
    frameId = null
  }
  const start = () => {
    lastWallMs = frames.now()
    schedule()
  }

  let lastRun = selectPlaybackRun(store.getState())
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.positionMs !== reportedMs) {
      // a seek, a step, a restart: the clock follows the store
      reportedMs = s.positionMs
      clock.set(s.positionMs)
      refreshReportPoint()
    }
    const run = selectPlaybackRun(s)
    if (run !== lastRun) {
      lastRun = run
      refreshReportPoint()
    }
    if (s.status === 'playing' && prev.status !== 'playing') start()
    else if (s.status !== 'playing') {
      stop()
      // on pause the store learns the exact frame time (it only heard about moments while playing)
      if (prev.status === 'playing' && s.status === 'paused' && clock.get() !== s.positionMs) {
        reportedMs = clock.get()
        store.getState().advanceTo(reportedMs)
      }
    }
  })
  const unwatchVisibility = visibility?.subscribe(() => {
    if (visibility.isHidden()) stop()
    else if (store.getState().status === 'playing') start()
  })

  refreshReportPoint()
  if (store.getState().status === 'playing') start()
  return {
    dispose: () => {
      stop()
      unsubscribe()
      unwatchVisibility?.()
    },
  }
}
