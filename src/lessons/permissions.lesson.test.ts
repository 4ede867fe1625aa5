/**
 * The permissions lesson pinned to the reference (§10: push = function policy, poll = execution role, cross-account
 * SQS).
 */
import { describe, expect, it } from 'vitest'
import { wirePermissions } from '../model'
import { permissions } from './permissions.lesson'
import { conditionAtMs, runOrThrow } from './run'
import { scenarioAt } from './steps'
import type { Question } from './types'

const at = (id: string) => permissions.steps.findIndex((x) => x.id === id)
const q = (id: string): Question => {
  const s = permissions.steps[at(id)]
  if (s?.kind !== 'question') throw new Error(id)
  return s.question
}

describe('permissions lesson', () => {
  it('S3 needs the function policy (s3.amazonaws.com with SourceArn/SourceAccount), SQS the role', () => {
    const run = runOrThrow(permissions.scenario)
    expect(q('pushPlace').answer(run)).toBe('functionPolicy')
    expect(q('pollPlace').answer(run)).toBe('executionRole')
    const push = wirePermissions(run.resolved, 'upload-trigger')?.requirements[0]
    expect(push?.statement.Principal).toEqual({ Service: 's3.amazonaws.com' })
    expect(push?.cli).toContain('add-permission')
    const poll = wirePermissions(run.resolved, 'jobs-mapping')?.requirements[0]
    expect(poll?.statement.Action).toContain('sqs:ReceiveMessage')
    expect(poll?.managedPolicy).toBe('AWSLambdaSQSQueueExecutionRole')
  })

  it('after remove-permission the next upload is refused with AccessDeniedException, the queue still works', () => {
    const run = runOrThrow(scenarioAt(permissions, at('predictRevoked')))
    expect(q('predictRevoked').answer(run)).toBe('refused')
    expect(conditionAtMs(run, { kind: 'fate', fate: 'rejected', nodeId: 'resizer' })).toBeGreaterThanOrEqual(20_000)
    const refused = run.result.events.filter((e) => e.fate === 'rejected')
    expect(refused.map((e) => [e.id, e.source])).toEqual([['e3', 'uploads']])
    // every job from the queue (polled with the role, untouched) still succeeded
    expect(run.result.events.filter((e) => e.source === 'jobs').every((e) => e.fate === 'succeeded')).toBe(true)
  })

  it('a queue in another account also needs its own policy granting the function’s role', () => {
    const run = runOrThrow(scenarioAt(permissions, at('crossAccount')))
    expect(q('crossAccount').answer(run)).toBe('sourcePolicy')
    const w = wirePermissions(run.resolved, 'jobs-mapping')
    expect(w?.crossAccount?.sourceAccount).toBe('210987654321')
    expect(w?.requirements.map((r) => r.place)).toEqual(['executionRole', 'sourcePolicy'])
  })
})
