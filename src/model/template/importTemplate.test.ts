import { describe, expect, it } from 'vitest'
import { importTemplate } from './importTemplate.ts'
import type { ImportResult } from './types.ts'

const CORPUS = import.meta.glob<string>('./corpus/*', { query: '?raw', import: 'default', eager: true })
const corpus = (name: string) => CORPUS[`./corpus/${name}`]!
function imported(r: ImportResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  const node = (id: string) => r.scenario.nodes.find((n) => n.id === id)
  const edge = (from: string, to: string) => r.scenario.edges.find((e) => e.from === from && e.to === to)
  return { ...r, node, edge }
}

describe('importTemplate: SAM (corpus/sam-orders.yaml)', () => {
  const r = imported(importTemplate(corpus('sam-orders.yaml')))

  it('maps function settings, Globals merged, parameters and mappings resolved', () => {
    expect(r.scenario.title).toBe('Orders service (SAM) with queues, streams, a VPC database and a cache')
    expect(r.node('OrderProcessor')).toMatchObject({
      type: 'lambda',
      parentId: 'OrdersVpc',
      config: {
        timeoutMs: 20_000, // !Ref OrderTimeout (default 20 s) wins over Globals' 10 s
        memoryMb: 1024, // !FindInMap [StageSettings, prod, Memory]
        reservedConcurrency: 50,
        provisionedConcurrency: 5,
        runtime: 'python', // from Globals
        securityGroup: 'FunctionSg',
        environment: {
          variables: { STAGE: 'prod', LOG_LEVEL: 'INFO', TABLE: 'OrdersTable', DB_HOST: 'OrdersDb.Endpoint.Address' },
          kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        },
      },
    })
    expect(r.node('Thumbnailer')).toMatchObject({
      config: { timeoutMs: 10_000, memoryMb: 512, async: { maxRetryAttempts: 1, maxEventAgeMs: 3_600_000 } },
    })
  })

  it('maps queues (redrive, FIFO), streams (shards, retention) and a table stream', () => {
    expect(r.node('OrdersQueue')).toMatchObject({
      type: 'sqs',
      config: { visibilityTimeoutMs: 120_000, messageRetentionMs: 345_600_000 },
    })
    expect(r.edge('OrdersQueue', 'OrdersDlq')).toMatchObject({ role: 'dlq', config: { maxReceiveCount: 3 } })
    expect(r.node('PaymentsFifo')).toMatchObject({ config: { fifo: true, visibilityTimeoutMs: 60_000 } })
    expect(r.node('ClickStream')).toMatchObject({
      type: 'kinesis',
      config: { shardCount: 4, retentionMs: 48 * 3_600_000 },
    })
    expect(r.node('OrdersTable.stream')).toMatchObject({ type: 'dynamoDbStream', config: { viewType: 'NEW_IMAGE' } })
    expect(r.edge('OrdersTable', 'OrdersTable.stream')).toMatchObject({ role: 'stream' })
  })

  it('maps every event source mapping setting', () => {
    expect(r.edge('OrdersQueue', 'OrderProcessor')).toMatchObject({
      role: 'eventSourceMapping',
      config: { batchSize: 50, maximumBatchingWindowMs: 2000, reportBatchItemFailures: true, maxConcurrency: 20 },
    })
    expect(r.edge('ClickStream', 'ClickHandler')).toMatchObject({
      id: 'ClickHandlerClicks',
      config: {
        batchSize: 200,
        startingPosition: 'TRIM_HORIZON',
        maxRetryAttempts: 3,
        maxRecordAgeMs: 3_600_000,
        bisectOnError: true,
        parallelizationFactor: 2,
      },
    })
    expect(r.edge('ClickStream', 'FailedEvents')).toMatchObject({
      role: 'onFailure',
      config: { mapping: 'ClickHandlerClicks' },
    })
    expect(r.edge('OrdersTable.stream', 'ClickHandler')).toMatchObject({
      config: { startingPosition: 'LATEST', batchSize: 10, enabled: true },
    })
  })

  it('maps push events, DLQ and destinations (SAM creates the OnFailure queue when Destination is left out)', () => {
    for (const from of ['Uploads', 'Alerts', 'ThumbnailerNightly', 'ThumbnailerBus', 'ThumbnailerLogs', 'UserPool'])
      expect(r.edge(from, 'Thumbnailer'), from).toMatchObject({ role: 'trigger' })
    expect(r.edge('Uploads', 'Thumbnailer')?.permission).toBeUndefined()
    expect(r.node('ThumbnailerNightly')?.type).toBe('eventBridge')
    expect(r.node('ThumbnailerLogs')?.type).toBe('cloudWatchLogs')
    expect(r.edge('Thumbnailer', 'OrdersDlq')).toMatchObject({ role: 'dlq' })
    expect(r.edge('Thumbnailer', 'Thumbnails')).toMatchObject({ role: 'onSuccess' })
    expect(r.edge('Thumbnailer', 'ThumbnailerEventInvokeConfigOnFailureQueue')).toMatchObject({ role: 'onFailure' })
    expect(r.node('ServerlessRestApi')).toMatchObject({ type: 'apiGateway', config: { api: 'rest' } })
    expect(r.node('ServerlessHttpApi')).toMatchObject({
      config: { api: 'http', payloadFormat: '1.0', integrationTimeoutMs: 15_000 },
    })
  })

  it('maps the VPC (subnets, NAT, endpoints), the database and cache with their security groups', () => {
    expect(r.node('OrdersVpc')).toMatchObject({
      type: 'vpc',
      config: { nat: true, subnetCount: 2, gatewayEndpoints: ['dynamodb'] },
    })
    expect(r.node('OrdersDb')).toMatchObject({
      type: 'rds',
      parentId: 'OrdersVpc',
      config: { inboundFrom: ['FunctionSg'] },
    })
    expect(r.node('SessionCache')).toMatchObject({
      type: 'elastiCache',
      parentId: 'OrdersVpc',
      config: { inboundFrom: [] },
    })
    expect(r.edge('OrderProcessor', 'OrdersDb')).toMatchObject({ role: 'access' })
    expect(r.edge('OrderProcessor', 'OrdersTable')).toMatchObject({ role: 'access' })
    // Subnets given as a parameter: one implicit VPC stands for them.
    expect(r.node('ApiHandler')).toMatchObject({
      parentId: 'Vpc',
      config: { securityGroup: 'sg-0123456789abcdef0', recursiveLoop: 'Allow' },
    })
  })

  it('lists what it does not simulate and notes what it changed', () => {
    expect(r.report.unsupported).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ logicalId: 'AuditBucket', reasonCode: 'conditionFalse' }),
        expect.objectContaining({ logicalId: 'DeployRole', type: 'AWS::IAM::Role', reasonCode: 'notSimulated' }),
        expect.objectContaining({ logicalId: 'AuditTopicPolicy', reasonCode: 'notSimulated' }),
        expect.objectContaining({
          logicalId: 'Thumbnailer.Events.Device',
          type: 'SAM event IoTRule',
          reasonCode: 'eventNotSimulated',
          line: 199,
        }),
      ]),
    )
    const codes = r.report.notes.map((n) => n.code)
    expect(codes).toEqual(
      expect.arrayContaining([
        'parameterDefault',
        'globalsMerged',
        'runtimeApproximated',
        'folded',
        'implicitNode',
        'sampleTraffic',
        'valueDropped',
      ]),
    )
    expect(r.report.notes.find((n) => n.code === 'valueDropped')).toMatchObject({
      params: { field: 'memoryMb', at: 'ApiHandler' },
    })
  })

  it('gives every resource a node, a folded note or an unsupported entry (nothing silently dropped)', () => {
    const template = corpus('sam-orders.yaml')
    const section = template.slice(template.indexOf('\nResources:'), template.indexOf('\nOutputs:'))
    const ids = [...section.matchAll(/^ {2}([A-Za-z0-9]+):\n {4}Type:/gm)].map((m) => m[1]!)
    for (const id of ids) {
      const seen =
        r.scenario.nodes.some((n) => n.id === id || n.id === `${id}.stream`) ||
        r.report.unsupported.some((u) => u.logicalId === id) ||
        r.report.notes.some((n) => n.params['logicalId'] === id)
      expect(seen, id).toBe(true)
    }
    expect(ids.length).toBeGreaterThan(25)
  })
})

