import { z } from 'zod'
import { msRange, nodeBaseShape, type Era } from '../common.ts'

/**
 * A direct `Invoke` caller (§1.1). Its optional retry policy is SDK-style: it retries throttles (429) and other
 * invocation errors, never function errors (§5.1).
 */
export const clientConfigSchema = z.strictObject({
  invocationType: z.enum(['RequestResponse', 'Event']).optional(),
  retry: z
    .strictObject({
      maxAttempts: z.number().int().min(0).max(10),
      baseDelayMs: msRange(0, 60_000).optional(),
    })
    .optional(),
})
export type ClientConfig = z.infer<typeof clientConfigSchema>

export const clientNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('client'),
  config: clientConfigSchema.optional(),
})

export interface ResolvedClientConfig {
  invocationType: 'RequestResponse' | 'Event'
  /** Retries after the first attempt (0 = none). */
  maxRetries: number
  baseDelayMs: number
}

export function resolveClientConfig(c: ClientConfig | undefined, _era: Era): ResolvedClientConfig {
  return {
    invocationType: c?.invocationType ?? 'RequestResponse',
    maxRetries: c?.retry?.maxAttempts ?? 0,
    baseDelayMs: c?.retry?.baseDelayMs ?? 100,
  }
}
