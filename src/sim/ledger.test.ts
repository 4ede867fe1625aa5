import { describe, expect, it } from 'vitest'
import { Ledger } from './ledger.ts'

describe('Ledger', () => {
  it('keeps attempts oldest first, payloads by identity, and one fate per event, across chunks', () => {
    const l = new Ledger()
    const shared = { n: 1 }
    const evs = Array.from({ length: 700 }, (_, i) =>
      l.create('s3', i % 3 === 0 ? 'traffic-1' : 'e1', i, i % 5 === 0 ? { own: i } : shared, i % 2 ? `k${i}` : null, i),
    )
    // Attempts interleave across events (later attempts are linked rows shared by everyone).
    for (let a = 0; a < 4; a++)
      evs.forEach((ev, i) => {
        if (i % 4 >= a) l.addAttempt(ev, 10 * a + i, 10 * a + i + 5, a === 3 ? 'success' : 'error')
      })
    evs.forEach((ev, i) => {
      if (i % 7 === 0) l.finish(ev, 4_000_000_000 + i, 'dead-lettered', 'dlq.sent')
    })
    expect(l.finish(evs[0]!, 9, 'succeeded', 'async.succeeded')).toBe(false)
    expect(l.violations).toEqual(['e1: second fate succeeded after dead-lettered'])
    l.setResponse(evs[3]!, 202)
    l.deliveredTo(evs[3]!, 'dlq')
    l.deliveredTo(evs[3]!, 'dlq')
    const r = l.records()
    expect(r).toHaveLength(700)
    expect(r[3]).toEqual({
      id: 'e4',
      source: 's3',
      origin: 'traffic-1',
      createdMs: 3,
      payload: shared,
      key: 'k3',
      index: 3,
      fate: 'in-flight',
      reason: null,
      attempts: [
        { startMs: 3, endMs: 8, result: 'error' },
        { startMs: 13, endMs: 18, result: 'error' },
        { startMs: 23, endMs: 28, result: 'error' },
        { startMs: 33, endMs: 38, result: 'success' },
      ],
      endedAtMs: null,
      deliveredTo: ['dlq'],
      response: { statusCode: 202 },
    })
    expect(r[4]!.attempts).toEqual([{ startMs: 4, endMs: 9, result: 'error' }])
    expect(r[5]!.payload).toEqual({ own: 5 })
    expect(r[699]).toMatchObject({
      id: 'e700',
      origin: 'traffic-1',
      payload: shared,
      key: 'k699',
      attempts: [
        { startMs: 699, endMs: 704, result: 'error' },
        { startMs: 709, endMs: 714, result: 'error' },
        { startMs: 719, endMs: 724, result: 'error' },
        { startMs: 729, endMs: 734, result: 'success' },
      ],
    })
    // Times past 2^31 ms (the unsigned 32-bit columns): a fate near the 49-day limit reads back exactly.
    expect(r[693]).toMatchObject({ fate: 'dead-lettered', reason: 'dlq.sent', endedAtMs: 4_000_000_693 })
  })
})
