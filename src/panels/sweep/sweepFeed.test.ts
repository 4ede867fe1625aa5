import { describe, expect, it } from 'vitest'
import type { SweepPoint } from '../../store/sweepRun'
import { chartPaths } from './chartPaths'
import { createSweepFeed, type FrameScheduler } from './sweepFeed'

/** Frames run by hand: `tick(ms)` moves the clock and runs the frame requests due by then. */
function manualFrames(gapMs = 200) {
  let nowMs = 0
  let next = 1
  const due = new Map<number, { atMs: number; run: () => void }>()
  const frames: FrameScheduler = {
    request: (run, afterMs) => {
      due.set(next, { atMs: nowMs + afterMs, run })
      return next++
    },
    cancel: (h) => void due.delete(h),
    now: () => nowMs,
    gapMs,
  }
  const tick = (ms: number) => {
    nowMs += ms
    for (const [h, f] of [...due]) {
      if (f.atMs > nowMs) continue
      due.delete(h)
      f.run()
    }
  }
  return { frames, tick, pending: () => due.size }
}

const point = (value: number, lost = 0): Extract<SweepPoint, { ok: true }> => ({
  value,
  ok: true,
  stopped: false,
  metrics: {
    events: 10,
    delivered: 10 - lost,
    retried: 0,
    inDlq: 0,
    lost,
    expired: 0,
    throttled: 0,
    p50LatencyMs: 5,
    p99LatencyMs: 9,
    maxIteratorAgeMs: 0,
    coldStarts: 1,
    concurrencyPeak: 1,
  },
})

describe('the sweep feed (points outside React state)', () => {
  it('takes in the points that arrived between two frames as one batch, telling its listeners once', () => {
    const { frames, tick } = manualFrames()
    const feed = createSweepFeed(frames)
    feed.reset(5)
    let told = 0
    feed.subscribe(() => told++)
    feed.add(0, point(1))
    feed.add(1, point(2))
    feed.add(2, point(3))
    expect(feed.done()).toBe(0) // nothing before the frame
    tick(0)
    expect(told).toBe(1)
    expect(feed.done()).toBe(3)
    expect(feed.points().map((p) => p?.value ?? null)).toEqual([1, 2, 3, null, null])
  })

  it('takes in at most one batch per gap, however fast the runs finish', () => {
    const { frames, tick } = manualFrames(200)
    const feed = createSweepFeed(frames)
    feed.reset(100)
    let told = 0
    feed.subscribe(() => told++)
    for (let i = 0; i < 100; i++) {
      feed.add(i, point(i + 1))
      tick(5) // a run every 5 ms: 500 ms in all
    }
    tick(200)
    expect(feed.done()).toBe(100)
    // the first at once, then one per 200 ms: 0, 200, 400, and the rest
    expect(told).toBeLessThanOrEqual(4)
  })

  it('keeps the identity of a point once in and makes a new snapshot per batch (memoised rows skip old points)', () => {
    const { frames, tick } = manualFrames()
    const feed = createSweepFeed(frames)
    feed.reset(2)
    feed.add(0, point(1))
    tick(0)
    const first = feed.points()
    feed.add(1, point(2))
    tick(200)
    const second = feed.points()
    expect(second).not.toBe(first)
    expect(second[0]).toBe(first[0])
  })

  it('flush takes in what is pending at once (the sweep ended or was cancelled); reset forgets it', () => {
    const { frames, tick, pending } = manualFrames()
    const feed = createSweepFeed(frames)
    feed.reset(3)
    feed.add(0, point(1))
    feed.flush()
    expect(feed.done()).toBe(1)
    expect(pending()).toBe(0)
    feed.add(1, point(2))
    feed.reset(3)
    tick(1_000)
    expect(feed.done()).toBe(0)
    expect(feed.points()).toEqual([null, null, null])
  })
})

describe('a sweep chart path', () => {
  it('draws a dot per run and breaks the line at a missing or refused run, the axis top at the highest figure', () => {
    const refused: SweepPoint = {
      value: 3,
      ok: false,
      issue: { path: 'x', code: 'run.failed', message: 'm', severity: 'error' },
    }
    const p = chartPaths([point(1, 2), point(2, 4), refused, null, point(5, 1)], 'lost', 1)
    expect(p.line).toBe('M0,2L1,4M4,1')
    expect(p.dots).toBe('M0,2h0M1,4h0M4,1h0')
    expect(p.count).toBe(3)
    expect(p.max).toBe(4)
  })

  it('keeps an axis of at least 1 when every figure is 0, and skips a figure a run does not have', () => {
    expect(chartPaths([point(1, 0)], 'lost', 1).max).toBe(1)
    const none: SweepPoint = { ...point(1), metrics: { ...point(1).metrics, p99LatencyMs: null } }
    expect(chartPaths([none], 'p99LatencyMs', 1)).toEqual({ line: '', dots: '', max: 1, count: 0 })
  })
})
