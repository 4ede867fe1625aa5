import { describe, expect, it } from 'vitest'
import s3Dlq from '../../examples/s3-dlq.json'
import type { Scenario } from '../model'
import { createAppStore } from '../store/createAppStore'
import {
  createPlaybackLoop,
  IDLE_WALL_MS,
  LEAD_WALL_MS,
  LINGER_WALL_MS,
  MAX_FRAME_MS,
  type FrameSource,
} from './playbackLoop'
import { createSimClock } from './simClock'

/** A frame source whose time only moves when the test says so. */
function fakeFrames() {
  let now = 0
  let nextId = 1
  const pending = new Map<number, (t: number) => void>()
  const frames: FrameSource = {
    requestFrame: (cb) => {
      const id = nextId++
      pending.set(id, cb)
      return id
    },
    cancelFrame: (id) => void pending.delete(id),
    now: () => now,
  }
  const tick = (wallMs: number) => {
    now += wallMs
    const due = [...pending.entries()]
    pending.clear()
    for (const [, cb] of due) cb(now)
  }
  return { frames, tick, pendingCount: () => pending.size }
}

function setup(
  opts: { skipIdle?: boolean; speed?: number; hidden?: { value: boolean; listeners: (() => void)[] } } = {},
) {
  const store = createAppStore()
  store.getState().replaceScenario(s3Dlq as Scenario)
  store.getState().setSkipIdle(opts.skipIdle ?? false)
  store.getState().setSpeed(opts.speed ?? 1)
  const clock = createSimClock()
  const f = fakeFrames()
  const hidden = opts.hidden
  const loop = createPlaybackLoop({
    store,
    clock,
    frames: f.frames,
    visibility: hidden && {
      isHidden: () => hidden.value,
      subscribe: (fn) => {
        hidden.listeners.push(fn)
        return () => undefined
      },
    },
  })
  return { store, clock, loop, ...f }
}

describe('playback loop (fake frame source)', () => {
  it('moves the sim clock by wall time × speed, clamping long frames to 50 ms', () => {
    const { store, clock, tick } = setup({ speed: 10 })
    store.getState().play()
    tick(16)
    expect(clock.get()).toBe(160)
    tick(5000) // the tab stalled: no jump
    expect(clock.get()).toBe(160 + MAX_FRAME_MS * 10)
  })

  it('tells the store only when a trace moment is crossed (event rate), and on pause', () => {
    const { store, clock, tick } = setup({ speed: 1 })
    store.getState().play()
    let writes = 0
    store.subscribe(() => writes++)
    for (let i = 0; i < 30; i++) tick(16) // 480 ms: before the first moment (1000 ms)
    expect(writes).toBe(0)
    expect(store.getState().positionMs).toBe(0)
    for (let i = 0; i < 40; i++) tick(16) // past 1000 ms
    expect(store.getState().positionMs).toBeGreaterThanOrEqual(1000)
    expect(writes).toBeLessThan(5)
    store.getState().pause()
    expect(store.getState().positionMs).toBe(clock.get())
  })

  it('follows seeks made in the store, and stops requesting frames when paused', () => {
    const { store, clock, tick, pendingCount } = setup({ speed: 1 })
    store.getState().play()
    tick(16)
    store.getState().seek(62_000)
    expect(clock.get()).toBe(62_000)
    tick(16)
    expect(clock.get()).toBe(62_016)
    store.getState().pause()
    expect(pendingCount()).toBe(0)
    tick(16)
    expect(clock.get()).toBe(62_016)
  })

  it('skips an idle wait when asked, lands before the next moment and marks the gap', () => {
    const { store, clock, tick } = setup({ skipIdle: true, speed: 1 })
    store.getState().seek(3000) // attempt 1 failed at 2120 (seen for long enough); attempt 2 at 62,120
    store.getState().play()
    tick(16)
    expect(clock.get()).toBe(62_120 - LEAD_WALL_MS)
    expect(store.getState().skippedGaps).toEqual([{ fromMs: 3000, toMs: 62_120 - LEAD_WALL_MS }])
    expect(store.getState().positionMs).toBe(62_120 - LEAD_WALL_MS)
  })

  it('lets what just happened stay on screen before jumping', () => {
    const { store, clock, tick } = setup({ skipIdle: true, speed: 1 })
    store.getState().seek(2120) // the failure
    store.getState().play()
    for (let i = 0; i < 10; i++) tick(16)
    expect(clock.get()).toBe(2120 + 160)
    for (let i = 0; i < 40; i++) tick(16)
    expect(clock.get()).toBeGreaterThan(60_000)
    expect(store.getState().skippedGaps[0]?.fromMs).toBeGreaterThanOrEqual(2120 + LINGER_WALL_MS)
  })

  it('does not skip waits shorter than the idle threshold at this speed', () => {
    const { store, clock, tick } = setup({ skipIdle: true, speed: 100 })
    // 60 s at 100× is 600 ms of wall time: below IDLE_WALL_MS, so it is played
    expect(60_000 / 100).toBeLessThan(IDLE_WALL_MS)
    store.getState().seek(2200)
    store.getState().play()
    tick(16)
    expect(clock.get()).toBe(2200 + 1600)
    expect(store.getState().skippedGaps).toEqual([])
  })

  it('plays to the end and stops there', () => {
    const { store, clock, tick, pendingCount } = setup({ skipIdle: true, speed: 1 })
    store.getState().seek(190_000) // after the DLQ: nothing else happens
    store.getState().play()
    tick(16)
    expect(clock.get()).toBe(600_000)
    expect(store.getState().status).toBe('ended')
    expect(pendingCount()).toBe(0)
  })

  it('suspends while the tab is hidden and resumes without a jump', () => {
    const hidden = { value: false, listeners: [] as (() => void)[] }
    const { store, clock, tick, pendingCount } = setup({ speed: 1, hidden })
    store.getState().play()
    tick(16)
    hidden.value = true
    hidden.listeners.forEach((fn) => fn())
    expect(pendingCount()).toBe(0)
    tick(60_000)
    hidden.value = false
    hidden.listeners.forEach((fn) => fn())
    tick(16)
    expect(clock.get()).toBe(32)
  })

  it('dispose cancels the frame and stops listening', () => {
    const { store, loop, pendingCount } = setup()
    store.getState().play()
    loop.dispose()
    expect(pendingCount()).toBe(0)
  })
})

describe('event-rate reporting on a dense trace', () => {
  it('tells the store at most every MIN_REPORT_WALL_MS of wall time', async () => {
    const { MIN_REPORT_WALL_MS } = await import('./playbackLoop')
    const { store, tick } = setup({ speed: 10_000, skipIdle: false })
    store.getState().play()
    let writes = 0
    store.subscribe(() => writes++)
    for (let i = 0; i < 60; i++) tick(16) // ≈1 s of frames, a moment crossed nearly every frame at 10,000×
    expect(writes).toBeLessThanOrEqual(Math.ceil(1000 / MIN_REPORT_WALL_MS) + 1)
  })
})
