import type { NodeType } from '../model'

export type PaletteGroupId = 'sync' | 'async' | 'polled' | 'compute' | 'targets' | 'network'
export type TargetType = 'sqs' | 'sns' | 'eventBridge' | 'lambda' | 's3'

/**
 * The palette, grouped by how Lambda is invoked (§1.2). The same type may appear twice (SQS is polled and a target).
 */
export const PALETTE_GROUPS: readonly { id: PaletteGroupId; types: readonly NodeType[] }[] = [
  { id: 'sync', types: ['apiGateway', 'cognito', 'lex', 'alexa', 'client'] },
  {
    id: 'async',
    types: ['s3', 'sns', 'eventBridge', 'cloudWatchLogs', 'cloudFormation', 'ses', 'codeCommit', 'config'],
  },
  { id: 'polled', types: ['kinesis', 'dynamoDbStream', 'sqs'] },
  { id: 'compute', types: ['lambda'] },
  { id: 'targets', types: ['sqs', 'sns', 'eventBridge', 'lambda', 's3'] satisfies TargetType[] },
  { id: 'network', types: ['vpc', 'rds', 'elastiCache', 'dynamoDbTable', 'account'] },
]

/** The drag payload type for palette items. */
export const PALETTE_MIME = 'application/x-lambdascope-node'
