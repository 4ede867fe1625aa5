/**
 * Record contents, whole documents (reference §2.3, §2.4, §3.2, §15, §16 "Record details"). Each test compares the
 * full document with the shape of AWS's published example (LDG23 invocation-async "Invocation record", with-kinesis /
 * with-ddb on-failure examples, EventBridge event envelope) — our values in AWS's fields, nothing more, nothing less.
 */
import { describe, expect, it } from 'vitest'
import type { ScenarioInput } from '../testkit.ts'
import { ofType, runScenario } from '../testkit.ts'

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:fn'
const STACK = ['Error: Injected failure', '    at Runtime.handler (file:///var/task/index.mjs:3:9)']

function invokeOnce(
  targets: ScenarioInput['nodes'],
  edges: ScenarioInput['edges'],
  faults: ScenarioInput['faults'] = [],
) {
  return runScenario({
    nodes: [
      { id: 'caller', type: 'client', config: { invocationType: 'Event' } },
      { id: 'fn', type: 'lambda', config: { durationMs: 500, initMs: 0 } },
      ...targets,
    ],
    edges: [{ from: 'caller', to: 'fn' }, ...edges],
    traffic: [{ source: 'caller', kind: 'once', atMs: 0 }],
    faults,
  })
}
const messages = (r: ReturnType<typeof runScenario>) => ofType(r.trace, 'message.sent')

