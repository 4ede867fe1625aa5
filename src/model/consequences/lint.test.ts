import { describe, expect, it } from 'vitest'
import { SCENARIO_FORMAT, type Scenario } from '../scenario.ts'
import type { ScenarioEdge } from '../edges.ts'
import type { ScenarioNode } from '../services/index.ts'
import { lintScenario } from './lint.ts'
import type { ConsequenceCode } from './types.ts'

function scenario(nodes: ScenarioNode[], edges: ScenarioEdge[], era: Scenario['era'] = 'current'): Scenario {
  return {
    format: SCENARIO_FORMAT,
    title: 't',
    era,
    seed: 1,
    durationMs: 60_000,
    nodes,
    edges,
    traffic: [],
    faults: [],
  }
}
const codes = (s: Scenario) => lintScenario(s).map((c) => c.code)
const find = (s: Scenario, code: ConsequenceCode) => lintScenario(s).find((c) => c.code === code)

const fn = (
  config: Extract<ScenarioNode, { type: 'lambda' }>['config'] = undefined,
  extra: Partial<ScenarioNode> = {},
): ScenarioNode =>
  ({ id: 'fn', type: 'lambda', label: 'Resize', ...(config ? { config } : {}), ...extra }) as ScenarioNode

describe('asyncFailuresDiscarded (§2.1 step 5)', () => {
  const s3 = { id: 's3', type: 's3' } as const
  it('fires for an S3-triggered function with no DLQ and no on-failure destination, tied to the function and trigger', () => {
    const c = find(scenario([s3, fn()], [{ from: 's3', to: 'fn' }]), 'asyncFailuresDiscarded')
    expect(c).toMatchObject({
      nodeIds: ['fn'],
      edgeIds: ['s3->fn'],
      ref: '§2.1',
      severity: 'warning',
      params: { function: 'Resize', attempts: 3 },
    })
    expect(c?.docUrl).toBe('https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html')
  })
  it('is a risk while nothing fails, and "will fail" only when a fault makes the function fail (#15)', () => {
    const base = scenario([s3, fn()], [{ from: 's3', to: 'fn' }])
    expect(find(base, 'asyncFailuresDiscarded')?.severity).toBe('warning')
    expect(find({ ...base, faults: [{ kind: 'fail', target: 'fn' }] }, 'asyncFailuresDiscarded')?.severity).toBe(
      'danger',
    )
    expect(
      find({ ...base, faults: [{ kind: 'failProbability', target: 'fn', p: 0 }] }, 'asyncFailuresDiscarded')?.severity,
    ).toBe('warning')
    expect(find({ ...base, faults: [{ kind: 'timeout', target: 'fn' }] }, 'asyncFailuresDiscarded')?.severity).toBe(
      'danger',
    )
    expect(
      find({ ...base, faults: [{ kind: 'throttle', target: 'fn', reservedConcurrency: 1 }] }, 'asyncFailuresDiscarded')
        ?.severity,
    ).toBe('warning')
  })
  it('counts the configured retries', () => {
    const c = find(
      scenario([s3, fn({ async: { maxRetryAttempts: 0 } })], [{ from: 's3', to: 'fn' }]),
      'asyncFailuresDiscarded',
    )
    expect(c?.params.attempts).toBe(1)
  })
  it('does not fire with a DLQ', () => {
    const s = scenario(
      [s3, fn(), { id: 'q', type: 'sqs' }],
      [
        { from: 's3', to: 'fn' },
        { from: 'fn', to: 'q', role: 'dlq' },
      ],
    )
    expect(codes(s)).not.toContain('asyncFailuresDiscarded')
  })
  it('does not fire with an on-failure destination', () => {
    const s = scenario(
      [s3, fn(), { id: 'q', type: 'sqs' }],
      [
        { from: 's3', to: 'fn' },
        { from: 'fn', to: 'q', role: 'onFailure' },
      ],
    )
    expect(codes(s)).not.toContain('asyncFailuresDiscarded')
  })
  it('does not fire for a synchronous source (API Gateway), nor for CloudFormation in 2018 (sync then, §1.2)', () => {
    expect(codes(scenario([{ id: 'api', type: 'apiGateway' }, fn()], [{ from: 'api', to: 'fn' }]))).not.toContain(
      'asyncFailuresDiscarded',
    )
    const cfn = { id: 'cfn', type: 'cloudFormation' } as const
    expect(codes(scenario([cfn, fn()], [{ from: 'cfn', to: 'fn' }], '2018'))).not.toContain('asyncFailuresDiscarded')
    expect(codes(scenario([cfn, fn()], [{ from: 'cfn', to: 'fn' }], 'current'))).toContain('asyncFailuresDiscarded')
  })
  it('follows a client invoking with Event', () => {
    const client = (invocationType: 'Event' | 'RequestResponse'): ScenarioNode => ({
      id: 'c',
      type: 'client',
      config: { invocationType },
    })
    expect(codes(scenario([client('Event'), fn()], [{ from: 'c', to: 'fn' }]))).toContain('asyncFailuresDiscarded')
    expect(codes(scenario([client('RequestResponse'), fn()], [{ from: 'c', to: 'fn' }]))).not.toContain(
      'asyncFailuresDiscarded',
    )
  })
})

