import { describe, expect, it } from 'vitest'
import { parseScenario } from '../parse.ts'
import { resolveScenario } from '../resolve.ts'
import type { NodeType } from '../services/index.ts'
import type { Scenario } from '../scenario.ts'
import { functionPermissions, SERVICE_PRINCIPALS, wirePermissions } from './derive.ts'

function resolved(doc: Omit<Scenario, 'format' | 'title' | 'era' | 'seed' | 'durationMs' | 'traffic' | 'faults'>) {
  const p = parseScenario({
    format: 'lambdascope/scenario@1',
    title: 't',
    era: 'current',
    seed: 1,
    durationMs: 60_000,
    traffic: [],
    faults: [],
    ...doc,
  })
  if (!p.ok) throw new Error(p.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
  return resolveScenario(p.scenario)
}

const FN_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:fn'
const wire = (type: NodeType) => {
  const s = resolved({
    nodes: [
      { id: 'src', type },
      { id: 'fn', type: 'lambda' },
    ] as Scenario['nodes'],
    edges: [{ id: 'w', from: 'src', to: 'fn' }],
  })
  return wirePermissions(s, 'w')!
}

describe('§10 push sources: a resource-based statement on the function', () => {
  const push = Object.keys(SERVICE_PRINCIPALS) as NodeType[]
  it.each(push)('%s → lambda:InvokeFunction for its service principal', (type) => {
    const w = wire(type)
    expect(w.role).toBe('trigger')
    expect(w.requirements).toHaveLength(1)
    const r = w.requirements[0]!
    expect(r.place).toBe('functionPolicy')
    expect(r.permission).toBe('invoke')
    expect(r.statement.Principal).toEqual({ Service: SERVICE_PRINCIPALS[type] })
    expect(r.statement.Action).toBe('lambda:InvokeFunction')
    expect(r.statement.Resource).toBe(FN_ARN)
    expect(r.cli).toContain('aws lambda add-permission')
    expect(r.cli).toContain(`--principal ${SERVICE_PRINCIPALS[type]}`)
  })
  it('S3: SourceArn has no account, so SourceAccount is added; S3 refuses at configuration', () => {
    const r = wire('s3').requirements[0]!
    expect(r.statement.Condition).toEqual({
      ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::src' },
      StringEquals: { 'AWS:SourceAccount': '123456789012' },
    })
    expect(r.cli).toContain('--source-account 123456789012')
    expect(r.refusal?.at).toBe('configuration')
  })
  it('SNS: SourceArn is the topic; refused at invoke with AccessDeniedException', () => {
    const r = wire('sns').requirements[0]!
    expect(r.statement.Condition).toEqual({ ArnLike: { 'AWS:SourceArn': 'arn:aws:sns:us-east-1:123456789012:src' } })
    expect(r.refusal).toMatchObject({ at: 'invoke', errorCode: 'AccessDeniedException' })
  })
  it('Alexa: an event source token instead of a SourceArn', () => {
    expect(wire('alexa').requirements[0]!.cli).toContain('--event-source-token amzn1.ask.skill.src')
  })
  it('a direct client in the same account needs its own identity-based permission, not the function policy', () => {
    const r = wire('client').requirements[0]!
    expect(r.place).toBe('callerIdentity')
    expect(r.statement.Principal).toBeUndefined()
  })
})

describe('§10 polled sources: identity-based actions on the execution role', () => {
  it.each([
    [
      'sqs',
      ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
      'AWSLambdaSQSQueueExecutionRole',
      'queueRead',
    ],
    [
      'kinesis',
      [
        'kinesis:DescribeStream',
        'kinesis:DescribeStreamSummary',
        'kinesis:GetRecords',
        'kinesis:GetShardIterator',
        'kinesis:ListShards',
        'kinesis:ListStreams',
        'kinesis:SubscribeToShard',
      ],
      'AWSLambdaKinesisExecutionRole',
      'streamRead',
    ],
    [
      'dynamoDbStream',
      ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'],
      'AWSLambdaDynamoDBExecutionRole',
      'streamRead',
    ],
  ] as const)('%s', (type, actions, managed, permission) => {
    const w = wire(type)
    expect(w.role).toBe('eventSourceMapping')
    const r = w.requirements[0]!
    expect(r).toMatchObject({ place: 'executionRole', managedPolicy: managed, permission })
    expect(r.statement.Action).toEqual(actions)
    expect(r.statement.Principal).toBeUndefined()
    expect(r.cli).toContain('aws iam put-role-policy')
    expect(r.cli).toContain('--role-name fn-role')
    expect(r.refusal).toMatchObject({ at: 'configuration', errorCode: 'InvalidParameterValueException' })
  })
})

describe('§2.2, §2.4, §3.2 DLQs and destinations: the function role sends', () => {
  it.each([
    ['sqs', 'dlq', 'sqs:SendMessage', 'dlqSend'],
    ['sns', 'dlq', 'sns:Publish', 'dlqSend'],
    ['sqs', 'onFailure', 'sqs:SendMessage', 'destinationSend'],
    ['sns', 'onSuccess', 'sns:Publish', 'destinationSend'],
    ['lambda', 'onSuccess', 'lambda:InvokeFunction', 'destinationSend'],
    ['eventBridge', 'onFailure', 'events:PutEvents', 'destinationSend'],
    ['s3', 'onFailure', 's3:PutObject', 'destinationSend'],
  ] as const)('%s as %s → %s', (type, role, action, permission) => {
    const s = resolved({
      nodes: [
        { id: 'fn', type: 'lambda' },
        { id: 'to', type },
      ] as Scenario['nodes'],
      edges: [{ id: 'w', from: 'fn', to: 'to', role }],
    })
    const r = wirePermissions(s, 'w')!.requirements[0]!
    expect(r).toMatchObject({ place: 'executionRole', permission })
    expect(r.statement.Action).toBe(action)
    expect(r.refusal?.at).toBe('delivery')
  })
  it("a stream's on-failure destination is written with the mapping's function role", () => {
    const s = resolved({
      nodes: [
        { id: 'k', type: 'kinesis' },
        { id: 'fn', type: 'lambda' },
        { id: 'q', type: 'sqs' },
      ],
      edges: [
        { id: 'm', from: 'k', to: 'fn' },
        { id: 'f', from: 'k', to: 'q' },
      ],
    })
    const w = wirePermissions(s, 'f')!
    expect(w.functionId).toBe('fn')
    expect(w.requirements[0]!.statement.Action).toBe('sqs:SendMessage')
  })
})

describe('§10 function-wide: logs, VPC networking, kms:Decrypt, trust', () => {
  it('lists every statement of the function with its role and trust policy', () => {
    const s = resolved({
      nodes: [
        { id: 'net', type: 'vpc' },
        {
          id: 'fn',
          type: 'lambda',
          parentId: 'net',
          config: { environment: { variables: { A1: 'x' }, kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k1' } },
        },
        { id: 'b', type: 's3' },
        { id: 'q', type: 'sqs' },
        { id: 'dlq', type: 'sns' },
      ] as Scenario['nodes'],
      edges: [
        { from: 'b', to: 'fn' },
        { from: 'q', to: 'fn' },
        { from: 'fn', to: 'dlq', role: 'dlq' },
      ],
    })
    const p = functionPermissions(s, 'fn')!
    expect(p.roleArn).toBe('arn:aws:iam::123456789012:role/fn-role')
    expect(p.trust).toMatchObject({ Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' })
    expect(p.resourcePolicy.map((r) => r.statement.Principal)).toEqual([{ Service: 's3.amazonaws.com' }])
    const actions = p.rolePolicy.flatMap((r) => [r.statement.Action].flat())
    expect(actions).toEqual(
      expect.arrayContaining([
        'logs:PutLogEvents',
        'ec2:CreateNetworkInterface',
        'kms:Decrypt',
        'sqs:ReceiveMessage',
        'sns:Publish',
      ]),
    )
    expect(p.rolePolicy.find((r) => r.statement.Action === 'kms:Decrypt')).toMatchObject({
      permission: 'kmsDecrypt',
      refusal: { errorCode: 'KMSAccessDeniedException' },
    })
  })
  it('no VPC and no customer key → no ec2 and no kms statements', () => {
    const s = resolved({ nodes: [{ id: 'fn', type: 'lambda' }], edges: [] })
    const actions = functionPermissions(s, 'fn')!.rolePolicy.flatMap((r) => [r.statement.Action].flat())
    expect(actions.some((a) => a.startsWith('ec2:') || a.startsWith('kms:'))).toBe(false)
  })
})

describe('§10 cross-account', () => {
  const other = { id: 'acct-b', type: 'account', config: { accountId: '210987654321' } } as const
  it('a push source in another account: SourceAccount names that account', () => {
    const s = resolved({
      nodes: [other, { id: 't', type: 'sns', parentId: 'acct-b' }, { id: 'fn', type: 'lambda' }],
      edges: [{ id: 'w', from: 't', to: 'fn' }],
    })
    const w = wirePermissions(s, 'w')!
    expect(w.crossAccount).toEqual({ sourceAccount: '210987654321', functionAccount: '123456789012' })
    const r = w.requirements[0]!
    expect(r.statement.Condition?.['StringEquals']).toEqual({ 'AWS:SourceAccount': '210987654321' })
    expect(r.statement.Condition?.['ArnLike']).toEqual({ 'AWS:SourceArn': 'arn:aws:sns:us-east-1:210987654321:t' })
  })
  it("a client in another account: the function policy names that account's principal", () => {
    const s = resolved({
      nodes: [other, { id: 'c', type: 'client', parentId: 'acct-b' }, { id: 'fn', type: 'lambda' }],
      edges: [{ id: 'w', from: 'c', to: 'fn' }],
    })
    const r = wirePermissions(s, 'w')!.requirements[0]!
    expect(r.place).toBe('functionPolicy')
    expect(r.statement.Principal).toEqual({ AWS: 'arn:aws:iam::210987654321:root' })
    expect(r.cli).toContain('--principal 210987654321')
  })
  it("a queue in another account: the role's statement plus the queue policy granting the function's role", () => {
    const s = resolved({
      nodes: [other, { id: 'q', type: 'sqs', parentId: 'acct-b' }, { id: 'fn', type: 'lambda' }],
      edges: [{ id: 'w', from: 'q', to: 'fn' }],
    })
    const [role, queue] = wirePermissions(s, 'w')!.requirements
    expect(role!.place).toBe('executionRole')
    expect(role!.statement.Resource).toBe('arn:aws:sqs:us-east-1:210987654321:q')
    expect(queue!.place).toBe('sourcePolicy')
    expect(queue!.statement.Principal).toEqual({ AWS: 'arn:aws:iam::123456789012:role/fn-role' })
    expect(queue!.cli).toContain('aws sqs set-queue-attributes')
  })
})
