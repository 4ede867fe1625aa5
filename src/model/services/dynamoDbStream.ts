import type { z } from 'zod'
import type { dynamoDbStreamConfigSchema } from './schemas.ts'
import { HOUR_MS, type Era } from '../common.ts'

export type DynamoDbStreamConfig = z.infer<typeof dynamoDbStreamConfigSchema>

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
