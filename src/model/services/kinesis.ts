import type { z } from 'zod'
import type { kinesisConfigSchema } from './schemas.ts'
import { DAY_MS, HOUR_MS, type Era } from '../common.ts'

export type KinesisConfig = z.infer<typeof kinesisConfigSchema>

export interface ResolvedKinesisConfig {
  shardCount: number
  retentionMs: number
}

export function resolveKinesisConfig(c: KinesisConfig | undefined, _era: Era): ResolvedKinesisConfig {
  return { shardCount: c?.shardCount ?? 1, retentionMs: c?.retentionMs ?? 24 * HOUR_MS }
}

export const KINESIS_MAX_RETENTION_2018_MS = 7 * DAY_MS
