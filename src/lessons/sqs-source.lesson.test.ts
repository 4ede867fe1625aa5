/**
 * The sqs-source lesson pinned to the reference (§4.1 visibility timeout and redrive by the queue; §4.3 partial batch;
 * G25, G26).
 */
import { describe, expect, it } from 'vitest'
import { sqsSource } from './sqs-source.lesson'
import { fateCounts, runOrThrow } from './run'

const step = (id: string) => sqsSource.steps.find((s) => s.id === id)!
const run = runOrThrow(sqsSource.scenario)

describe('sqs-source lesson', () => {
  it('a thrown error brings the whole batch back after 30 s; after 3 receives all five are in the queue’s DLQ', () => {
    const v = step('predictVisible')
    const d = step('predictDlq')
    const w = step('whoRedrives')
    if (v.kind !== 'question' || d.kind !== 'question' || w.kind !== 'question') throw new Error()
    expect(v.question.answer(run)).toBe(30)
    expect(d.question.answer(run)).toBe('all')
    expect(w.question.answer(run)).toBe('orders')
    expect(fateCounts(run)).toEqual({ 'dead-lettered': 5 })
  })

  it('partial batch responses need both the handler’s report and the mapping setting', () => {
    const t = step('saveGood')
    if (t.kind !== 'task') throw new Error()
    const solved = t.task.solution(sqsSource.scenario)
    expect(fateCounts(runOrThrow(solved))).toEqual({ succeeded: 4, 'dead-lettered': 1 })
    // The handler reports, but the mapping does not read it: the batch counts as a success and the bad one is deleted.
    const unread = { ...solved, edges: sqsSource.scenario.edges }
    const r = t.task.check(runOrThrow(unread))
    expect(r.pass).toBe(false)
  })
})