describe('streamShardBlocked (§3.2)', () => {
  const kin = { id: 'k', type: 'kinesis' } as const
  it('fires for a Kinesis mapping with default (unlimited) retries and no max age', () => {
    const c = find(scenario([kin, fn()], [{ from: 'k', to: 'fn' }]), 'streamShardBlocked')
    expect(c).toMatchObject({ edgeIds: ['k->fn'], nodeIds: ['k', 'fn'], params: { retention: 'kinesis' } })
    expect(c?.docUrl).toContain('with-kinesis')
  })
  it('fires for DynamoDB Streams, linking its own page', () => {
    const c = find(
      scenario([{ id: 'd', type: 'dynamoDbStream' }, fn()], [{ from: 'd', to: 'fn' }]),
      'streamShardBlocked',
    )
    expect(c?.docUrl).toContain('with-ddb')
  })
  it('does not fire when retries are capped or a max record age is set', () => {
    expect(codes(scenario([kin, fn()], [{ from: 'k', to: 'fn', config: { maxRetryAttempts: 3 } }]))).not.toContain(
      'streamShardBlocked',
    )
    expect(
      codes(scenario([kin, fn()], [{ from: 'k', to: 'fn', config: { maxRecordAgeMs: 3_600_000 } }])),
    ).not.toContain('streamShardBlocked')
  })
})

describe('SQS visibility timeout (§4.1, G27)', () => {
  const q = (visibilityTimeoutMs?: number): ScenarioNode => ({
    id: 'q',
    type: 'sqs',
    ...(visibilityTimeoutMs === undefined ? {} : { config: { visibilityTimeoutMs } }),
  })
  it('default 30 s against a 10 s function: below 6× (60 s)', () => {
    const c = find(scenario([q(), fn({ timeoutMs: 10_000 })], [{ from: 'q', to: 'fn' }]), 'sqsVisibilityBelowSixTimes')
    expect(c?.params).toMatchObject({ visibilityS: 30, timeoutS: 10, recommendedS: 60 })
  })
  it('adds the batching window to the recommendation', () => {
    const s = scenario(
      [q(60_000), fn({ timeoutMs: 10_000 })],
      [{ from: 'q', to: 'fn', config: { maximumBatchingWindowMs: 5000 } }],
    )
    expect(find(s, 'sqsVisibilityBelowSixTimes')?.params.recommendedS).toBe(65)
  })
  it('does not fire at exactly 6× (default 3 s function → 18 s)', () => {
    expect(codes(scenario([q(18_000), fn()], [{ from: 'q', to: 'fn' }]))).toEqual([])
  })
  it('below the function timeout: the mapping cannot be created (G27), and only that one fires', () => {
    const c = codes(scenario([q(30_000), fn({ timeoutMs: 60_000 })], [{ from: 'q', to: 'fn' }]))
    expect(c).toContain('sqsVisibilityBelowTimeout')
    expect(c).not.toContain('sqsVisibilityBelowSixTimes')
  })
})

describe('sqsLowMaxReceiveCount (§4.1)', () => {
  const nodes: ScenarioNode[] = [
    { id: 'q', type: 'sqs' },
    { id: 'dlq', type: 'sqs' },
  ]
  it('fires below 5', () => {
    expect(
      find(
        scenario(nodes, [{ from: 'q', to: 'dlq', role: 'dlq', config: { maxReceiveCount: 1 } }]),
        'sqsLowMaxReceiveCount',
      )?.params.count,
    ).toBe(1)
  })
  it('does not fire at 5 or by default', () => {
    expect(codes(scenario(nodes, [{ from: 'q', to: 'dlq', role: 'dlq', config: { maxReceiveCount: 5 } }]))).toEqual([])
    expect(codes(scenario(nodes, [{ from: 'q', to: 'dlq', role: 'dlq' }]))).toEqual([])
  })
})

describe('reservedConcurrencyZero (§2.1 step 7)', () => {
  it('fires at 0 and not at 1 or unset', () => {
    expect(codes(scenario([fn({ reservedConcurrency: 0 })], []))).toEqual(['reservedConcurrencyZero'])
    expect(codes(scenario([fn({ reservedConcurrency: 1 })], []))).toEqual([])
    expect(codes(scenario([fn()], []))).toEqual([])
  })
})

