import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml'
import { parseScenarioJson } from '../../parse.ts'
import type { Scenario } from '../../scenario.ts'
import { PROPERTY_TIMEOUT_MS } from '../../../test/timeouts.ts'
import { exportSam } from './exportSam.ts'
import kitchenSink from './scenarios/kitchen-sink.json'
import { Intrinsic, yamlTags } from './intrinsics.ts'
import { planSubnets } from './vpc.ts'

const load = (json: unknown): Scenario => {
  const r = parseScenarioJson(JSON.stringify(json))
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.scenario
}
const sink = load(kitchenSink)
const out = exportSam(sink)
type Res = { Type: string; Properties?: Record<string, unknown>; Metadata?: { Lambdascope?: { nodeId: string } } }
const resources = out.template['Resources'] as Record<string, Res>
const props = (id: string) => resources[id]!.Properties!
/** Both sides as plain data with each intrinsic as `{tag: argument}`: the YAML text read back, and the template. */
const fromYaml = (n: YamlNode | null): unknown => {
  const wrap = (v: unknown) => (n?.tag?.startsWith('!') ? { [n.tag]: v } : v)
  if (isScalar(n)) return wrap(n.value instanceof Intrinsic ? n.value.arg : n.value)
  if (isSeq(n)) return wrap(n.items.map((i) => fromYaml(i as YamlNode)))
  if (isMap(n))
    return wrap(
      Object.fromEntries(
        n.items.map((p) => [String((p.key as { value: unknown }).value), fromYaml(p.value as YamlNode)]),
      ),
    )
  return null
}
const fromTemplate = (v: unknown): unknown => {
  if (v instanceof Intrinsic) return { [v.tag]: fromTemplate(v.arg) }
  if (Array.isArray(v)) return v.map(fromTemplate)
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromTemplate(x)]))
  return v
}
const tag = (t: string, arg: unknown) => new Intrinsic(t as Intrinsic['tag'], arg as string)

