/**
 * §11 event shapes of the async push sources, in AWS's field names. Each generator is typed with @types/aws-lambda
 * (type-only import), so a field that drifts from AWS's types fails `tsc -b`. What the user wrote overlays them.
 */
import type {
  CloudFormationCustomResourceCreateEvent,
  CloudWatchLogsDecodedData,
  CloudWatchLogsEvent,
  CodeCommitTriggerEvent,
  EventBridgeEvent,
  S3Event,
  SESEvent,
  SNSEvent,
} from 'aws-lambda'
import { isoFromMs } from '../isoTime.ts'
import { bodyText, gzipBase64, hexOf, isPlain, uuidOf } from './encoding.ts'
import type { EventInput } from './types.ts'

const first = (e: EventInput) => e.records[0]
const fnArn = (e: EventInput) => `arn:aws:lambda:${e.region}:${e.functionAccountId}:function:${e.functionId}`

export function s3Event(e: EventInput): S3Event {
  const r = first(e)
  const key = r && isPlain(r.payload) && typeof r.payload['key'] === 'string' ? r.payload['key'] : 'uploads/object.json'
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: e.region,
        eventTime: isoFromMs(r?.createdMs ?? e.atMs),
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: `AWS:${hexOf(`${e.sourceId}/principal`, 20).toUpperCase()}` },
        requestParameters: { sourceIPAddress: '203.0.113.10' },
        responseElements: {
          'x-amz-request-id': hexOf(`${r?.id}/req`, 16).toUpperCase(),
          'x-amz-id-2': hexOf(`${r?.id}/id2`, 40),
        },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: `${e.functionId}-trigger`,
          bucket: {
            name: e.sourceId,
            ownerIdentity: { principalId: hexOf(`${e.sourceAccountId}/owner`, 14).toUpperCase() },
            arn: `arn:aws:s3:::${e.sourceId}`,
          },
          // the key arrives URL-encoded (§11)
          object: {
            key: encodeURIComponent(key).replace(/%2F/g, '/'),
            size: bodyText(r?.payload).length,
            eTag: hexOf(`${r?.id}/etag`, 32),
            sequencer: hexOf(`${r?.id}/seq`, 18).toUpperCase(),
          },
        },
      },
    ],
  }
}

export function snsEvent(e: EventInput): SNSEvent {
  const r = first(e)
  const topicArn = `arn:aws:sns:${e.region}:${e.sourceAccountId}:${e.sourceId}`
  return {
    Records: [
      {
        // SNS capitalises its fields, unlike the other sources (§11)
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: `${topicArn}:${uuidOf(`${e.sourceId}/${e.functionId}/sub`)}`,
        Sns: {
          Type: 'Notification',
          MessageId: uuidOf(`${r?.id}/message`),
          TopicArn: topicArn,
          Subject: 'Lambdascope',
          Message: bodyText(r?.payload),
          Timestamp: isoFromMs(r?.createdMs ?? e.atMs),
          SignatureVersion: '1',
          Signature: 'EXAMPLE',
          SigningCertUrl: `https://sns.${e.region}.amazonaws.com/SimpleNotificationService-EXAMPLE.pem`,
          UnsubscribeUrl: `https://sns.${e.region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${topicArn}`,
          MessageAttributes: {},
        },
      },
    ],
  }
}

export function eventBridgeEvent(e: EventInput): EventBridgeEvent<string, unknown> {
  const r = first(e)
  return {
    version: '0',
    id: uuidOf(`${r?.id}/event`),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: e.sourceAccountId,
    time: isoFromMs(r?.createdMs ?? e.atMs).replace(/\.\d{3}Z$/, 'Z'),
    region: e.region,
    resources: [`arn:aws:events:${e.region}:${e.sourceAccountId}:rule/${e.sourceId}`],
    detail: {},
  }
}

/** The decoded CloudWatch Logs batch; the event carries it gzipped and base64-encoded in `awslogs.data` (§11). */
export function cloudWatchLogsData(e: EventInput): CloudWatchLogsDecodedData {
  return {
    messageType: 'DATA_MESSAGE',
    owner: e.sourceAccountId,
    logGroup: e.sourceId,
    logStream: `${isoFromMs(e.atMs).slice(0, 10).replace(/-/g, '/')}/[$LATEST]${hexOf(`${e.sourceId}/stream`, 32)}`,
    subscriptionFilters: [`${e.functionId}-filter`],
    // a payload already shaped as the (encoded) event carries no readable line: a sample line stands in
    logEvents: e.records.map((r) => ({
      id: `${r.createdMs}${hexOf(r.id, 8)}`,
      timestamp: r.createdMs,
      message: isPlain(r.payload) && 'awslogs' in r.payload ? 'ERROR order A-1 failed' : bodyText(r.payload),
    })),
  }
}