describe('importTemplate: plain CloudFormation (corpus/cfn-plain.yaml)', () => {
  const r = imported(importTemplate(corpus('cfn-plain.yaml')))

  it('resolves intrinsics (If on a condition, FindInMap, Select/Split, Join, NoValue)', () => {
    expect(r.node('IngestQueue')).toMatchObject({ config: { visibilityTimeoutMs: 90_000 } })
    expect(r.node('Worker')).toMatchObject({
      config: {
        timeoutMs: 30_000,
        memoryMb: 256,
        runtime: 'nodejs',
        environment: { variables: { QUEUE_URL: 'IngestQueue', SPLIT: 'b' } },
      },
    })
    expect(
      Object.keys(
        (r.node('Worker') as { config: { environment: { variables: object } } }).config.environment.variables,
      ),
    ).not.toContain('OPTIONAL')
  })

  it('maps EventSourceMapping, EventInvokeConfig, DeadLetterConfig and an external DLQ ARN', () => {
    expect(r.edge('IngestQueue', 'Worker')).toMatchObject({
      role: 'eventSourceMapping',
      config: { batchSize: 20, maximumBatchingWindowMs: 5000, enabled: false },
    })
    expect(r.node('Worker')).toMatchObject({ config: { async: { maxRetryAttempts: 0, maxEventAgeMs: 120_000 } } })
    expect(r.edge('Worker', 'FailureBus')).toMatchObject({ role: 'onFailure' })
    expect(r.edge('Worker', 'WorkerDlq')).toMatchObject({ role: 'dlq' })
    expect(r.node('shared-dlq')).toMatchObject({ type: 'sqs', label: 'shared-dlq' })
    expect(r.edge('IngestQueue', 'shared-dlq')).toMatchObject({ role: 'dlq', config: { maxReceiveCount: 4 } })
    expect(r.edge('Events', 'Later')).toMatchObject({
      id: 'LaterMapping',
      config: {
        startingPosition: 'AT_TIMESTAMP',
        startingPositionTimestampMs: 1_700_000,
        maxRecordAgeMs: -1,
        reportBatchItemFailures: true,
      },
    })
    expect(r.edge('Events', 'stream-failures')).toMatchObject({
      role: 'onFailure',
      config: { mapping: 'LaterMapping' },
    })
  })

  it('draws triggers made outside SAM with their permission: granted by AWS::Lambda::Permission, else missing (§10)', () => {
    expect(r.edge('Photos', 'Worker')).toEqual({ from: 'Photos', to: 'Worker', role: 'trigger' })
    expect(r.edge('News', 'Worker')).toMatchObject({ role: 'trigger', permission: 'missing' })
    expect(r.edge('FailureBus', 'Worker')).toMatchObject({ role: 'trigger', permission: 'missing' })
    expect(r.report.notes.filter((n) => n.code === 'permissionMissing')).toHaveLength(2)
  })

  it('notes parameters without a default and values only known after deployment', () => {
    expect(r.report.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'parameterNoDefault', params: { name: 'RetentionDays' }, line: 9 }),
      ]),
    )
    expect(r.report.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'unresolved',
          params: { path: 'Resources.Later.Properties.Role', function: 'Fn::ImportValue' },
        }),
      ]),
    )
    expect(r.node('Events')).toEqual({ id: 'Events', type: 'kinesis' }) // ON_DEMAND: no shard count; retention unknown
  })

  it('takes parameter values given by the caller', () => {
    const other = imported(importTemplate(corpus('cfn-plain.yaml'), { parameters: { Env: 'prod' } }))
    expect(other.node('IngestQueue')).toMatchObject({ config: { visibilityTimeoutMs: 30_000 } })
    expect(other.node('Later')).toBeUndefined()
    expect(other.report.unsupported).toEqual(
      expect.arrayContaining([expect.objectContaining({ logicalId: 'Later', reasonCode: 'conditionFalse' })]),
    )
  })
})

