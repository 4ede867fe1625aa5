import type { z } from 'zod'
import type { elastiCacheConfigSchema } from './schemas.ts'
import { type Era } from '../common.ts'

export type ElastiCacheConfig = z.infer<typeof elastiCacheConfigSchema>

export interface ResolvedElastiCacheConfig {
  inboundFrom: readonly string[]
}

export function resolveElastiCacheConfig(c: ElastiCacheConfig | undefined, _era: Era): ResolvedElastiCacheConfig {
  return { inboundFrom: c?.inboundFrom ?? ['default'] }
}
