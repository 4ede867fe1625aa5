/**
 * The invoke-styles lesson pinned to the reference (§1.1: API Gateway sync, S3 async with 202, SQS polled by an ESM).
 */
import { describe, expect, it } from 'vitest'
import { invokeStyles } from './invoke-styles.lesson'
import { runOrThrow } from './run'
import type { Question } from './types'

const q = (id: string): Question => {
  const s = invokeStyles.steps.find((x) => x.id === id)
  if (s?.kind !== 'question') throw new Error(id)
  return s.question
}
const run = runOrThrow(invokeStyles.scenario)

describe('invoke-styles lesson', () => {
  it('the API waits (200), S3 gets 202, the queue is polled', () => {
    expect(q('whoWaits').answer(run)).toBe('api')
    expect(q('whoWaits').explain(run).params).toEqual({ label: 'REST API', status: 200 })
    expect(q('s3Gets').answer(run)).toBe('accepted')
    expect(q('whoPolls').answer(run)).toBe('queue')
  })
})
