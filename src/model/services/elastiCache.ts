import { z } from 'zod'
import { nodeBaseShape, type Era } from '../common.ts'

/** §7.5: a cache cluster in a VPC; its security group must allow the function's group inbound. */
export const elastiCacheConfigSchema = z.strictObject({
  inboundFrom: z.array(z.string().min(1)).optional(),
})
export type ElastiCacheConfig = z.infer<typeof elastiCacheConfigSchema>

export const elastiCacheNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('elastiCache'),
  config: elastiCacheConfigSchema.optional(),
})

export interface ResolvedElastiCacheConfig {
  inboundFrom: readonly string[]
}

export function resolveElastiCacheConfig(c: ElastiCacheConfig | undefined, _era: Era): ResolvedElastiCacheConfig {
  return { inboundFrom: c?.inboundFrom ?? ['default'] }
}
