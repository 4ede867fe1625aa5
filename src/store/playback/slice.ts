/**
 * Playback: which moment of the run is shown, how fast it moves, and the timed inputs added while playing.
 * The run itself is NOT stored: `selectPlaybackRun` derives it (memoised) from the document and `injected`, so seeking
 * is replay and nothing here is ever mutated. Per-frame time lives in the animation layer's motion value; `positionMs`
 * changes at event rate (when the sim clock crosses a trace moment), on pause and on seek. Everything is plain data, so
 * lessons and embeds can drive playback through these actions.
 */
import type { StateCreator } from 'zustand'
import type { Scenario } from '../../model'
import { injectedId, placeInput, type InjectRequest, type TimedFault } from './inputs'
import { nextMoment, previousMoment, type PlaybackRun } from './run'
import { currentRunOf } from '../forkSlice'
import type { CompareState } from '../forkRun'

export type PlaybackStatus = 'idle' | 'playing' | 'paused' | 'ended'

/** Speed is sim ms per wall ms, on a log scale (real time … 10,000×). */
export const MIN_SPEED = 1
export const MAX_SPEED = 10_000
export const DEFAULT_SPEED = 1

/** A stretch of sim time the loop jumped over because nothing happened in it (marked on the scrub bar). */
export interface SkippedGap {
  fromMs: number
  toMs: number
}

/** What the UI says after an injection: when, and whether part of what was already shown has changed. */
export interface InjectionNotice {
  inputId: string
  atMs: number
  /** True when the input lands before the furthest point already shown: that shown future was re-simulated. */
  forked: boolean
  /** The furthest point shown before the injection (the stretch atMs…this changed). */
  seenUntilMs: number
}

export interface PlaybackState {
  status: PlaybackStatus
  speed: number
  positionMs: number
  skipIdle: boolean
  /** An event id from the trace (`e1`), or null. */
  selectedEventId: string | null
  injected: TimedFault[]
  skippedGaps: SkippedGap[]
  /** The furthest sim time shown so far in this run (a fork is an injection before it). */
  seenUntilMs: number
  lastInjection: InjectionNotice | null
  /** Counter for injected ids (ids stay unique even after clearInjected). */
  injectedCount: number
}

export interface PlaybackActions {
  play: () => void
  pause: () => void
  toggle: () => void
  /** Jump to a sim time (clamped to the run). Keeps playing if playing; a seek before the end leaves `ended`. */
  seek: (ms: number) => void
  /** Pause and go to the next / previous moment at which the trace says something happens. */
  stepForward: () => void
  stepBack: () => void
  setSpeed: (speed: number) => void
  setSkipIdle: (on: boolean) => void
  selectEvent: (eventId: string | null) => void
  /** Add a timed input at the current sim time; the run is re-derived. Returns the input's id. */
  injectFault: (request: InjectRequest) => string
  clearInjected: () => void
  dismissInjectionNotice: () => void
  /** The playback loop reports the sim clock at event rate (not a user seek: gaps and status follow). */
  advanceTo: (ms: number) => void
  /** The playback loop skipped an idle stretch. */
  markSkippedGap: (fromMs: number, toMs: number) => void
  /** Back to the start with no inputs (a new document, a lesson step). */
  resetPlayback: () => void
}

export type PlaybackSlice = PlaybackState & PlaybackActions

export const initialPlaybackState = (): PlaybackState => ({
  status: 'idle',
  speed: DEFAULT_SPEED,
  positionMs: 0,
  skipIdle: true,
  selectedEventId: null,
  injected: [],
  skippedGaps: [],
  seenUntilMs: 0,
  lastInjection: null,
  injectedCount: 0,
})

export const clampSpeed = (speed: number) =>
  Number.isFinite(speed) ? Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed)) : DEFAULT_SPEED

type Host = PlaybackSlice & { scenario: Scenario; compare?: CompareState | null }

export const createPlaybackSlice =
  <S extends Host>(initial: Partial<PlaybackState> = {}): StateCreator<S, [], [], PlaybackSlice> =>
  (set, get) => {
    const put = (partial: Partial<PlaybackState>) => set(partial as unknown as Partial<S>)
    const run = (): PlaybackRun =>
      currentRunOf({ compare: get().compare ?? null, scenario: get().scenario, injected: get().injected })
    const clamp = (ms: number) => Math.min(run().endMs, Math.max(0, Number.isFinite(ms) ? ms : 0))
    const moveTo = (ms: number, fromLoop: boolean) => {
      const s = get()
      const positionMs = clamp(ms)
      const atEnd = positionMs >= run().endMs
      let status = s.status
      if (atEnd && (s.status === 'playing' || fromLoop)) status = 'ended'
      else if (!atEnd && s.status === 'ended') status = 'paused'
      else if (!atEnd && s.status === 'idle' && positionMs > 0) status = 'paused'
      put({ positionMs, status, seenUntilMs: Math.max(s.seenUntilMs, positionMs) })
    }
    return {
      ...initialPlaybackState(),
      ...initial,
      play: () => {
        if (!run().ok) return
        const s = get()
        if (s.status === 'ended' || s.positionMs >= run().endMs) put({ positionMs: 0 })
        put({ status: 'playing' })
      },
      pause: () => {
        if (get().status === 'playing') put({ status: 'paused' })
      },
      toggle: () => (get().status === 'playing' ? get().pause() : get().play()),
      seek: (ms) => moveTo(ms, false),
      stepForward: () => {
        get().pause()
        moveTo(nextMoment(run(), get().positionMs) ?? run().endMs, false)
      },
      stepBack: () => {
        get().pause()
        moveTo(previousMoment(run(), get().positionMs) ?? 0, false)
      },
      setSpeed: (speed) => put({ speed: clampSpeed(speed) }),
      setSkipIdle: (skipIdle) => put({ skipIdle }),
      selectEvent: (selectedEventId) => put({ selectedEventId }),
      injectFault: (request) => {
        const s = get()
        const n = s.injectedCount + 1
        const atMs = Math.round(s.positionMs)
        const input = placeInput(request, atMs, injectedId(n))
        const forked = atMs < s.seenUntilMs
        put({
          injected: [...s.injected, input],
          injectedCount: n,
          lastInjection: { inputId: input.id, atMs, forked, seenUntilMs: s.seenUntilMs },
          // What was shown after atMs no longer happened: forget it (and the gaps skipped in it).
          seenUntilMs: atMs,
          skippedGaps: s.skippedGaps.filter((g) => g.toMs <= atMs),
          status: s.status === 'ended' ? 'paused' : s.status,
        })
        return input.id
      },
      clearInjected: () => put({ injected: [], lastInjection: null }),
      dismissInjectionNotice: () => put({ lastInjection: null }),
      advanceTo: (ms) => moveTo(ms, true),
      markSkippedGap: (fromMs, toMs) => {
        if (!(toMs > fromMs)) return
        const gaps = get().skippedGaps
        const last = gaps[gaps.length - 1]
        if (last && last.toMs === fromMs) put({ skippedGaps: [...gaps.slice(0, -1), { fromMs: last.fromMs, toMs }] })
        else if (!gaps.some((g) => g.fromMs === fromMs && g.toMs === toMs))
          put({ skippedGaps: [...gaps, { fromMs, toMs }] })
      },
      resetPlayback: () => put({ ...initialPlaybackState(), speed: get().speed, skipIdle: get().skipIdle }),
    }
  }
