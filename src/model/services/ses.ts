import { z } from 'zod'
import { nodeBaseShape, type Era } from '../common.ts'

/** §1.2: an SES receipt rule's Lambda action; Event (async) by default, RequestResponse (sync, 30 s) for mail flow. */
export const sesConfigSchema = z.strictObject({
  invocationType: z.enum(['Event', 'RequestResponse']).optional(),
})
export type SesConfig = z.infer<typeof sesConfigSchema>

export const sesNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('ses'),
  config: sesConfigSchema.optional(),
})

export interface ResolvedSesConfig {
  invocationType: 'Event' | 'RequestResponse'
}

export function resolveSesConfig(c: SesConfig | undefined, _era: Era): ResolvedSesConfig {
  return { invocationType: c?.invocationType ?? 'Event' }
}

/** §1.2: SES RequestResponse has a 30 s timeout. */
export const SES_SYNC_TIMEOUT_MS = 30_000
