/**
 * The local-handler lesson pinned to the reference (§9 context names per runtime, time left = timeout; §11 S3 event).
 */
import { describe, expect, it } from 'vitest'
import { localTestFiles } from '../exporters'
import { contextInputOf, firstInvocationOf } from '../sim/views'
import { localHandler } from './local-handler.lesson'
import { runOrThrow } from './run'
import { scenarioAt } from './steps'
import type { Question } from './types'

const at = (id: string) => localHandler.steps.findIndex((x) => x.id === id)
const q = (id: string): Question => {
  const s = localHandler.steps[at(id)]
  if (s?.kind !== 'question') throw new Error(id)
  return s.question
}

describe('local-handler lesson', () => {
  it('S3 sends a Records notification; the context starts at the 6 s timeout; Python says aws_request_id', () => {
    const run = runOrThrow(localHandler.scenario)
    expect(q('eventShape').answer(run)).toBe('records')
    expect(q('timeLeft').answer(run)).toBe(6)
    const py = runOrThrow(scenarioAt(localHandler, at('python')))
    expect(q('python').answer(py)).toBe('aws_request_id')
  })

  it('the local test export the lesson points to carries that event and a context with the same budget', () => {
    const run = runOrThrow(localHandler.scenario)
    const inv = firstInvocationOf(run.result, run.resolved, 'thumbnailer')
    const ctx = inv && contextInputOf(run.resolved, inv)
    if (!inv || !ctx) throw new Error('no invocation')
    const files = localTestFiles({
      runtime: 'nodejs',
      functionId: 'thumbnailer',
      event: inv.event,
      context: ctx,
      sourceType: inv.sourceType,
    })
    expect(files.find((f) => f.path === 'event.json')?.content).toContain('cat.jpg')
    expect(files.find((f) => f.path === 'context.mjs')?.content).toContain('timeoutMs = 6000')
  })
})
