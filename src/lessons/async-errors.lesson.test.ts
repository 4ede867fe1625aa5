/** The async-errors lesson's answers, pinned to the reference (§2.1: two retries, 1 min then 2 min; G1, G3). */
import { describe, expect, it } from 'vitest'
import { asyncErrors } from './async-errors.lesson'
import { grade } from './grade'
import { conditionAtMs, runOrThrow } from './run'
import { scenarioAt } from './steps'
import type { Question } from './types'

const q = (id: string): Question => {
  const s = asyncErrors.steps.find((x) => x.id === id)
  if (s?.kind !== 'question') throw new Error(id)
  return s.question
}
const run = runOrThrow(asyncErrors.scenario)

describe('async-errors lesson', () => {
  it('three attempts, retries after 60 s then 120 s, the event ends in the DLQ', () => {
    expect(q('predictAttempts').answer(run)).toBe('3')
    expect(q('retryDelay').answer(run)).toBe(60)
    expect(q('whereNow').answer(run)).toBe('thumbnailer-dlq')
    expect(q('retryDelay').explain(run).params).toEqual({ first: 60, second: 120 })
  })

  it('a wrong answer is graded wrong with the run’s explanation', () => {
    const g = grade(q('predictAttempts'), run, { kind: 'choice', optionId: '1' })
    expect(g.correct).toBe(false)
    expect(g.said).toEqual({ key: 'lessons.asyncErrors.explain.attempts', params: { attempts: 3, retries: 2 } })
    expect(grade(q('retryDelay'), run, { kind: 'number', value: 120 }).correct).toBe(false)
  })

  it('without the DLQ the event is discarded after the third attempt', () => {
    const i = asyncErrors.steps.findIndex((s) => s.id === 'noDlq')
    const noDlq = runOrThrow(scenarioAt(asyncErrors, i))
    expect(noDlq.result.events.map((e) => e.fate)).toEqual(['discarded'])
    expect(conditionAtMs(noDlq, { kind: 'fate', fate: 'discarded' })).toBeGreaterThan(180_000)
  })
})
