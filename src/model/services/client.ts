import type { z } from 'zod'
import type { clientConfigSchema } from './schemas.ts'
import { type Era } from '../common.ts'

export type ClientConfig = z.infer<typeof clientConfigSchema>

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
