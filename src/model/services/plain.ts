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
