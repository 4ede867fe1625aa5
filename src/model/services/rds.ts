import type { z } from 'zod'
import type { rdsConfigSchema } from './schemas.ts'
import { type Era } from '../common.ts'

export type RdsConfig = z.infer<typeof rdsConfigSchema>

export interface ResolvedRdsConfig {
  inboundFrom: readonly string[]
  maxConnections: number | null
}

export function resolveRdsConfig(c: RdsConfig | undefined, _era: Era): ResolvedRdsConfig {
  return { inboundFrom: c?.inboundFrom ?? ['default'], maxConnections: c?.maxConnections ?? null }
}