describe('record goldens (§16 record details)', () => {
  it('§2.3 + §16: async on-failure record to SQS — Invoke without payload → requestPayload {}, error responsePayload with requestId and stackTrace', () => {
    const r = invokeOnce(
      [{ id: 'q', type: 'sqs' }],
      [{ from: 'fn', to: 'q', role: 'onFailure' }],
      [{ kind: 'fail', target: 'fn' }],
    )
    const [m] = messages(r)
    expect(m!.message).toEqual({
      version: '1.0',
      timestamp: expect.stringMatching(/^1970-01-01T00:0\d:\d\d\.\d{3}Z$/),
      requestContext: {
        requestId: 'req-e1',
        functionArn: `${ARN}:$LATEST`,
        condition: 'RetriesExhausted',
        approximateInvokeCount: 3,
      },
      requestPayload: {},
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      responsePayload: { errorMessage: 'Injected failure', errorType: 'Error', requestId: 'req-e1', stackTrace: STACK },
    })
  })

  it('§2.3 + §16: on-success to EventBridge — envelope version "0", resources [bus, function], detail = the record', () => {
    const r = invokeOnce([{ id: 'bus', type: 'eventBridge' }], [{ from: 'fn', to: 'bus', role: 'onSuccess' }])
    const [m] = messages(r)
    expect(m!.message).toEqual({
      version: '0',
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/),
      'detail-type': 'Lambda Function Invocation Result - Success',
      source: 'lambda',
      account: '123456789012',
      time: expect.stringMatching(/^1970-01-01T00:00:\d\dZ$/),
      region: 'us-east-1',
      resources: ['arn:aws:events:us-east-1:123456789012:event-bus/bus', `${ARN}:$LATEST`],
      detail: {
        version: '1.0',
        timestamp: expect.any(String),
        requestContext: {
          requestId: 'req-e1',
          functionArn: `${ARN}:$LATEST`,
          condition: 'Success',
          approximateInvokeCount: 1,
        },
        requestPayload: {},
        responseContext: { statusCode: 200, executedVersion: '$LATEST' },
        responsePayload: null,
      },
    })
  })

  it('§2.4 + §15: DLQ message — body the raw event, attributes RequestID, ErrorCode 200, ErrorMessage', () => {
    const r = invokeOnce(
      [{ id: 'dlq', type: 'sqs' }],
      [{ from: 'fn', to: 'dlq', role: 'dlq' }],
      [{ kind: 'fail', target: 'fn' }],
    )
    expect(messages(r)[0]!.message).toEqual({
      body: null,
      attributes: { RequestID: 'req-e1', ErrorCode: 200, ErrorMessage: 'Injected failure' },
    })
  })

  it('§2.3 + §15: reserved concurrency 0 → ZeroReservedConcurrency, count 0, no responseContext/responsePayload', () => {
    const r = runScenario({
      nodes: [
        { id: 'caller', type: 'client', config: { invocationType: 'Event' } },
        { id: 'fn', type: 'lambda', config: { reservedConcurrency: 0 } },
        { id: 't', type: 'sns' },
      ],
      edges: [
        { from: 'caller', to: 'fn' },
        { from: 'fn', to: 't', role: 'onFailure' },
      ],
      traffic: [{ source: 'caller', kind: 'once', atMs: 0, payload: { order: 7 } }],
    })
    expect(messages(r)[0]!.message).toEqual({
      Message: {
        version: '1.0',
        timestamp: expect.any(String),
        requestContext: {
          requestId: 'req-e1',
          functionArn: `${ARN}:$LATEST`,
          condition: 'ZeroReservedConcurrency',
          approximateInvokeCount: 0,
        },
        requestPayload: { order: 7 },
      },
    })
  })

  const stream = (
    type: 'kinesis' | 'dynamoDbStream',
    dest: 'sqs' | 's3',
    esm: object,
    faults: ScenarioInput['faults'],
    atMs = [0],
  ) =>
    runScenario({
      nodes: [
        { id: 'st', type, config: { shardCount: 1 } },
        { id: 'fn', type: 'lambda', config: { durationMs: 100 } },
        { id: 'd', type: dest },
      ],
      edges: [
        { from: 'st', to: 'fn', config: esm },
        { from: 'st', to: 'd', role: 'onFailure' },
      ],
      traffic: [{ source: 'st', kind: 'list', atMs, partitionKeys: ['k'], payload: { n: 1 } }],
      faults,
    })

  it('§3.2 + §15: Kinesis on-failure record to SQS — KinesisBatchInfo, unqualified functionArn, no records', () => {
    const r = stream('kinesis', 'sqs', { maxRetryAttempts: 0 }, [{ kind: 'poisonRecord', target: 'st', index: 0 }])
    expect(messages(r)[0]!.message).toEqual({
      requestContext: {
        requestId: expect.stringMatching(/^st->fn-req-\d+$/),
        functionArn: ARN,
        condition: 'RetryAttemptsExhausted',
        approximateInvokeCount: 1,
      },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      version: '1.0',
      timestamp: expect.any(String),
      KinesisBatchInfo: {
        shardId: 'shardId-000000000000',
        startSequenceNumber: '1',
        endSequenceNumber: '1',
        approximateArrivalOfFirstRecord: '1970-01-01T00:00:00.000Z',
        approximateArrivalOfLastRecord: '1970-01-01T00:00:00.000Z',
        batchSize: 1,
        streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/st',
      },
    })
  })

  it('§3.2 + §15: DynamoDB Streams on-failure record to S3 — DDBStreamBatchInfo plus payload.Records', () => {
    const r = stream('dynamoDbStream', 's3', { maxRetryAttempts: 0 }, [
      { kind: 'poisonRecord', target: 'st', index: 0 },
    ])
    const m = messages(r)[0]!.message as Record<string, unknown>
    expect(Object.keys(m).sort()).toEqual([
      'DDBStreamBatchInfo',
      'payload',
      'requestContext',
      'responseContext',
      'timestamp',
      'version',
    ])
    expect(m.DDBStreamBatchInfo).toMatchObject({
      shardId: expect.any(String),
      startSequenceNumber: '1',
      endSequenceNumber: '1',
      batchSize: 1,
    })
    // §16.12: the whole invocation — the Records exactly as the function was handed them
    expect(
      (m.payload as { Records: { eventSource: string; dynamodb: { SequenceNumber: string; NewImage: unknown } }[] })
        .Records,
    ).toEqual([
      expect.objectContaining({
        eventSource: 'aws:dynamodb',
        dynamodb: expect.objectContaining({ SequenceNumber: '1', NewImage: { n: { N: '1' } } }),
      }),
    ])
  })

  it('§15 + §16: a record already older than maxRecordAge when read → RecordAgeExceeded, approximateInvokeCount 1, no responseContext', () => {
    const r = stream(
      'kinesis',
      'sqs',
      { maxRecordAgeMs: 60_000 },
      [{ kind: 'poisonRecord', target: 'st', index: 0 }],
      [0, 1000],
    )
    const stale = messages(r)
      .map((m) => m.message as Record<string, unknown>)
      .find((m) => (m.KinesisBatchInfo as { startSequenceNumber: string }).startSequenceNumber === '2')!
    expect(stale.requestContext).toEqual({
      requestId: expect.any(String),
      functionArn: ARN,
      condition: 'RecordAgeExceeded',
      approximateInvokeCount: 1,
    })
    expect(stale).not.toHaveProperty('responseContext')
    expect(r.events[1]!.attempts).toEqual([])
  })
})
