/**
 * The throttling lesson pinned to the reference (§5.3: sync throttle = 429 to the caller; §2.1: async throttles
 * retried).
 */
import { describe, expect, it } from 'vitest'
import { throttling } from './throttling.lesson'
import { runOrThrow } from './run'
import type { Question } from './types'

const q = (id: string): Question => {
  const s = throttling.steps.find((x) => x.id === id)
  if (s?.kind !== 'question') throw new Error(id)
  return s.question
}
const run = runOrThrow(throttling.scenario)

describe('throttling lesson', () => {
  it('the second sync caller gets 429 at once; the throttled upload is retried and runs', () => {
    expect(q('predictSync').answer(run)).toBe('error')
    expect(q('predictSync').explain(run).params).toEqual({ status: 429, errorType: 'TooManyRequestsException' })
    expect(q('predictAsync').answer(run)).toBe('retried')
    expect(q('predictAsync').explain(run).params).toEqual({ tries: 2, atS: 13 })
  })
})