describe('importTemplate: cdk synth JSON (corpus/cdk-synth.json)', () => {
  const r = imported(importTemplate(corpus('cdk-synth.json')))
  it('maps the functions, mappings and destinations; hashed ids get readable labels', () => {
    expect(r.node('IngestFn1A2B3C4D')).toMatchObject({
      label: 'IngestFn',
      config: { timeoutMs: 60_000, memoryMb: 1769, reservedConcurrency: 10, async: { maxRetryAttempts: 2 } },
    })
    expect(r.edge('IngestQueueB3A0F1B2', 'IngestFn1A2B3C4D')).toMatchObject({
      config: { batchSize: 10, reportBatchItemFailures: true },
    })
    expect(r.edge('IngestFn1A2B3C4D', 'DoneTopic8A7B6C5D')).toMatchObject({ role: 'onSuccess' })
    expect(r.edge('ClicksStream1B2C3D4E', 'IngestDlq5C1E2A4B')).toMatchObject({
      role: 'onFailure',
      config: { mapping: 'ClicksFnKinesisEventSource5A4B3C2D' },
    })
    expect(r.report.unsupported.map((u) => u.logicalId)).toEqual(['IngestFnServiceRole3F2A9C1D', 'CDKMetadata'])
  })
})

describe('importTemplate: errors are located, never thrown', () => {
  it.each([
    ['', 'template.empty', 1, 1],
    ['just text', 'template.notObject', 1, 1],
    ['AWSTemplateFormatVersion: "2010-09-09"\n', 'template.noResources', 1, 1],
    ['Resources:\n  A: [1,\n', 'template.syntax', 3, 1],
    ['{"Resources": {"A": {"Type": "AWS::SNS::Topic"},}}', 'template.syntax', 1, 49],
  ])('%j → %s at %d:%d', (text, code, line, column) => {
    const r = importTemplate(text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0]).toMatchObject({ code, line, column })
  })

  it('a wiring AWS would refuse is an error at the resource (G27: visibility timeout below the function timeout)', () => {
    const r = importTemplate(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: {VisibilityTimeout: 5}\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Timeout: 60\n      Events:\n        E: {Type: SQS, Properties: {Queue: !GetAtt Q.Arn}}\n',
    )
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.errors[0]).toMatchObject({
        code: 'template.scenarioRefused',
        line: 11,
        path: 'Resources.F.Properties.Events.E',
      })
  })
})
