import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  CloudWatchLogsDecodedData,
  DynamoDBStreamEvent,
  KinesisStreamEvent,
  S3Event,
  SNSEvent,
  SQSEvent,
} from 'aws-lambda'
import { gunzipSync, strFromU8 } from 'fflate'
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  cloudFormationEvent,
  cloudWatchLogsEvent,
  codeCommitEvent,
  eventBridgeEvent,
  s3Event,
  sesEvent,
  snsEvent,
} from './asyncSources.ts'
import { handlerEvent, type EventInput } from './index.ts'
import { dynamoDbStreamEvent, kinesisEvent, sqsEvent } from './polledSources.ts'
import { apiGatewayV1Event, apiGatewayV2Event, cognitoEvent, lexEvent } from './syncSources.ts'

const input = (
  sourceType: string,
  payload: unknown = { orderId: 'A-1' },
  extra: Partial<EventInput> = {},
): EventInput => ({
  sourceId: 'src',
  sourceType,
  sourceAccountId: '210987654321',
  functionId: 'fn',
  functionAccountId: '123456789012',
  region: 'eu-west-1',
  atMs: 5_000,
  requestId: 'req-1',
  records: [{ id: 'e1', payload, key: 'k1', createdMs: 4_000 }],
  ...extra,
})
const fromB64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0))

describe('§11 generators are typed against @types/aws-lambda (a drift fails tsc -b)', () => {
  it('returns the AWS types', () => {
    expectTypeOf(s3Event).returns.toEqualTypeOf<S3Event>()
    expectTypeOf(snsEvent).returns.toEqualTypeOf<SNSEvent>()
    expectTypeOf(kinesisEvent).returns.toEqualTypeOf<KinesisStreamEvent>()
    expectTypeOf(dynamoDbStreamEvent).returns.toEqualTypeOf<DynamoDBStreamEvent>()
    expectTypeOf(sqsEvent).returns.toEqualTypeOf<SQSEvent>()
    expectTypeOf(apiGatewayV1Event).returns.toEqualTypeOf<APIGatewayProxyEvent>()
    expectTypeOf(apiGatewayV2Event).returns.toEqualTypeOf<APIGatewayProxyEventV2>()
  })
})

describe('§11 push sources', () => {
  it('S3: Records with aws:s3, the bucket and a URL-encoded key; what the user wrote overlays it', () => {
    const e = handlerEvent(input('s3', { Records: [{ s3: { object: { key: 'a b.jpg' } } }] })) as S3Event
    expect(e.Records[0]).toMatchObject({
      eventSource: 'aws:s3',
      awsRegion: 'eu-west-1',
      eventName: 'ObjectCreated:Put',
      s3: { bucket: { name: 'src', arn: 'arn:aws:s3:::src' } },
    })
    expect(e.Records[0]!.s3.object.key).toBe('a b.jpg')
    expect(s3Event(input('s3', { key: 'a b.jpg' })).Records[0]!.s3.object.key).toBe('a%20b.jpg')
  })
  it('SNS: capitalised EventSource, the message as a string', () => {
    const r = snsEvent(input('sns')).Records[0]!
    expect(r.EventSource).toBe('aws:sns')
    expect(r.Sns.Message).toBe('{"orderId":"A-1"}')
    expect(r.Sns.TopicArn).toBe('arn:aws:sns:eu-west-1:210987654321:src')
  })
  it('EventBridge: detail-type, source, account', () => {
    expect(eventBridgeEvent(input('eventBridge'))).toMatchObject({
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: '210987654321',
      time: '1970-01-01T00:00:04Z',
    })
  })
  it('CloudWatch Logs: awslogs.data is base64 of gzip of the batch, and the same every time', () => {
    const e = cloudWatchLogsEvent(input('cloudWatchLogs', 'ERROR boom'))
    const decoded = JSON.parse(strFromU8(gunzipSync(fromB64(e.awslogs.data)))) as CloudWatchLogsDecodedData
    expect(decoded).toMatchObject({
      messageType: 'DATA_MESSAGE',
      owner: '210987654321',
      logGroup: 'src',
      logEvents: [{ timestamp: 4000, message: 'ERROR boom' }],
    })
    expect(cloudWatchLogsEvent(input('cloudWatchLogs', 'ERROR boom')).awslogs.data).toBe(e.awslogs.data)
  })
  it('CloudFormation: a Create request with ResponseURL and the function as ServiceToken', () => {
    expect(cloudFormationEvent(input('cloudFormation'))).toMatchObject({
      RequestType: 'Create',
      ServiceToken: 'arn:aws:lambda:eu-west-1:123456789012:function:fn',
      ResourceType: 'Custom::Lambdascope',
    })
  })
  it('SES, CodeCommit, Config', () => {
    expect(sesEvent(input('ses')).Records[0]!.ses.receipt.action).toMatchObject({
      type: 'Lambda',
      invocationType: 'Event',
    })
    expect(codeCommitEvent(input('codeCommit')).Records[0]).toMatchObject({
      eventSource: 'aws:codecommit',
      eventSourceARN: 'arn:aws:codecommit:eu-west-1:210987654321:src',
    })
    const config = handlerEvent(input('config', null)) as Record<string, unknown>
    expect(typeof config['invokingEvent']).toBe('string')
    expect(JSON.parse(config['invokingEvent'] as string)).toMatchObject({
      messageType: 'ConfigurationItemChangeNotification',
    })
  })
  it('API Gateway v1 and v2 (§5.2 payload formats)', () => {
    const v1 = handlerEvent(input('apiGateway', 'hello', { apiPayloadFormat: '1.0' })) as APIGatewayProxyEvent
    expect(v1).toMatchObject({
      httpMethod: 'POST',
      body: 'hello',
      isBase64Encoded: false,
      requestContext: { accountId: '210987654321', stage: 'prod' },
    })
    expect(v1.multiValueHeaders['content-type']).toEqual(['application/json'])
    const v2 = handlerEvent(input('apiGateway', 'hello', { apiPayloadFormat: '2.0' })) as APIGatewayProxyEventV2
    expect(v2).toMatchObject({ version: '2.0', routeKey: 'POST /orders', rawPath: '/orders', body: 'hello' })
    expect('multiValueHeaders' in v2).toBe(false)
  })
  it('Cognito, Lex, Alexa', () => {
    expect(cognitoEvent(input('cognito'))).toMatchObject({ triggerSource: 'PreSignUp_SignUp', region: 'eu-west-1' })
    expect(lexEvent(input('lex'))).toMatchObject({ invocationSource: 'FulfillmentCodeHook', bot: { name: 'src' } })
    expect(handlerEvent(input('alexa'))).toMatchObject({ version: '1.0', request: { type: 'LaunchRequest' } })
  })
  it('a direct client sends its payload as the event', () => {
    expect(handlerEvent(input('client', { a: 1 }))).toEqual({ a: 1 })
  })
})

