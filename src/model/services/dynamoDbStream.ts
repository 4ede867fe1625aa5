import { z } from 'zod'
import { HOUR_MS, nodeBaseShape, type Era } from '../common.ts'

/** §3.1: DynamoDB Streams, polled 4×/s per shard; retention fixed at 24 h. */
export const dynamoDbStreamConfigSchema = z.strictObject({
  shardCount: z.number().int().min(1).max(500).optional(),
  /** §11 StreamViewType: what each record carries (keys only, the new item, the old one, or both). */
  viewType: z.enum(['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES']).optional(),
})
export type DynamoDbStreamConfig = z.infer<typeof dynamoDbStreamConfigSchema>

export const dynamoDbStreamNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('dynamoDbStream'),
  config: dynamoDbStreamConfigSchema.optional(),
})

export interface ResolvedDynamoDbStreamConfig {
  shardCount: number
  retentionMs: number
  viewType: 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES'
}

export function resolveDynamoDbStreamConfig(
  c: DynamoDbStreamConfig | undefined,
  _era: Era,
): ResolvedDynamoDbStreamConfig {
  return { shardCount: c?.shardCount ?? 1, retentionMs: 24 * HOUR_MS, viewType: c?.viewType ?? 'NEW_AND_OLD_IMAGES' }
}
