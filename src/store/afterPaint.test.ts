import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterPaint } from './afterPaint'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

/** A fake frame source: frames run only when `frame()` is called. */
function stubFrames() {
  const callbacks = new Map<number, () => void>()
  let next = 1
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => {
    callbacks.set(next, cb)
    return next++
  })
  vi.stubGlobal('cancelAnimationFrame', (id: number) => callbacks.delete(id))
  return () => {
    const due = [...callbacks.values()]
    callbacks.clear()
    for (const cb of due) cb()
  }
}

describe('afterPaint', () => {
  it('runs after a frame and then a task, not before', () => {
    vi.useFakeTimers()
    const frame = stubFrames()
    const run = vi.fn()
    afterPaint(run)
    vi.runAllTimers()
    expect(run).not.toHaveBeenCalled() // no frame yet
    frame()
    expect(run).not.toHaveBeenCalled() // the frame's own callback is before the paint
    vi.runAllTimers()
    expect(run).toHaveBeenCalledOnce()
  })
  it('cancelled before the frame or before the task, never runs', () => {
    vi.useFakeTimers()
    const frame = stubFrames()
    const early = vi.fn()
    const late = vi.fn()
    afterPaint(early)()
    const cancelLate = afterPaint(late)
    frame()
    cancelLate()
    vi.runAllTimers()
    expect(early).not.toHaveBeenCalled()
    expect(late).not.toHaveBeenCalled()
  })
  it('where nothing paints, runs as a task', () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestAnimationFrame', undefined)
    const run = vi.fn()
    afterPaint(run)
    expect(run).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(run).toHaveBeenCalledOnce()
  })
})
