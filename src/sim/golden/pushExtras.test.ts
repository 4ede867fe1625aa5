/** Push wiring beyond the §14 list: eras, destinations that invoke, fan-out, permissions (§10), duplicates, KMS. */
import { describe, expect, it } from 'vitest'
import { ofType, runScenario } from '../testkit.ts'

describe('push wiring', () => {
  it('§1.2 [OLD≠NEW]: CloudFormation invokes synchronously in 2018 and asynchronously today', () => {
    const run = (era: 'current' | '2018') =>
      runScenario({
        era,
        nodes: [
          { id: 'cfn', type: 'cloudFormation' },
          { id: 'fn', type: 'lambda' },
        ],
        edges: [{ from: 'cfn', to: 'fn' }],
        traffic: [{ source: 'cfn', kind: 'once', atMs: 0 }],
        faults: [{ kind: 'fail', target: 'fn' }],
      })
    expect(run('2018').events[0]!.attempts).toHaveLength(1) // sync: no Lambda retries
    expect(ofType(run('current').trace, 'invoke.accepted')).toHaveLength(1)
    expect(run('current').events[0]!.attempts).toHaveLength(3)
  })

  it('§2.2: a Lambda on-failure destination is invoked asynchronously with the invocation record', () => {
    const r = runScenario({
      nodes: [
        { id: 'bus', type: 'eventBridge' },
        { id: 'fn', type: 'lambda', config: { async: { maxRetryAttempts: 0 } } },
        { id: 'handler', type: 'lambda' },
      ],
      edges: [
        { from: 'bus', to: 'fn' },
        { from: 'fn', to: 'handler', role: 'onFailure' },
      ],
      traffic: [{ source: 'bus', kind: 'once', atMs: 0, payload: { id: 1 } }],
      faults: [{ kind: 'fail', target: 'fn' }],
    })
    const child = r.events[1]!
    expect(child).toMatchObject({ source: 'fn', origin: 'e1', fate: 'succeeded' })
    expect(child.payload).toMatchObject({
      requestContext: { condition: 'RetriesExhausted' },
      requestPayload: { id: 1 },
    })
    expect(ofType(r.trace, 'invoke.start').map((s) => s.nodeId)).toEqual(['fn', 'handler'])
  })

  it('§1.2: an SNS destination fans out to its subscribed functions', () => {
    const r = runScenario({
      nodes: [
        { id: 's3', type: 's3' },
        { id: 'fn', type: 'lambda' },
        { id: 'alerts', type: 'sns' },
        { id: 'pager', type: 'lambda' },
        { id: 'audit', type: 'lambda' },
      ],
      edges: [
        { from: 's3', to: 'fn' },
        { from: 'fn', to: 'alerts', role: 'onSuccess' },
        { from: 'alerts', to: 'pager' },
        { from: 'alerts', to: 'audit' },
      ],
      traffic: [{ source: 's3', kind: 'once', atMs: 0 }],
    })
    expect(r.events.map((e) => [e.source, e.fate])).toEqual([
      ['s3', 'succeeded'],
      ['alerts', 'succeeded'],
      ['alerts', 'succeeded'],
    ])
    expect(new Set(ofType(r.trace, 'invoke.start').map((s) => s.nodeId))).toEqual(new Set(['fn', 'pager', 'audit']))
  })

  it('§10: a missing resource-policy statement → S3 cannot invoke; API Gateway 500; a direct caller 403', () => {
    const run = (type: 's3' | 'apiGateway' | 'client') =>
      runScenario({
        nodes: [
          { id: 'src', type },
          { id: 'fn', type: 'lambda' },
        ],
        edges: [{ from: 'src', to: 'fn', permission: 'missing' }],
        traffic: [{ source: 'src', kind: 'once', atMs: 0 }],
      })
    expect(run('s3').events[0]).toMatchObject({ fate: 'rejected', reason: 'permission.invokeDenied', attempts: [] })
    expect(run('apiGateway').events[0]).toMatchObject({ fate: 'rejected', response: { statusCode: 500 } })
    expect(run('client').events[0]).toMatchObject({ fate: 'rejected', response: { statusCode: 403 } })
    expect(ofType(run('s3').trace, 'invoke.start')).toEqual([])
  })

  it('§10: revoking invoke permission at a time affects later events only; recover restores it', () => {
    const r = runScenario({
      nodes: [
        { id: 'api', type: 'apiGateway' },
        { id: 'fn', type: 'lambda' },
      ],
      edges: [{ from: 'api', to: 'fn' }],
      traffic: [{ source: 'api', kind: 'list', atMs: [0, 10_000, 30_000] }],
      faults: [
        { kind: 'revokePermission', target: 'api->fn', permission: 'invoke', atMs: 5000 },
        { kind: 'recover', target: 'api->fn', atMs: 20_000 },
      ],
    })
    expect(r.events.map((e) => e.response?.statusCode)).toEqual([200, 500, 200])
  })

  it('§2.1 step 6: a duplicate delivery runs the event twice with the same request id', () => {
    const r = runScenario({
      nodes: [
        { id: 's3', type: 's3' },
        { id: 'fn', type: 'lambda' },
      ],
      edges: [{ from: 's3', to: 'fn' }],
      traffic: [{ source: 's3', kind: 'once', atMs: 0 }],
      faults: [{ kind: 'duplicateDelivery', target: 'fn' }],
    })
    expect(r.events.map((e) => e.fate)).toEqual(['succeeded', 'succeeded'])
    const ids = ofType(r.trace, 'invoke.start').map((s) => s.requestId)
    expect(ids).toEqual(['req-e1', 'req-e1'])
  })

  it('§8: with a customer KMS key whose decrypt is revoked, cold starts fail with KMSAccessDeniedException (502)', () => {
    const r = runScenario({
      nodes: [
        { id: 'cli', type: 'client' },
        {
          id: 'fn',
          type: 'lambda',
          config: { environment: { variables: { DB: 'x' }, kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k' } },
        },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: [{ source: 'cli', kind: 'once', atMs: 0 }],
      faults: [{ kind: 'revokePermission', target: 'fn', permission: 'kmsDecrypt' }],
    })
    expect(r.events[0]).toMatchObject({ response: { statusCode: 502 }, fate: 'failed-to-caller' })
    expect(ofType(r.trace, 'invoke.refused')[0]!.errorType).toBe('KMSAccessDeniedException')
  })

  it('§2.1 step 7 timed: a throttle-to-0 window sends async events straight to the on-failure destination, then recovers', () => {
    const r = runScenario({
      nodes: [
        { id: 's3', type: 's3' },
        { id: 'fn', type: 'lambda' },
        { id: 'q', type: 'sqs' },
      ],
      edges: [
        { from: 's3', to: 'fn' },
        { from: 'fn', to: 'q', role: 'onFailure' },
      ],
      traffic: [{ source: 's3', kind: 'list', atMs: [0, 10_000, 30_000] }],
      faults: [
        { kind: 'throttle', target: 'fn', reservedConcurrency: 0, atMs: 5000 },
        { kind: 'recover', target: 'fn', atMs: 20_000 },
      ],
    })
    expect(r.events.map((e) => e.fate)).toEqual(['succeeded', 'sent-to-destination', 'succeeded'])
  })
})
