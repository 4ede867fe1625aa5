import { z } from 'zod'
import { DAY_MS, HOUR_MS, MINUTE_MS, msRange, nodeBaseShape, type Era } from '../common.ts'

/** An SQS queue: a polled source (§4), a DLQ (§2.4), a redrive target (§4.1) or a destination (§2.2). */
export const sqsConfigSchema = z.strictObject({
  fifo: z.boolean().optional(),
  /** SQS: 0 s – 12 h, default 30 s. */
  visibilityTimeoutMs: msRange(0, 12 * HOUR_MS).optional(),
  /** SQS: 60 s – 14 days, default 4 days. */
  messageRetentionMs: msRange(MINUTE_MS, 14 * DAY_MS).optional(),
})
export type SqsConfig = z.infer<typeof sqsConfigSchema>

export const sqsNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('sqs'),
  config: sqsConfigSchema.optional(),
})

export interface ResolvedSqsConfig {
  fifo: boolean
  visibilityTimeoutMs: number
  messageRetentionMs: number
}

export function resolveSqsConfig(c: SqsConfig | undefined, _era: Era): ResolvedSqsConfig {
  return {
    fifo: c?.fifo ?? false,
    visibilityTimeoutMs: c?.visibilityTimeoutMs ?? 30_000,
    messageRetentionMs: c?.messageRetentionMs ?? 4 * DAY_MS,
  }
}
