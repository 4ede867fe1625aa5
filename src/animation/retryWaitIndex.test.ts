import { describe, expect, it } from 'vitest'
import type { RetryWait } from '../sim/views'
import { buildWaitIndex, forEachWaitAt } from './retryWaitIndex'

const wait = (eventId: string, fromMs: number, untilMs: number): RetryWait => ({
  eventId,
  nodeId: 'fn',
  fromMs,
  untilMs,
  nextAttempt: 2,
  reason: 'async.retryAfterError',
})

describe('forEachWaitAt', () => {
  const index = buildWaitIndex([
    wait('a', 0, 60_000),
    wait('b', 1000, 3000),
    wait('c', 2000, 2000),
    wait('d', 50_000, 170_000),
  ])
  const at = (t: number) => {
    const out: [string, number][] = []
    forEachWaitAt(index, t, (w, p) => out.push([w.eventId, p]))
    return out
  }
  it('visits the waits holding at t, newest first, with the share of the wait that has passed', () => {
    expect(at(0)).toEqual([['a', 0]])
    expect(at(2000)).toEqual([
      ['b', 0.5],
      ['a', 2000 / 60_000],
    ])
    expect(at(55_000)).toEqual([
      ['d', 5000 / 120_000],
      ['a', 55_000 / 60_000],
    ])
  })
  it('a wait ends when the next attempt starts; a zero-length wait is never visited', () => {
    expect(at(3000).map(([id]) => id)).toEqual(['a'])
    expect(at(60_000).map(([id]) => id)).toEqual(['d'])
    expect(at(170_000)).toEqual([])
    expect(at(-1)).toEqual([])
  })
})
