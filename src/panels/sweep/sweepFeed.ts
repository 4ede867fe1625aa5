import type { SweepPoint } from '../../store/sweepRun'

/** When the next batch is taken in: at an animation frame, at least `gapMs` after the last one. */
export interface FrameScheduler {
  /** Calls `run` at a frame at least `afterMs` from now; returns a handle for `cancel`. */
  request: (run: () => void, afterMs: number) => number
  cancel: (handle: number) => void
  now: () => number
  gapMs: number
}

/**
 * A few batches a second: each is a redraw of a dozen charts plus style and paint, a small task, but on a machine
 * shared with other work every task is stretched, so fewer is better; the progress still moves visibly.
 */
export const SWEEP_BATCH_GAP_MS = 200

function browserFrames(): FrameScheduler {
  const raf = typeof requestAnimationFrame === 'function'
  let frame = 0
  const timers = new Map<number, { timer: ReturnType<typeof setTimeout> | null; raf: number | null }>()
  return {
    request: (run, afterMs) => {
      const id = ++frame
      const slot: { timer: ReturnType<typeof setTimeout> | null; raf: number | null } = { timer: null, raf: null }
      timers.set(id, slot)
      const atFrame = () => {
        slot.timer = null
        if (!raf) {
          timers.delete(id)
          run()
          return
        }
        slot.raf = requestAnimationFrame(() => {
          timers.delete(id)
          run()
        })
      }
      if (afterMs > 0) slot.timer = setTimeout(atFrame, afterMs)
      else atFrame()
      return id
    },
    cancel: (id) => {
      const slot = timers.get(id)
      if (!slot) return
      if (slot.timer !== null) clearTimeout(slot.timer)
      if (slot.raf !== null) cancelAnimationFrame(slot.raf)
      timers.delete(id)
    },
    now: () => performance.now(),
    gapMs: SWEEP_BATCH_GAP_MS,
  }
}

/**
 * A sweep's points outside React state (#19: no main-thread task over 50 ms while it runs). Runs finish every few
 * ms; they are gathered and taken in at an animation frame (a few times a second), then the listeners are told once.
 * The charts redraw their paths from it imperatively and only the small progress, notes and (open) table components
 * re-render, so React never re-renders the dialog per run. Each batch makes a new `points` array (a snapshot for
 * useSyncExternalStore); a point keeps its identity once in, so memoised table rows skip it.
 */
export interface SweepFeed {
  points: () => readonly (SweepPoint | null)[]
  /** Points taken in so far. */
  done: () => number
  /** A new sweep of `count` values: every slot empty, nothing pending. */
  reset: (count: number) => void
  /** A point arrived: taken in at the next frame. */
  add: (index: number, point: SweepPoint) => void
  /** Take in what is pending now (the sweep ended or was cancelled). */
  flush: () => void
  subscribe: (listener: () => void) => () => void
  /** Forget what is pending (the dialog closed). */
  dispose: () => void
}

export function createSweepFeed(frames: FrameScheduler = browserFrames()): SweepFeed {
  let points: readonly (SweepPoint | null)[] = []
  let done = 0
  let pending: { index: number; point: SweepPoint }[] = []
  let frame: number | null = null
  let lastFlushMs = -Infinity
  const listeners = new Set<() => void>()

  const drop = () => {
    if (frame !== null) frames.cancel(frame)
    frame = null
    pending = []
  }
  const flush = () => {
    if (frame !== null) frames.cancel(frame)
    frame = null
    if (pending.length === 0) return
    lastFlushMs = frames.now()
    const next = points.slice()
    for (const { index, point } of pending) {
      if (next[index] === null) done++
      next[index] = point
    }
    pending = []
    points = next
    for (const l of [...listeners]) l()
  }
  return {
    points: () => points,
    done: () => done,
    reset: (count) => {
      drop()
      lastFlushMs = -Infinity
      points = Array.from({ length: count }, () => null)
      done = 0
      for (const l of [...listeners]) l()
    },
    add: (index, point) => {
      pending.push({ index, point })
      frame ??= frames.request(flush, Math.max(0, lastFlushMs + frames.gapMs - frames.now()))
    },
    flush,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispose: drop,
  }
}
