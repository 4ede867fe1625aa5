import { z } from 'zod'
import { nodeBaseShape } from '../common.ts'

/**
 * Service kinds that carry no configuration in Lambdascope: their behaviour is fixed by AWS (§1.2) and by how they
 * are wired (edge roles). Kept in one file because each would be three identical lines.
 */
export const PLAIN_NODE_TYPES = [
  'cognito',
  'lex',
  'alexa',
  's3',
  'sns',
  'eventBridge',
  'cloudWatchLogs',
  'cloudFormation',
  'codeCommit',
  'config',
  'dynamoDbTable',
] as const
export type PlainNodeType = (typeof PLAIN_NODE_TYPES)[number]

const emptyConfig = z.strictObject({})

function plainNode<T extends PlainNodeType>(type: T) {
  return z.strictObject({ ...nodeBaseShape, type: z.literal(type), config: emptyConfig.optional() })
}

export const plainNodeSchemas = [
  plainNode('cognito'),
  plainNode('lex'),
  plainNode('alexa'),
  plainNode('s3'),
  plainNode('sns'),
  plainNode('eventBridge'),
  plainNode('cloudWatchLogs'),
  plainNode('cloudFormation'),
  plainNode('codeCommit'),
  plainNode('config'),
  plainNode('dynamoDbTable'),
] as const

export const PLAIN_DESCRIPTIONS: Record<PlainNodeType, string> = {
  cognito: 'Amazon Cognito user-pool trigger: calls the function synchronously.',
  lex: 'Amazon Lex code hook: calls the function synchronously.',
  alexa: 'Alexa Skills Kit: calls the function synchronously.',
  s3: 'Amazon S3: event notifications invoke asynchronously; also an on-failure destination (current era).',
  sns: 'Amazon SNS: invokes subscribers asynchronously; also a DLQ or destination target.',
  eventBridge: 'Amazon EventBridge (CloudWatch Events): rules and schedules invoke asynchronously; also a destination.',
  cloudWatchLogs: 'CloudWatch Logs subscription: invokes asynchronously.',
  cloudFormation: 'CloudFormation custom resource: async today, sync in the 2018 guide (§1.2).',
  codeCommit: 'AWS CodeCommit trigger: invokes asynchronously.',
  config: 'AWS Config custom rule: invokes asynchronously.',
  dynamoDbTable: 'A DynamoDB table the function reads or writes (an access edge).',
}
