import { z } from 'zod'
import { DAY_MS, HOUR_MS, msRange, nodeBaseShape, type Era } from '../common.ts'

/** §3.1: Kinesis retention 24 h default; max 365 days today, 7 days (168 h) in 2018 (era-checked). */
export const kinesisConfigSchema = z.strictObject({
  shardCount: z.number().int().min(1).max(500).optional(),
  retentionMs: msRange(24 * HOUR_MS, 365 * DAY_MS).optional(),
})
export type KinesisConfig = z.infer<typeof kinesisConfigSchema>

export const kinesisNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('kinesis'),
  config: kinesisConfigSchema.optional(),
})

export interface ResolvedKinesisConfig {
  shardCount: number
  retentionMs: number
}

export function resolveKinesisConfig(c: KinesisConfig | undefined, _era: Era): ResolvedKinesisConfig {
  return { shardCount: c?.shardCount ?? 1, retentionMs: c?.retentionMs ?? 24 * HOUR_MS }
}

export const KINESIS_MAX_RETENTION_2018_MS = 7 * DAY_MS
