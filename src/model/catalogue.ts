import type { Era } from './common.ts'
import type { NodeType } from './services/index.ts'

/**
 * How a node type relates to Lambda (§1.2): it calls synchronously, asynchronously, is polled by an event source
 * mapping, is the compute itself, or is network/data/grouping. `target` lists the roles it can receive as an edge's
 * `to` end besides being invoked (DLQ, destinations).
 */
export type InvocationStyle = 'sync' | 'async' | 'polled' | 'compute' | 'target' | 'network' | 'data' | 'group'

export interface NodeTypeInfo {
  type: NodeType
  style: InvocationStyle
  /** Can receive a function's DLQ messages (§2.4: SQS queue or SNS topic). */
  dlqTarget: boolean
  /** Can be an async destination (§2.2): SQS, SNS, Lambda, EventBridge; S3 on-failure only. */
  destination: 'both' | 'onFailureOnly' | 'no'
  /** Can be a stream ESM's on-failure destination (§3.2: SQS, SNS, S3). */
  streamFailureTarget: boolean
  /** Group node that others may name as `parentId`. */
  group: boolean
}

const info = (
  type: NodeType,
  style: InvocationStyle,
  extra: Partial<Omit<NodeTypeInfo, 'type' | 'style'>> = {},
): NodeTypeInfo => ({
  type,
  style,
  dlqTarget: extra.dlqTarget ?? false,
  destination: extra.destination ?? 'no',
  streamFailureTarget: extra.streamFailureTarget ?? false,
  group: extra.group ?? false,
})

/** The static node-type catalogue (a module constant; the canvas palette reads it). */
export const NODE_TYPES: readonly NodeTypeInfo[] = [
  info('apiGateway', 'sync'),
  info('client', 'sync'),
  info('cognito', 'sync'),
  info('lex', 'sync'),
  info('alexa', 'sync'),
  info('s3', 'async', { destination: 'onFailureOnly', streamFailureTarget: true }),
  info('sns', 'async', { dlqTarget: true, destination: 'both', streamFailureTarget: true }),
  info('eventBridge', 'async', { destination: 'both' }),
  info('cloudWatchLogs', 'async'),
  info('cloudFormation', 'async'),
  info('ses', 'async'),
  info('codeCommit', 'async'),
  info('config', 'async'),
  info('kinesis', 'polled'),
  info('dynamoDbStream', 'polled'),
  info('sqs', 'polled', { dlqTarget: true, destination: 'both', streamFailureTarget: true }),
  info('lambda', 'compute', { destination: 'both' }),
  info('vpc', 'network', { group: true }),
  info('account', 'group', { group: true }),
  info('rds', 'data'),
  info('elastiCache', 'data'),
  info('dynamoDbTable', 'data'),
]

const BY_TYPE = new Map<NodeType, NodeTypeInfo>(NODE_TYPES.map((i) => [i.type, i]))

export function nodeTypeInfo(type: NodeType): NodeTypeInfo {
  const found = BY_TYPE.get(type)
  if (!found) throw new Error(`unknown node type ${type}`) // unreachable: NodeType is closed
  return found
}

/**
 * The invocation style a source uses in an era. CloudFormation custom resources were sync in the 2018 guide and async
 * today (§1.2 [OLD≠NEW]); SES and a direct client depend on their configured invocation type.
 */
export function invocationStyle(
  type: NodeType,
  era: Era,
  invocationType?: 'Event' | 'RequestResponse',
): InvocationStyle {
  if (type === 'cloudFormation') return era === '2018' ? 'sync' : 'async'
  if (type === 'ses' || type === 'client') {
    if (invocationType === undefined) return type === 'ses' ? 'async' : 'sync'
    return invocationType === 'Event' ? 'async' : 'sync'
  }
  return nodeTypeInfo(type).style
}

/** Is this type a push source (it invokes the function itself, sync or async)? */
export function isPushSource(type: NodeType): boolean {
  const s = nodeTypeInfo(type).style
  return s === 'sync' || s === 'async'
}

export function isPolledSource(type: NodeType): boolean {
  return nodeTypeInfo(type).style === 'polled'
}
