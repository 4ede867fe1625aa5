/** The stream-errors lesson pinned to the reference (§3.2: whole batch retried, shard paused, others go on; G17). */
import { describe, expect, it } from 'vitest'
import { streamErrors } from './stream-errors.lesson'
import { fateCounts, runOrThrow } from './run'

const step = (id: string) => streamErrors.steps.find((s) => s.id === id)!
const run = runOrThrow(streamErrors.scenario)

describe('stream-errors lesson', () => {
  it('records behind the poison one wait on its shard; the other shard processes everything', () => {
    const q = step('predictBehind')
    if (q.kind !== 'question') throw new Error()
    expect(q.question.answer(run)).toBe('wait')
    expect(q.question.explain(run).params).toEqual({ waiting: 6, shard: '1', done: 8 })
    expect(fateCounts(run)).toEqual({ succeeded: 9, 'in-flight': 6 })
  })

  it('only retries with a destination unblock the shard without losing records', () => {
    const t = step('unblock')
    if (t.kind !== 'task') throw new Error()
    const fixed = runOrThrow(t.task.solution(streamErrors.scenario))
    expect(fateCounts(fixed)).toEqual({ succeeded: 14, 'sent-to-destination': 1 })
    // Retries capped but no destination: the bad batch is discarded with no trace of where it was.
    const solved = t.task.solution(streamErrors.scenario)
    const noDestination = {
      ...solved,
      nodes: solved.nodes.filter((n) => n.id !== 'failures'),
      edges: solved.edges.filter((e) => e.to !== 'failures'),
    }
    const r = t.task.check(runOrThrow(noDestination))
    expect(r.pass).toBe(false)
    expect(r.said.key).toBe('lessons.streamErrors.task.lost')
  })
})
