/**
 * §11 The event a handler receives, per source, in AWS's shape: `handlerEvent(input)`. Pure and deterministic (ids are
 * hashes of the engine's ids; gzip has no timestamp). Push sources: the generated event with what the user wrote laid
 * over it (a trimmed event in AWS's field names fills in); polled sources: one record per message/record in the batch.
 */
import { alexaEvent, apiGatewayV1Event, apiGatewayV2Event, cognitoEvent, lexEvent } from './syncSources.ts'
import {
  cloudFormationEvent,
  cloudWatchLogsEvent,
  codeCommitEvent,
  configEvent,
  eventBridgeEvent,
  s3Event,
  sesEvent,
  snsEvent,
} from './asyncSources.ts'
import { isPlain, overlay } from './encoding.ts'
import { dynamoDbStreamEvent, kinesisEvent, sqsEvent } from './polledSources.ts'
import type { EventInput } from './types.ts'

export type { EventInput, RecordInput } from './types.ts'
export { base64, base64Text, gzipBase64, uuidOf } from './encoding.ts'
export { cloudWatchLogsData } from './asyncSources.ts'
export { typed } from './polledSources.ts'

function generated(e: EventInput): unknown {
  switch (e.sourceType) {
    case 's3':
      return s3Event(e)
    case 'sns':
      return snsEvent(e)
    case 'eventBridge':
      return eventBridgeEvent(e)
    case 'cloudWatchLogs':
      return cloudWatchLogsEvent(e)
    case 'cloudFormation':
      return cloudFormationEvent(e)
    case 'ses':
      return sesEvent(e)
    case 'codeCommit':
      return codeCommitEvent(e)
    case 'config':
      return configEvent(e)
    case 'apiGateway':
      return e.apiPayloadFormat === '2.0' ? apiGatewayV2Event(e) : apiGatewayV1Event(e)
    case 'cognito':
      return cognitoEvent(e)
    case 'lex':
      return lexEvent(e)
    case 'alexa':
      return alexaEvent(e)
    case 'kinesis':
      return kinesisEvent(e)
    case 'dynamoDbStream':
      return dynamoDbStreamEvent(e)
    case 'sqs':
      return sqsEvent(e)
    default:
      return null
  }
}

const POLLED = new Set(['kinesis', 'dynamoDbStream', 'sqs'])

export function handlerEvent(e: EventInput): unknown {
  const payload = e.records[0]?.payload
  const base = generated(e)
  // A direct caller (client, another function's destination) sends its payload as the event itself.
  if (base === null) return payload ?? {}
  if (POLLED.has(e.sourceType) || e.sourceType === 'cloudWatchLogs') return base
  if (!isPlain(payload) || !isPlain(base) || !Object.keys(payload).some((k) => k in base)) return base
  return overlay(base, payload)
}
