import type { z } from 'zod'
import type { sqsConfigSchema } from './schemas.ts'
import { DAY_MS, type Era } from '../common.ts'

export type SqsConfig = z.infer<typeof sqsConfigSchema>

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