describe('vpcNoNat (§7.3, G33)', () => {
  const inVpc = (nat: boolean | undefined, callsInternet: boolean) =>
    scenario(
      [
        { id: 'v', type: 'vpc', ...(nat === undefined ? {} : { config: { nat } }) },
        fn({ callsInternet, timeoutMs: 10_000 }, { parentId: 'v' }),
      ],
      [],
    )
  it('fires for a VPC function calling the internet without NAT, tied to function and VPC', () => {
    expect(find(inVpc(undefined, true), 'vpcNoNat')).toMatchObject({ nodeIds: ['fn', 'v'], params: { timeoutS: 10 } })
    expect(codes(inVpc(false, true))).toEqual(['vpcNoNat'])
  })
  it('does not fire with NAT, without internet calls, or outside a VPC', () => {
    expect(codes(inVpc(true, true))).toEqual([])
    expect(codes(inVpc(undefined, false))).toEqual([])
    expect(codes(scenario([fn({ callsInternet: true })], []))).toEqual([])
  })
})

describe('database access (§7.5)', () => {
  const vpc = { id: 'v', type: 'vpc' } as const
  it('fires when the function is outside the database VPC', () => {
    const s = scenario([vpc, fn(), { id: 'db', type: 'rds', parentId: 'v' }], [{ from: 'fn', to: 'db' }])
    expect(find(s, 'accessNotSameVpc')?.docUrl).toContain('services-rds-tutorial')
  })
  it('fires when the security group does not allow the function (ElastiCache page)', () => {
    const s = scenario(
      [vpc, fn({ securityGroup: 'app' }, { parentId: 'v' }), { id: 'c', type: 'elastiCache', parentId: 'v' }],
      [{ from: 'fn', to: 'c' }],
    )
    const c = find(s, 'accessNoSgRule')
    expect(c?.params.securityGroup).toBe('app')
    expect(c?.docUrl).toContain('elasticache')
  })
  it('does not fire in the same VPC with the default groups, nor for DynamoDB tables', () => {
    expect(
      codes(
        scenario(
          [vpc, fn(undefined, { parentId: 'v' }), { id: 'db', type: 'rds', parentId: 'v' }],
          [{ from: 'fn', to: 'db' }],
        ),
      ),
    ).toEqual([])
    expect(codes(scenario([fn(), { id: 't', type: 'dynamoDbTable' }], [{ from: 'fn', to: 't' }]))).toEqual([])
  })
})

describe('missing permissions (§10)', () => {
  it('trigger → invoke permission, mapping → read, DLQ → send; granted fires nothing', () => {
    const nodes: ScenarioNode[] = [
      { id: 'api', type: 'apiGateway' },
      { id: 'k', type: 'kinesis' },
      fn(),
      { id: 'q', type: 'sqs' },
    ]
    const edges: ScenarioEdge[] = [
      { from: 'api', to: 'fn', permission: 'missing' },
      { from: 'k', to: 'fn', permission: 'missing', config: { maxRetryAttempts: 2 } },
      { from: 'fn', to: 'q', role: 'dlq', permission: 'missing' },
    ]
    expect(codes(scenario(nodes, edges))).toEqual([
      'permissionMissingInvoke',
      'permissionMissingRead',
      'permissionMissingSend',
    ])
    const granted = edges.map((e) => ({ ...e, permission: 'granted' as const }))
    expect(codes(scenario(nodes, granted))).toEqual([])
  })
})

describe('dlqOnSqsTriggeredFunction (§2.4)', () => {
  it('fires for a function DLQ on an SQS-triggered function and not without the SQS mapping', () => {
    const nodes: ScenarioNode[] = [
      { id: 'q', type: 'sqs', config: { visibilityTimeoutMs: 18_000 } },
      fn(),
      { id: 'd', type: 'sqs' },
    ]
    const c = find(
      scenario(nodes, [
        { from: 'q', to: 'fn' },
        { from: 'fn', to: 'd', role: 'dlq' },
      ]),
      'dlqOnSqsTriggeredFunction',
    )
    expect(c).toMatchObject({ edgeIds: ['fn->d', 'q->fn'], params: { queue: 'q' } })
    expect(codes(scenario(nodes, [{ from: 'fn', to: 'd', role: 'dlq' }]))).toEqual([])
  })
})

describe('robustness', () => {
  it('ignores edges to missing nodes and stays linear on a large document', () => {
    expect(lintScenario(scenario([fn()], [{ from: 'fn', to: 'ghost', role: 'dlq' }]))).toEqual([])
    const nodes: ScenarioNode[] = [fn()]
    const edges: ScenarioEdge[] = []
    for (let i = 0; i < 2000; i++) {
      nodes.push({ id: `s${i}`, type: 's3' })
      edges.push({ from: `s${i}`, to: 'fn' })
    }
    const started = performance.now()
    expect(lintScenario(scenario(nodes, edges))[0]?.edgeIds).toHaveLength(2000)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