describe('exportSam: template shape', () => {
  it('is a SAM template whose YAML reads back as the same data', () => {
    expect(out.template['Transform']).toBe('AWS::Serverless-2016-10-31')
    const back = parseDocument(out.yaml, { version: '1.1', customTags: yamlTags })
    expect(back.errors).toEqual([])
    expect(fromYaml(back.contents)).toEqual(fromTemplate(out.template))
    expect(out.yaml).toMatch(/^# Every resource the SAM export writes: exported by Lambdascope/)
    expect(out.yaml).toContain('!GetAtt Clicks.Arn')
    expect(out.yaml).toContain('!Ref Alerts')
  })
  it('is deterministic', () => expect(exportSam(sink).yaml).toBe(out.yaml))
  it('keeps each node id in Metadata for a round trip', () => {
    expect(resources['ApiFn']!.Metadata?.Lambdascope?.nodeId).toBe('api-fn')
    expect(resources['JobsFifo']!.Metadata?.Lambdascope?.nodeId).toBe('jobs.fifo')
  })
  it('an empty canvas still gives a deployable stack', () => {
    const empty = exportSam({ ...sink, nodes: [], edges: [], traffic: [], faults: [] })
    expect(Object.keys(empty.template['Resources'] as object)).toEqual(['Placeholder'])
  })
})

describe('exportSam: functions (§6, §7, §8, §2, §16)', () => {
  it('writes the settings the document sets and only those', () => {
    const p = props('ApiFn')
    expect(p).toMatchObject({
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Timeout: 10,
      MemorySize: 512,
      ReservedConcurrentExecutions: 50,
    })
    expect(p['AutoPublishAlias']).toBe('live')
    expect(p['ProvisionedConcurrencyConfig']).toEqual({ ProvisionedConcurrentExecutions: 2 })
    expect(p['Environment']).toEqual({ Variables: { STAGE: 'test' } })
    expect(p['KmsKeyArn']).toMatch(/^arn:aws:kms:/)
    expect(props('After')['Timeout']).toBeUndefined()
    expect(props('After')['MemorySize']).toBeUndefined()
  })
  it('python runtime, DLQ, EventInvokeConfig with destinations, RecursiveLoop', () => {
    const p = props('Worker')
    expect(p['Runtime']).toBe('python3.13')
    expect(p['DeadLetterQueue']).toEqual({ Type: 'SNS', TargetArn: tag('!Ref', 'Alerts') })
    const eic = p['EventInvokeConfig'] as Record<string, unknown>
    expect(eic).toMatchObject({ MaximumRetryAttempts: 1, MaximumEventAgeInSeconds: 3600 })
    expect(eic['DestinationConfig']).toMatchObject({
      OnSuccess: { Type: 'EventBridge', Destination: tag('!GetAtt', 'DoneBus.Arn') },
      OnFailure: { Type: 'S3Bucket' },
    })
    expect(p['RecursiveLoop']).toBe('Allow')
    expect(props('ApiFn')['EventInvokeConfig']).toEqual({
      DestinationConfig: { OnSuccess: { Type: 'Lambda', Destination: tag('!GetAtt', 'After.Arn') } },
    })
  })
  it('VPC config names the function security group and every private subnet', () => {
    expect(props('ApiFn')['VpcConfig']).toEqual({
      SecurityGroupIds: [tag('!GetAtt', 'NetSgApiSg.GroupId')],
      SubnetIds: [tag('!Ref', 'NetSubnet1'), tag('!Ref', 'NetSubnet2'), tag('!Ref', 'NetSubnet3')],
    })
  })
  it('role statements from the model (§10) with ARNs as references; kms:Decrypt for a customer key', () => {
    const stmts = (props('ApiFn')['Policies'] as { Statement: { Action: unknown; Resource: unknown }[] }[])[0]!
      .Statement
    expect(stmts).toContainEqual(expect.objectContaining({ Resource: tag('!GetAtt', 'OrdersTable.Arn') }))
    expect(stmts).toContainEqual(expect.objectContaining({ Action: 'kms:Decrypt' }))
  })
})

describe('exportSam: events (§1.2, §3, §4)', () => {
  const events = (fn: string) =>
    props(fn)['Events'] as Record<string, { Type: string; Properties: Record<string, unknown> }>
  it('push sources become SAM events', () => {
    const types = Object.values(events('Worker')).map((e) => e.Type)
    expect(types).toEqual(['S3', 'SNS', 'EventBridgeRule', 'CloudWatchLogs', 'Cognito', 'AlexaSkill', 'SQS'])
    const api = Object.values(events('ApiFn'))
    expect(api[0]).toEqual({
      Type: 'HttpApi',
      Properties: {
        ApiId: tag('!Ref', 'HttpApi'),
        Method: 'POST',
        Path: '/api-fn',
        TimeoutInMillis: 10000,
        PayloadFormatVersion: '2.0',
      },
    })
    expect(api[1]).toEqual({
      Type: 'Api',
      Properties: { RestApiId: tag('!Ref', 'RestApi'), Method: 'post', Path: '/api-fn', TimeoutInMillis: 20000 },
    })
  })
  it('a Kinesis mapping carries every setting, StartingPosition and its on-failure destination', () => {
    const k = Object.values(events('Streamer')).find((e) => e.Type === 'Kinesis')!
    expect(k.Properties).toEqual({
      Stream: tag('!GetAtt', 'Clicks.Arn'),
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 50,
      MaximumBatchingWindowInSeconds: 2,
      MaximumRetryAttempts: 3,
      MaximumRecordAgeInSeconds: 3600,
      BisectBatchOnFunctionError: true,
      ParallelizationFactor: 2,
      DestinationConfig: { OnFailure: { Type: 'SQS', Destination: tag('!GetAtt', 'Failed.Arn') } },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    })
  })
  it('a DynamoDB mapping reads the table stream; StartingPosition is written even when left to the default', () => {
    const d = Object.values(events('Streamer')).find((e) => e.Type === 'DynamoDB')!
    expect(d.Properties).toEqual({
      Stream: tag('!GetAtt', 'OrdersTable.StreamArn'),
      StartingPosition: 'LATEST',
      Enabled: false,
    })
    expect(props('OrdersTable')['StreamSpecification']).toEqual({ StreamViewType: 'NEW_IMAGE' })
  })
  it('SQS mapping: partial batches and ScalingConfig; a cross-account queue by ARN', () => {
    const [fifo, partner] = Object.values(events('After'))
    expect(fifo).toEqual({
      Type: 'SQS',
      Properties: {
        Queue: tag('!GetAtt', 'JobsFifo.Arn'),
        BatchSize: 5,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        ScalingConfig: { MaximumConcurrency: 5 },
      },
    })
    expect(partner!.Properties['Queue']).toBe('arn:aws:sqs:eu-west-1:444455556666:partner-queue')
  })
  it('SQS provisioned mode (§16.8): ProvisionedPollerConfig', () => {
    const bulk = Object.values(events('Worker')).find((e) => e.Type === 'SQS')!
    expect(bulk.Properties).toEqual({
      Queue: tag('!GetAtt', 'Bulk.Arn'),
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 1,
      ProvisionedPollerConfig: { MinimumPollers: 5, MaximumPollers: 50 },
    })
  })
  it('sources without a SAM event get a permission (§10), with SourceAccount where AWS needs it', () => {
    const perms = Object.values(resources)
      .filter((r) => r.Type === 'AWS::Lambda::Permission')
      .map((r) => r.Properties!)
    expect(perms.map((p) => p['Principal'])).toEqual([
      'ses.amazonaws.com',
      'lex.amazonaws.com',
      'codecommit.amazonaws.com',
      'config.amazonaws.com',
      '444455556666',
    ])
    expect(perms[0]!['SourceAccount']).toBe('111122223333')
  })
})

describe('exportSam: queues, streams, network (§4.1, §3.1, §7)', () => {
  it('FIFO queue with its redrive policy', () => {
    expect(props('Bulk')).toEqual({ VisibilityTimeout: 360 })
    expect(props('JobsFifo')).toEqual({
      FifoQueue: true,
      VisibilityTimeout: 120,
      MessageRetentionPeriod: 86400,
      RedrivePolicy: { deadLetterTargetArn: tag('!GetAtt', 'JobsDlqFifo.Arn'), maxReceiveCount: 3 },
    })
  })
  it('Kinesis stream with shard count and retention hours', () =>
    expect(props('Clicks')).toEqual({ ShardCount: 2, RetentionPeriodHours: 48 }))
  it('NAT gateway, gateway endpoints and the cache behind its own group', () => {
    const types = Object.values(resources).map((r) => r.Type)
    for (const t of [
      'AWS::EC2::NatGateway',
      'AWS::EC2::InternetGateway',
      'AWS::EC2::EIP',
      'AWS::EC2::VPCEndpoint',
      'AWS::ElastiCache::CacheCluster',
      'AWS::ElastiCache::SubnetGroup',
    ])
      expect(types).toContain(t)
    expect(props('CacheSg')['SecurityGroupIngress']).toEqual([
      { IpProtocol: 'tcp', FromPort: 6379, ToPort: 6379, SourceSecurityGroupId: tag('!GetAtt', 'NetSgApiSg.GroupId') },
    ])
  })
  it(
    'subnets hold at least the free IPs asked for, within the VPC',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 0, max: 60_000 }), (count, free) => {
          const plan = planSubnets(count, free)
          expect(plan.prefix).toBeGreaterThanOrEqual(16)
          expect(plan.prefix).toBeLessThanOrEqual(28)
          expect(count * 2 ** (32 - plan.prefix)).toBeLessThanOrEqual(65_536 - 256)
          if (free <= count * (2 ** (32 - plan.prefix) - 5)) expect(plan.freeIps).toBeGreaterThanOrEqual(free)
        }),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})

