import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EventQueue, type TimerHandler } from './queue.ts'
import { Rng } from './random.ts'
import { PROPERTY_TIMEOUT_MS } from '../test/timeouts'

describe('EventQueue', () => {
  it(
    'pops in (atMs, seq) order: ties keep scheduling order',
    () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }), (times) => {
          const q = new EventQueue()
          const h: TimerHandler = { onTimer: () => {} }
          times.forEach((t, i) => q.push(t, h, i))
          const out: [number, number][] = []
          while (q.pop()) out.push([q.poppedAtMs, q.poppedArg as number])
          const expected = times.map((t, i) => [t, i] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1])
          expect(out).toEqual(expected)
        }),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
  it(
    'keeps exact (atMs, seq) order when pushes and pops interleave (FIFO lanes + heap)',
    () => {
      // Small delays (lanes, many ties across lanes) mixed with arbitrary ones (heap: more than MAX_LANES distinct
      // delays).
      const op = fc.oneof(fc.constant(-1), fc.constantFrom(0, 1, 2, 3, 5, 8), fc.integer({ min: 0, max: 40 }))
      fc.assert(
        fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
          const q = new EventQueue()
          const h: TimerHandler = { onTimer: () => {} }
          const model: [number, number][] = []
          let now = 0
          let seq = 0
          const popped: [number, number][] = []
          const expected: [number, number][] = []
          const popBoth = () => {
            model.sort((a, b) => a[0] - b[0] || a[1] - b[1])
            const m = model.shift()
            expect(q.pop()).toBe(m !== undefined)
            if (m === undefined) return
            now = m[0]
            expected.push(m)
            popped.push([q.poppedAtMs, q.poppedArg as number])
          }
          for (const d of ops) {
            if (d < 0) popBoth()
            else {
              q.push(now + d, h, seq)
              model.push([now + d, seq++])
            }
            expect(q.size).toBe(model.length)
          }
          while (model.length > 0) popBoth()
          expect(q.pop()).toBe(false)
          expect(popped).toEqual(expected)
        }),
        { numRuns: 300 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})

describe('Rng', () => {
  it('is reproducible per seed and differs across seeds', () => {
    const a = new Rng(7)
    const b = new Rng(7)
    const c = new Rng(8)
    const xs = Array.from({ length: 5 }, () => a.next())
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs)
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs)
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true)
  })
  it('is roughly uniform', () => {
    const r = new Rng(1)
    let below = 0
    for (let i = 0; i < 10_000; i++) if (r.next() < 0.3) below++
    expect(below / 10_000).toBeGreaterThan(0.28)
    expect(below / 10_000).toBeLessThan(0.32)
  })
})
