/**
 * The sync-errors lesson pinned to the reference (§5.2: REST 502 function error, 500 for a throttle, 504 at 29 s;
 * G13–G15).
 */
import { describe, expect, it } from 'vitest'
import { syncErrors } from './sync-errors.lesson'
import { runOrThrow } from './run'
import type { Question } from './types'

const q = (id: string): Question => {
  const s = syncErrors.steps.find((x) => x.id === id)
  if (s?.kind !== 'question') throw new Error(id)
  return s.question
}
const run = runOrThrow(syncErrors.scenario)

describe('sync-errors lesson', () => {
  it('502 for a function error with one attempt, 500 for a throttle (Lambda said 429), 504 after 29 s', () => {
    expect(q('predictError').answer(run)).toBe('502')
    expect(q('predictError').explain(run).params).toEqual({ status: 502, attempts: 1 })
    expect(q('predictThrottle').answer(run)).toBe('500')
    expect(q('predictThrottle').explain(run).params).toEqual({ lambdaStatus: 429, status: 500 })
    expect(q('predictTimeout').answer(run)).toBe(29)
    expect(q('predictTimeout').explain(run).params).toEqual({ seconds: 29, status: 504 })
  })
})
