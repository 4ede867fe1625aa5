/**
 * A sensible first payload for traffic entering a node, shaped like the event AWS hands the function (trimmed to the
 * fields people read). Push sources get the whole event; queues and streams get the message body / record data, since
 * the engine wraps those in the SQS / Kinesis / DynamoDB Streams record itself. Shapes are checked against
 * @types/aws-lambda at compile time (`satisfies Shape<…>`), so a typo in a field name does not build.
 */
import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  CloudFormationCustomResourceCreateEvent,
  CloudWatchLogsEvent,
  CodeCommitTriggerEvent,
  PreSignUpTriggerEvent,
  DynamoDBRecord,
  EventBridgeEvent,
  LexEvent,
  S3Event,
  SESEvent,
  SNSEvent,
} from 'aws-lambda'
import type { Era } from './common.ts'
import { resolveApiGatewayConfig } from './services/apiGateway.ts'
import type { ScenarioNode } from './services/index.ts'

/** Every field optional, at every depth: a trimmed event must still use AWS's field names and value types. */
export type Shape<T> = T extends readonly (infer U)[]
  ? readonly Shape<U>[]
  : T extends object
    ? { [K in keyof T]?: Shape<T[K]> }
    : T

const TIME = '2026-01-05T09:00:00.000Z'
const REGION = 'us-east-1'

const s3 = {
  Records: [
    {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: REGION,
      eventTime: TIME,
      eventName: 'ObjectCreated:Put',
      s3: { bucket: { name: 'uploads', arn: 'arn:aws:s3:::uploads' }, object: { key: 'cat.jpg', size: 1024 } },
    },
  ],
} satisfies Shape<S3Event>

const sns = {
  Records: [
    {
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      Sns: {
        Type: 'Notification',
        TopicArn: `arn:aws:sns:${REGION}:123456789012:orders`,
        Subject: 'order placed',
        Message: '{"orderId":"A-1"}',
        Timestamp: TIME,
      },
    },
  ],
} satisfies Shape<SNSEvent>

const eventBridge = {
  version: '0',
  'detail-type': 'Order Placed',
  source: 'com.example.orders',
  account: '123456789012',
  time: TIME,
  region: REGION,
  resources: [],
  detail: { orderId: 'A-1' },
} satisfies Shape<EventBridgeEvent<string, { orderId: string }>>

const cloudWatchLogs = { awslogs: { data: 'H4sIAAAAAAAA…' } } satisfies Shape<CloudWatchLogsEvent>

const cloudFormation = {
  RequestType: 'Create',
  ResponseURL: 'https://cloudformation-custom-resource-response.example/…',
  StackId: `arn:aws:cloudformation:${REGION}:123456789012:stack/demo/1`,
  RequestId: 'request-1',
  LogicalResourceId: 'MyResource',
  ResourceType: 'Custom::Demo',
  ResourceProperties: { ServiceToken: `arn:aws:lambda:${REGION}:123456789012:function:handler` },
} satisfies Shape<CloudFormationCustomResourceCreateEvent>

const ses = {
  Records: [
    {
      eventSource: 'aws:ses',
      eventVersion: '1.0',
      ses: {
        mail: {
          source: 'sender@example.com',
          destination: ['inbox@example.com'],
          messageId: 'message-1',
          commonHeaders: { subject: 'Hello' },
        },
      },
    },
  ],
} satisfies Shape<SESEvent>

const codeCommit = {
  Records: [
    {
      eventSource: 'aws:codecommit',
      eventName: 'ReferenceChanges',
      awsRegion: REGION,
      codecommit: { references: [{ commit: '5e493c6f3067653f3d04eca608b4901eb227078', ref: 'refs/heads/main' }] },
    },
  ],
} satisfies Shape<CodeCommitTriggerEvent>

const cognito = {
  version: '1',
  triggerSource: 'PreSignUp_SignUp',
  region: REGION,
  userPoolId: `${REGION}_example`,
  userName: 'alice',
  request: { userAttributes: { email: 'alice@example.com' } },
  response: {},
} satisfies Shape<PreSignUpTriggerEvent>

const lex = {
  currentIntent: { name: 'OrderFlowers', slots: { FlowerType: 'roses' }, confirmationStatus: 'None' },
  invocationSource: 'FulfillmentCodeHook',
  inputTranscript: 'I would like roses',
  sessionAttributes: {},
} satisfies Shape<LexEvent>

/** Alexa Skills Kit request envelope (no @types/aws-lambda type). */
const alexa = { version: '1.0', request: { type: 'LaunchRequest', requestId: 'request-1', locale: 'en-US' } }

const apiRest = {
  httpMethod: 'POST',
  path: '/orders',
  resource: '/orders',
  headers: { 'content-type': 'application/json' },
  body: '{"orderId":"A-1"}',
  isBase64Encoded: false,
} satisfies Shape<APIGatewayProxyEvent>

const apiHttp = {
  version: '2.0',
  routeKey: 'POST /orders',
  rawPath: '/orders',
  headers: { 'content-type': 'application/json' },
  requestContext: { http: { method: 'POST', path: '/orders' } },
  body: '{"orderId":"A-1"}',
  isBase64Encoded: false,
} satisfies Shape<APIGatewayProxyEventV2>

/**
 * DynamoDB Streams record data: the `dynamodb` part of the record (the engine adds eventName, ids, sequence numbers).
 */
const dynamoDbChange = {
  Keys: { pk: { S: 'order#A-1' } },
  NewImage: { pk: { S: 'order#A-1' }, status: { S: 'placed' } },
  StreamViewType: 'NEW_IMAGE',
} satisfies Shape<NonNullable<DynamoDBRecord['dynamodb']>>

/** The message body a queue or a stream carries, and what a direct caller sends. */
const body = { orderId: 'A-1' }

/** The default payload for traffic entering `node`; null for nodes events cannot start at. */
export function defaultPayload(node: ScenarioNode, era: Era): unknown {
  switch (node.type) {
    case 's3':
      return s3
    case 'sns':
      return sns
    case 'eventBridge':
      return eventBridge
    case 'cloudWatchLogs':
      return cloudWatchLogs
    case 'cloudFormation':
      return cloudFormation
    case 'ses':
      return ses
    case 'codeCommit':
      return codeCommit
    case 'config':
      return {
        configRuleName: 'required-tags',
        invokingEvent: '{"messageType":"ConfigurationItemChangeNotification"}',
        ruleParameters: '{}',
        accountId: '123456789012',
      }
    case 'cognito':
      return cognito
    case 'lex':
      return lex
    case 'alexa':
      return alexa
    case 'apiGateway':
      return resolveApiGatewayConfig(node.config, era).payloadFormat === '2.0' ? apiHttp : apiRest
    case 'dynamoDbStream':
      return dynamoDbChange
    case 'kinesis':
    case 'sqs':
    case 'client':
      return body
    default:
      return null
  }
}
