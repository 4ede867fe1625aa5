import { describe, expect, it } from 'vitest'
import { retryWaits } from './retryWaits.ts'
import { failingAsync, runResolved } from './viewsTestkit.ts'

describe('retryWaits', () => {
  it('§2.1 G1: an always-failing async event waits 1 min, then 2 min, at the function, for attempts 2 and 3', () => {
    const { result } = runResolved(failingAsync(true))
    const waits = retryWaits(result)
    const ends = result.trace.filter((e) => e.type === 'invoke.end').map((e) => e.atMs)
    expect(waits).toEqual([
      {
        eventId: 'e1',
        nodeId: 'fn',
        fromMs: ends[0],
        untilMs: ends[0]! + 60_000,
        nextAttempt: 2,
        reason: 'async.retryAfterError',
      },
      {
        eventId: 'e1',
        nodeId: 'fn',
        fromMs: ends[1],
        untilMs: ends[1]! + 120_000,
        nextAttempt: 3,
        reason: 'async.retryAfterError',
      },
    ])
    // Each wait ends when the next attempt starts.
    const starts = result.trace.filter((e) => e.type === 'invoke.start').map((e) => e.atMs)
    expect(starts.slice(1)).toEqual(waits.map((w) => w.untilMs))
    expect(retryWaits(result)).toBe(waits) // cached per result
  })

  it('§2.1: a throttled async event waits with backoff (1 s, 2 s, 4 s…) until its maximum age; the last wait ends at its fate', () => {
    const { result } = runResolved({
      durationMs: 900_000,
      nodes: [
        { id: 'bucket', type: 's3' },
        {
          id: 'fn',
          type: 'lambda',
          config: { durationMs: 200_000, timeoutMs: 300_000, reservedConcurrency: 1, async: { maxEventAgeMs: 60_000 } },
        },
      ],
      edges: [{ from: 'bucket', to: 'fn' }],
      traffic: [{ source: 'bucket', kind: 'once', atMs: 0, count: 2 }],
      faults: [],
    })
    const waits = retryWaits(result).filter((w) => w.eventId === 'e2')
    expect(
      waits.every((w) => w.reason === 'async.backoffAfterThrottle' && w.nodeId === 'fn' && w.nextAttempt === 1),
    ).toBe(true)
    const lengths = waits.map((w) => w.untilMs - w.fromMs)
    // Each backoff doubles the one before (until the cap or the age limit cuts it).
    expect(lengths.slice(1, 4)).toEqual(lengths.slice(0, 3).map((ms) => ms * 2))
    expect(lengths[0]).toBeGreaterThanOrEqual(1000)
    const fate = result.trace.find((e) => e.type === 'event.fate' && e.eventId === 'e2')!
    expect(fate).toMatchObject({ fate: 'expired' })
    expect(waits[waits.length - 1]!.untilMs).toBe(fate.atMs)
  })
})
