/**
 * An S3 bucket as an on-failure destination (reference §2.2 table "DestinationConfig.OnFailure … S3 bucket (on-failure
 * only)", §15 "Stream failure records", our §16.12). Sources: invocation-async-retain-records ("Amazon S3 – An Amazon
 * S3 bucket (on failure only)"), services-dynamodb-errors / kinesis-on-failure-destination ("For Amazon S3
 * destinations, Lambda also sends the entire invocation record along with the metadata"), API_OnFailure.
 */
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../model/index.ts'
import { ofType, runScenario, scenarioDoc, type ScenarioInput } from '../testkit.ts'

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:fn'
const messages = (r: ReturnType<typeof runScenario>) => ofType(r.trace, 'message.sent')

describe('S3 on-failure destination goldens (§16.12)', () => {
  it('§2.2 + §16.12: async on-failure to S3 — the bucket receives the whole invocation record, the event ends sent-to-destination', () => {
    const r = runScenario({
      nodes: [
        { id: 'caller', type: 'client', config: { invocationType: 'Event' } },
        { id: 'fn', type: 'lambda', config: { durationMs: 500, initMs: 0 } },
        { id: 'failed', type: 's3' },
      ],
      edges: [
        { from: 'caller', to: 'fn' },
        { from: 'fn', to: 'failed', role: 'onFailure' },
      ],
      traffic: [{ source: 'caller', kind: 'once', atMs: 0, payload: { order: 42 } }],
      faults: [{ kind: 'fail', target: 'fn' }],
    })
    const [m] = messages(r)
    expect(m).toMatchObject({ nodeId: 'failed', reason: 'destination.sent' })
    expect(m!.message).toEqual({
      version: '1.0',
      timestamp: expect.any(String),
      requestContext: {
        requestId: 'req-e1',
        functionArn: `${ARN}:$LATEST`,
        condition: 'RetriesExhausted',
        approximateInvokeCount: 3,
      },
      requestPayload: { order: 42 },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      responsePayload: expect.objectContaining({ errorType: 'Error', errorMessage: 'Injected failure' }),
    })
    expect(r.events[0]!.fate).toBe('sent-to-destination')
  })

  const stream = (type: 'kinesis' | 'dynamoDbStream', dest: 'sqs' | 's3') =>
    runScenario({
      nodes: [
        { id: 'st', type, config: { shardCount: 1 } },
        { id: 'fn', type: 'lambda', config: { durationMs: 100 } },
        { id: 'd', type: dest },
      ],
      edges: [
        { from: 'st', to: 'fn', config: { maxRetryAttempts: 0, batchSize: 2 } },
        { from: 'st', to: 'd', role: 'onFailure' },
      ],
      traffic: [{ source: 'st', kind: 'list', atMs: [0, 0], partitionKeys: ['k'], payload: { id: 7 } }],
      faults: [{ kind: 'poisonRecord', target: 'st', index: 0 }],
    })

  it('§3.2 + §15 + §16.12: Kinesis → S3 gets the batch metadata AND the records as the function got them (base64 data); SQS gets metadata only', () => {
    const s3 = messages(stream('kinesis', 's3'))[0]!.message as Record<string, unknown>
    expect(Object.keys(s3).sort()).toEqual([
      'KinesisBatchInfo',
      'payload',
      'requestContext',
      'responseContext',
      'timestamp',
      'version',
    ])
    const records = (
      s3.payload as { Records: { kinesis: { data: string; sequenceNumber: string }; eventSource: string }[] }
    ).Records
    expect(records).toHaveLength(2)
    expect(records[0]).toMatchObject({
      eventSource: 'aws:kinesis',
      eventName: 'aws:kinesis:record',
      kinesis: { partitionKey: 'k', sequenceNumber: '1' },
    })
    expect(atob(records[0]!.kinesis.data)).toBe('{"id":7}')
    const sqs = messages(stream('kinesis', 'sqs'))[0]!.message as Record<string, unknown>
    expect(sqs).not.toHaveProperty('payload')
  })

  it('§3.2 + §16.7 + §16.12: DynamoDB Streams → S3 payload records carry typed images and whole-second ApproximateCreationDateTime', () => {
    const s3 = messages(stream('dynamoDbStream', 's3'))[0]!.message as {
      payload: { Records: { eventSource: string; dynamodb: Record<string, unknown> }[] }
    }
    const [rec] = s3.payload.Records
    expect(rec).toMatchObject({ eventSource: 'aws:dynamodb', eventName: 'INSERT' })
    expect(rec!.dynamodb.NewImage).toEqual({ id: { N: '7' } })
    expect(Number.isInteger(rec!.dynamodb.ApproximateCreationDateTime)).toBe(true)
  })

  const doc = (era: '2018' | 'current', input: ScenarioInput) => parseScenario(scenarioDoc({ ...input, era }))

  it.each([
    [
      'an async on-failure',
      {
        nodes: [
          { id: 'fn', type: 'lambda' },
          { id: 'b', type: 's3' },
        ],
        edges: [{ from: 'fn', to: 'b', role: 'onFailure' }],
      },
    ],
    [
      'a stream on-failure',
      {
        nodes: [
          { id: 'st', type: 'kinesis' },
          { id: 'fn', type: 'lambda' },
          { id: 'b', type: 's3' },
        ],
        edges: [
          { from: 'st', to: 'fn' },
          { from: 'st', to: 'b', role: 'onFailure' },
        ],
      },
    ],
  ] as [string, ScenarioInput][])(
    '§16.12: %s S3 destination is refused in the 2018 era, naming Nov 2024; accepted today',
    (_what, input) => {
      const old = doc('2018', input)
      expect(old.ok).toBe(false)
      if (!old.ok)
        expect(old.issues.find((i) => i.code === 'era.s3Destination')).toMatchObject({
          ref: '§16.12',
          params: { arrivedMonth: '2024-11' },
        })
      expect(doc('current', input).ok).toBe(true)
    },
  )
})
