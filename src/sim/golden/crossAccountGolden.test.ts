/**
 * §10 cross-account, golden: a wire whose two ends sit in different accounts is refused where AWS refuses it. A push
 * source (SNS topic, S3 bucket, a caller) without the function's statement naming it is refused at invoke
 * (AccessDeniedException); an SQS queue in another account whose policy does not grant the function's role cannot be
 * mapped at all (CreateEventSourceMapping is refused), and a grant revoked later stops the polling.
 */
import { describe, expect, it } from 'vitest'
import { parseScenario, type Scenario } from '../../model/index.ts'
import { ofType, runScenario, scenarioDoc } from '../testkit.ts'

const PARTNER = '210987654321'
const partner = { id: 'partner', type: 'account', config: { accountId: PARTNER } } as const

function pushAcross(type: 'sns' | 's3' | 'client', permission: 'granted' | 'missing') {
  return runScenario({
    nodes: [partner, { id: 'src', type, parentId: 'partner' }, { id: 'fn', type: 'lambda' }],
    edges: [{ from: 'src', to: 'fn', permission }],
    traffic: [{ source: 'src', kind: 'once', atMs: 0 }],
    durationMs: 60_000,
  })
}

describe('§10 cross-account push: refused at invoke without the statement naming the other account', () => {
  it.each(['sns', 's3'] as const)('%s in another account, statement missing → rejected, nothing runs', (type) => {
    const r = pushAcross(type, 'missing')
    expect(r.events[0]).toMatchObject({ fate: 'rejected', reason: 'permission.crossAccountDenied', attempts: [] })
    expect(ofType(r.trace, 'invoke.start')).toEqual([])
  })

  it('a caller in another account without the statement gets 403 AccessDeniedException', () => {
    const r = pushAcross('client', 'missing')
    expect(r.events[0]).toMatchObject({
      fate: 'rejected',
      reason: 'permission.crossAccountDenied',
      response: { statusCode: 403 },
    })
    expect(ofType(r.trace, 'response').map((e) => e.reason)).toEqual(['permission.crossAccountDenied'])
    expect(ofType(r.trace, 'invoke.start')).toEqual([])
  })

  it.each(['sns', 's3', 'client'] as const)('%s in another account with the statement → the function runs', (type) => {
    const r = pushAcross(type, 'granted')
    expect(r.events[0]?.fate).toBe('succeeded')
    expect(ofType(r.trace, 'invoke.start')).toHaveLength(1)
  })

  it('the same refusal in the same account keeps its own reason (the statement for the service)', () => {
    const r = runScenario({
      nodes: [
        { id: 'src', type: 'sns' },
        { id: 'fn', type: 'lambda' },
      ],
      edges: [{ from: 'src', to: 'fn', permission: 'missing' }],
      traffic: [{ source: 'src', kind: 'once', atMs: 0 }],
      durationMs: 60_000,
    })
    expect(r.events[0]).toMatchObject({ fate: 'rejected', reason: 'permission.invokeDenied' })
  })

  it('a grant revoked as a fault refuses later events only; recover restores it', () => {
    const r = runScenario({
      nodes: [partner, { id: 'topic', type: 'sns', parentId: 'partner' }, { id: 'fn', type: 'lambda' }],
      edges: [{ from: 'topic', to: 'fn' }],
      traffic: [{ source: 'topic', kind: 'list', atMs: [0, 10_000, 30_000] }],
      faults: [
        { kind: 'revokePermission', target: 'topic->fn', permission: 'invoke', atMs: 5000 },
        { kind: 'recover', target: 'topic->fn', atMs: 20_000 },
      ],
      durationMs: 60_000,
    })
    expect(r.events.map((e) => e.fate)).toEqual(['succeeded', 'rejected', 'succeeded'])
    expect(r.events[1]?.reason).toBe('permission.crossAccountDenied')
  })
})

const queueAcross = (permission: 'granted' | 'missing', faults: Scenario['faults'] = []): Scenario =>
  scenarioDoc({
    nodes: [partner, { id: 'orders', type: 'sqs', parentId: 'partner' }, { id: 'worker', type: 'lambda' }],
    edges: [{ from: 'orders', to: 'worker', permission }],
    traffic: [{ source: 'orders', kind: 'list', atMs: [0, 30_000] }],
    faults,
    durationMs: 120_000,
  })

describe('§10 cross-account SQS mapping', () => {
  it('without the queue policy granting the role, CreateEventSourceMapping is refused: the document says so at the wire', () => {
    const p = parseScenario(queueAcross('missing'))
    expect(p.ok).toBe(false)
    const issue = p.ok ? undefined : p.issues.find((i) => i.code === 'esm.crossAccountRefused')
    expect(issue).toMatchObject({ path: 'edges[0].permission', severity: 'error', ref: '§10' })
    expect(issue?.message).toContain(
      'InvalidParameterValueException "The provided execution role does not have permissions to call ReceiveMessage on SQS"',
    )
    expect(issue?.params).toEqual({
      queueId: 'orders',
      account: PARTNER,
      roleArn: 'arn:aws:iam::123456789012:role/worker-role',
    })
  })

  it('with the grant, the function in its own account polls the queue in the other and every message succeeds', () => {
    const r = runScenario(queueAcross('granted'))
    expect(r.events.map((e) => e.fate)).toEqual(['succeeded', 'succeeded'])
  })

  it('a grant revoked after the mapping exists stops the polling (AccessDenied at poll time) until it is restored', () => {
    const r = runScenario(
      queueAcross('granted', [
        { kind: 'revokePermission', target: 'orders->worker', permission: 'queueRead', atMs: 10_000 },
        { kind: 'recover', target: 'orders->worker', atMs: 60_000 },
      ]),
    )
    const steps = ofType(r.trace, 'source.step')
    const denied = steps.find((s) => s.reason === 'esm.crossAccountReadDenied')
    const resumed = steps.find((s) => s.reason === 'esm.readResumed')
    expect(denied?.atMs).toBe(30_000)
    expect(resumed?.atMs).toBeGreaterThanOrEqual(60_000)
    expect(r.events.map((e) => e.fate)).toEqual(['succeeded', 'succeeded'])
    const second = ofType(r.trace, 'invoke.start').at(-1)
    expect(second?.atMs).toBeGreaterThanOrEqual(60_000)
  })
})