describe('§11 polled sources', () => {
  it('Kinesis: data is base64 of the record, eventID names the shard', () => {
    const r = kinesisEvent(input('kinesis', { orderId: 'A-1' }, { shardId: 'shardId-000000000001' })).Records[0]!
    expect(new TextDecoder().decode(fromB64(r.kinesis.data))).toBe('{"orderId":"A-1"}')
    expect(r.kinesis.partitionKey).toBe('k1')
    expect(r.eventID.startsWith('shardId-000000000001:')).toBe(true)
    expect(r.kinesis.approximateArrivalTimestamp).toBe(4)
  })
  it('DynamoDB Streams: typed attributes; the view type decides which images travel', () => {
    const change = {
      Keys: { pk: { S: 'o#1' } },
      OldImage: { pk: { S: 'o#1' }, n: { N: '1' } },
      NewImage: { pk: { S: 'o#1' }, n: { N: '2' } },
    }
    const both = dynamoDbStreamEvent(input('dynamoDbStream', change, { streamViewType: 'NEW_AND_OLD_IMAGES' }))
      .Records[0]!
    expect(both.eventName).toBe('MODIFY')
    expect(both.dynamodb).toMatchObject({
      OldImage: change.OldImage,
      NewImage: change.NewImage,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    })
    const keys = dynamoDbStreamEvent(input('dynamoDbStream', change, { streamViewType: 'KEYS_ONLY' })).Records[0]!
      .dynamodb!
    expect(keys.NewImage).toBeUndefined()
    expect(keys.OldImage).toBeUndefined()
    const plain = dynamoDbStreamEvent(input('dynamoDbStream', { orderId: 'A-1', total: 12.5, paid: true })).Records[0]!
    expect(plain.eventName).toBe('INSERT')
    expect(plain.dynamodb!.NewImage).toEqual({ orderId: { S: 'A-1' }, total: { N: '12.5' }, paid: { BOOL: true } })
  })
  it('SQS: the body as a string, attributes with the receive count', () => {
    const r = sqsEvent(
      input(
        'sqs',
        { orderId: 'A-1' },
        { records: [{ id: 'e1', payload: { orderId: 'A-1' }, key: null, createdMs: 4000, receiveCount: 3 }] },
      ),
    ).Records[0]!
    expect(r).toMatchObject({
      body: '{"orderId":"A-1"}',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-west-1:210987654321:src',
    })
    expect(r.attributes.ApproximateReceiveCount).toBe('3')
    expect(r.attributes.SentTimestamp).toBe('4000')
  })
})

it('is deterministic: the same input gives the same JSON', () => {
  for (const type of [
    's3',
    'sns',
    'eventBridge',
    'cloudWatchLogs',
    'cloudFormation',
    'ses',
    'codeCommit',
    'config',
    'apiGateway',
    'cognito',
    'lex',
    'alexa',
    'kinesis',
    'dynamoDbStream',
    'sqs',
  ])
    expect(JSON.stringify(handlerEvent(input(type)))).toBe(JSON.stringify(handlerEvent(input(type))))
})
