import { describe, expect, it } from 'vitest'
import s3Dlq from '../../examples/s3-dlq.json'
import { resolveScenario, type Scenario } from '../model'
import { simulate } from '../sim'
import { tokenStateOf } from '../sim/views'
import type { TraceEvent } from '../sim'
import { buildHopIndex, forEachHopInFlight, hopProgress, jumpProgress, pointAlong, samplePath } from './tokenProgress'

describe('token progress', () => {
  const hop = { departMs: 1000, arriveMs: 1050 }
  it('is 0 at departure, ½ halfway, and gone on arrival', () => {
    expect(hopProgress(hop, 999)).toBeNull()
    expect(hopProgress(hop, 1000)).toBe(0)
    expect(hopProgress(hop, 1025)).toBe(0.5)
    expect(hopProgress(hop, 1050)).toBeNull()
  })
  it('stretches hops too short to see, never shortens long ones', () => {
    expect(hopProgress(hop, 1050, 200)).toBe(0.25)
    expect(hopProgress(hop, 1199, 200)).toBeCloseTo(0.995)
    expect(hopProgress(hop, 1200, 200)).toBeNull()
    expect(hopProgress({ departMs: 0, arriveMs: 1000 }, 500, 200)).toBe(0.5)
  })
  it('reduced motion jumps instead of travelling', () => {
    expect([0, 0.49, 0.5, 0.9].map(jumpProgress)).toEqual([0, 0, 1, 1])
  })
  it('walks a bent path by length, not by sample index', () => {
    // an L: 100 right then 300 down (400 long)
    const pointAt = (len: number) => (len <= 100 ? { x: len, y: 0 } : { x: 100, y: len - 100 })
    const path = samplePath(pointAt, 400, 5)
    const out = { x: 0, y: 0 }
    pointAlong(path, 0.25, out)
    expect(out).toEqual({ x: 100, y: 0 })
    pointAlong(path, 0.5, out)
    expect(out.x).toBeCloseTo(100)
    expect(out.y).toBeCloseTo(100)
    pointAlong(path, 2, out)
    expect(out).toEqual({ x: 100, y: 300 })
  })
  it('finds exactly the hops in flight at t', () => {
    const r = simulate(resolveScenario(s3Dlq as Scenario))
    const index = buildHopIndex(r.trace)
    const at = (t: number) => {
      const found: string[] = []
      forEachHopInFlight(index, t, (h) => found.push(h.edgeId))
      return found
    }
    expect(at(1020)).toEqual(['uploads->thumbnailer'])
    expect(at(5000)).toEqual([])
    expect(at(183_740)).toEqual(['thumbnailer->thumbnailer-dlq'])
  })
  it('orders hops by departure (then trace order) whether or not the trace logged them in that order', () => {
    const h = (seq: number, departMs: number) =>
      ({ type: 'hop', seq, atMs: 0, departMs, arriveMs: departMs + 10 }) as unknown as TraceEvent
    const order = (trace: TraceEvent[]) => buildHopIndex(trace).hops.map((x) => x.seq)
    expect(order([h(0, 0), h(1, 5), h(2, 5)])).toEqual([0, 1, 2])
    expect(order([h(0, 9), h(1, 5), h(2, 5), h(3, 1)])).toEqual([3, 1, 2, 0])
    expect(Array.from(buildHopIndex([h(0, 9), h(1, 5)]).departs)).toEqual([5, 9])
  })
  it('colours tokens by what the engine said (§2.4 DLQ, §3.2 on-failure)', () => {
    expect(tokenStateOf({ reason: 'dlq.sent' })).toBe('dlq')
    expect(tokenStateOf({ reason: 'destination.sent' }, 'onFailure')).toBe('failed')
    expect(tokenStateOf({ reason: 'esm.retryBatch' })).toBe('retry')
    expect(tokenStateOf({ reason: 'trigger.push' }, 'trigger')).toBe('event')
  })
})
