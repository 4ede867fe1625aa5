/** §11 records Lambda's pollers hand the function (Kinesis, DynamoDB Streams, SQS), typed with @types/aws-lambda. */
import type { AttributeValue, DynamoDBRecord, DynamoDBStreamEvent, KinesisStreamEvent, SQSEvent } from 'aws-lambda'
import { base64Text, bodyText, hexOf, isPlain, uuidOf } from './encoding.ts'
import type { EventInput, RecordInput } from './types.ts'

const seqOf = (r: RecordInput, i: number) =>
  r.sequenceNumber ?? `${49_000_000 + r.createdMs * 10 + i}`.padStart(21, '0')

export function kinesisEvent(e: EventInput): KinesisStreamEvent {
  const arn = `arn:aws:kinesis:${e.region}:${e.sourceAccountId}:stream/${e.sourceId}`
  const shard = e.shardId ?? 'shardId-000000000000'
  return {
    Records: e.records.map((r, i) => ({
      kinesis: {
        kinesisSchemaVersion: '1.0',
        partitionKey: r.key ?? r.id,
        sequenceNumber: seqOf(r, i),
        // the record's bytes arrive base64-encoded (§11)
        data: base64Text(bodyText(r.payload)),
        approximateArrivalTimestamp: r.createdMs / 1000,
      },
      eventSource: 'aws:kinesis',
      eventVersion: '1.0',
      eventID: `${shard}:${seqOf(r, i)}`,
      eventName: 'aws:kinesis:record',
      invokeIdentityArn: `arn:aws:iam::${e.functionAccountId}:role/${e.functionId}-role`,
      awsRegion: e.region,
      eventSourceARN: arn,
    })),
  }
}

/** A plain JSON value → DynamoDB's typed attribute ({S}, {N}, {BOOL}, {M}, {L}, {NULL}). */
export function typed(v: unknown): AttributeValue {
  if (typeof v === 'string') return { S: v }
  if (typeof v === 'number') return { N: String(v) }
  if (typeof v === 'boolean') return { BOOL: v }
  if (v === null || v === undefined) return { NULL: true }
  if (Array.isArray(v)) return { L: v.map(typed) }
  return { M: Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, typed(x)])) }
}

const isTypedMap = (v: unknown): v is Record<string, AttributeValue> =>
  isPlain(v) &&
  Object.values(v).every(
    (a) => isPlain(a) && Object.keys(a).length === 1 && /^(S|N|B|SS|NS|BS|M|L|NULL|BOOL)$/.test(Object.keys(a)[0]!),
  )
const asImage = (v: unknown) =>
  v === undefined
    ? undefined
    : isTypedMap(v)
      ? v
      : isPlain(v)
        ? (typed(v).M as Record<string, AttributeValue>)
        : undefined

export function dynamoDbStreamEvent(e: EventInput): DynamoDBStreamEvent {
  const view = e.streamViewType ?? 'NEW_AND_OLD_IMAGES'
  const arn = `arn:aws:dynamodb:${e.region}:${e.sourceAccountId}:table/${e.sourceId}/stream/1970-01-01T00:00:00.000`
  return {
    Records: e.records.map((r, i): DynamoDBRecord => {
      // the payload is the change: {Keys, NewImage?, OldImage?} typed or plain; a plain item is taken as the new image
      const p = isPlain(r.payload) ? r.payload : { value: r.payload }
      const hasShape = 'Keys' in p || 'NewImage' in p || 'OldImage' in p
      const newImage = asImage(hasShape ? p['NewImage'] : p)
      const oldImage = asImage(hasShape ? p['OldImage'] : undefined)
      const keys = asImage(p['Keys']) ?? { pk: typed(r.key ?? r.id) }
      const eventName = newImage && oldImage ? 'MODIFY' : newImage ? 'INSERT' : 'REMOVE'
      const withNew = view === 'NEW_IMAGE' || view === 'NEW_AND_OLD_IMAGES'
      const withOld = view === 'OLD_IMAGE' || view === 'NEW_AND_OLD_IMAGES'
      return {
        eventID: hexOf(`${r.id}/ddb`, 32),
        eventName,
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: e.region,
        dynamodb: {
          ApproximateCreationDateTime: Math.floor(r.createdMs / 1000),
          Keys: keys,
          ...(withNew && newImage ? { NewImage: newImage } : {}),
          ...(withOld && oldImage ? { OldImage: oldImage } : {}),
          SequenceNumber: seqOf(r, i),
          SizeBytes: JSON.stringify(p).length,
          StreamViewType: view,
        },
        eventSourceARN: arn,
      }
    }),
  }
}

export function sqsEvent(e: EventInput): SQSEvent {
  const arn = `arn:aws:sqs:${e.region}:${e.sourceAccountId}:${e.sourceId}`
  return {
    Records: e.records.map((r) => {
      const body = bodyText(r.payload)
      return {
        messageId: uuidOf(`${r.id}/sqs`),
        receiptHandle: `AQEB${hexOf(`${r.id}/${r.receiveCount ?? 1}/receipt`, 48)}`,
        body,
        attributes: {
          ApproximateReceiveCount: String(r.receiveCount ?? 1),
          SentTimestamp: String(r.createdMs),
          SenderId: `AIDA${hexOf(`${e.sourceAccountId}/sender`, 16).toUpperCase()}`,
          ApproximateFirstReceiveTimestamp: String(Math.max(r.createdMs, e.atMs)),
        },
        messageAttributes: {},
        // AWS sends the MD5 of the body; a stable stand-in hash here (the core has no MD5) [simplification]
        md5OfBody: hexOf(body, 32),
        eventSource: 'aws:sqs',
        eventSourceARN: arn,
        awsRegion: e.region,
      }
    }),
  }
}
