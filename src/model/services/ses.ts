import type { z } from 'zod'
import type { sesConfigSchema } from './schemas.ts'
import { type Era } from '../common.ts'

export type SesConfig = z.infer<typeof sesConfigSchema>

export interface ResolvedSesConfig {
  invocationType: 'Event' | 'RequestResponse'
}

export function resolveSesConfig(c: SesConfig | undefined, _era: Era): ResolvedSesConfig {
  return { invocationType: c?.invocationType ?? 'Event' }
}

/** §1.2: SES RequestResponse has a 30 s timeout. */
export const SES_SYNC_TIMEOUT_MS = 30_000