export function cloudWatchLogsEvent(e: EventInput): CloudWatchLogsEvent {
  return { awslogs: { data: gzipBase64(JSON.stringify(cloudWatchLogsData(e))) } }
}

export function cloudFormationEvent(e: EventInput): CloudFormationCustomResourceCreateEvent {
  const stackUuid = uuidOf(`${e.sourceId}/stack`)
  const stackId = `arn:aws:cloudformation:${e.region}:${e.sourceAccountId}:stack/${e.sourceId}/${stackUuid}`
  const requestId = uuidOf(`${first(e)?.id}/cfn`)
  return {
    RequestType: 'Create',
    ServiceToken: fnArn(e),
    ResponseURL:
      `https://cloudformation-custom-resource-response-${e.region.replace(/-/g, '')}.s3.amazonaws.com/` +
      `${encodeURIComponent(stackId)}%7CMyResource%7C${requestId}`,
    StackId: stackId,
    RequestId: requestId,
    LogicalResourceId: 'MyResource',
    ResourceType: 'Custom::Lambdascope',
    ResourceProperties: { ServiceToken: fnArn(e) },
  }
}

export function sesEvent(e: EventInput): SESEvent {
  const r = first(e)
  const time = isoFromMs(r?.createdMs ?? e.atMs)
  const messageId = hexOf(`${r?.id}/mail`, 32)
  const verdict = { status: 'PASS' as const }
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp: time,
            source: 'sender@example.com',
            messageId,
            destination: ['inbox@example.com'],
            headersTruncated: false,
            headers: [{ name: 'Subject', value: 'Hello' }],
            commonHeaders: {
              returnPath: 'sender@example.com',
              from: ['sender@example.com'],
              date: time,
              to: ['inbox@example.com'],
              messageId,
              subject: 'Hello',
            },
          },
          receipt: {
            timestamp: time,
            processingTimeMillis: 120,
            recipients: ['inbox@example.com'],
            spamVerdict: verdict,
            virusVerdict: verdict,
            spfVerdict: verdict,
            dkimVerdict: verdict,
            dmarcVerdict: verdict,
            action: { type: 'Lambda', functionArn: fnArn(e), invocationType: 'Event' },
          },
        },
      },
    ],
  }
}

export function codeCommitEvent(e: EventInput): CodeCommitTriggerEvent {
  const r = first(e)
  return {
    Records: [
      {
        awsRegion: e.region,
        codecommit: { references: [{ commit: hexOf(`${r?.id}/commit`, 40), ref: 'refs/heads/main' }] },
        customData: 'Lambdascope',
        eventId: uuidOf(`${r?.id}/cc`),
        eventName: 'ReferenceChanges',
        eventPartNumber: 1,
        eventSource: 'aws:codecommit',
        eventSourceARN: `arn:aws:codecommit:${e.region}:${e.sourceAccountId}:${e.sourceId}`,
        eventTime: isoFromMs(r?.createdMs ?? e.atMs).replace('Z', '+0000'),
        eventTotalParts: 1,
        eventTriggerConfigId: uuidOf(`${e.sourceId}/trigger`),
        eventTriggerName: `${e.functionId}-trigger`,
        eventVersion: '1.0',
        userIdentityARN: `arn:aws:iam::${e.sourceAccountId}:user/developer`,
      },
    ],
  }
}

/** AWS Config custom rule (no @types/aws-lambda type): `invokingEvent` and `ruleParameters` are JSON strings (§11). */
export function configEvent(e: EventInput): Record<string, unknown> {
  const r = first(e)
  const ruleName = e.sourceId
  return {
    version: '1.0',
    invokingEvent: JSON.stringify({
      configurationItem: {
        resourceType: 'AWS::EC2::Instance',
        resourceId: 'i-0123456789abcdef0',
        configurationItemCaptureTime: isoFromMs(r?.createdMs ?? e.atMs),
        configurationItemStatus: 'OK',
      },
      notificationCreationTime: isoFromMs(e.atMs),
      messageType: 'ConfigurationItemChangeNotification',
      recordVersion: '1.3',
    }),
    ruleParameters: '{}',
    resultToken: hexOf(`${r?.id}/token`, 64),
    eventLeftScope: false,
    executionRoleArn: `arn:aws:iam::${e.sourceAccountId}:role/config-role`,
    configRuleArn: `arn:aws:config:${e.region}:${e.sourceAccountId}:config-rule/config-rule-${hexOf(ruleName, 6)}`,
    configRuleName: ruleName,
    configRuleId: `config-rule-${hexOf(ruleName, 6)}`,
    accountId: e.sourceAccountId,
  }
}