describe('exportSam: what a template cannot say is listed', () => {
  it('traffic, faults, timings, behaviour, other accounts, sources outside, writes', () => {
    const codes = out.notExpressed.map((n) => `${n.code}:${n.what}`)
    expect(codes).toEqual(
      expect.arrayContaining([
        'traffic:orders',
        'fault:boom (failAttempts)',
        'otherAccount:partner-queue',
        'ipCount:net.freeIpCount',
        'handlerBehaviour:api-fn.callsInternet',
        'sourceOutside:mail',
        'writes:worker->failed',
        'simulatedTiming:streamer.durationMs',
      ]),
    )
    for (const n of out.notExpressed) expect(out.yaml.split('\n').slice(0, 30).join('\n')).toContain(n.what)
  })
  it('the 2018 era, a rounded timeout and a missing permission are listed', () => {
    const s: Scenario = {
      ...sink,
      era: '2018',
      nodes: [
        { id: 'q', type: 'sqs' },
        { id: 'f', type: 'lambda', config: { timeoutMs: 1500 } },
      ],
      edges: [{ from: 'q', to: 'f', permission: 'missing' }],
      traffic: [],
      faults: [],
    }
    const codes = exportSam(s).notExpressed.map((n) => n.code)
    expect(codes).toEqual(['era2018', 'rounded', 'permissionMissing'])
    expect((exportSam(s).template['Resources'] as Record<string, Res>)['F']!.Properties!['Timeout']).toBe(2)
  })
})
