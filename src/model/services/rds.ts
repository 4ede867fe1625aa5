import { z } from 'zod'
import { nodeBaseShape, type Era } from '../common.ts'

/** §7.5: a database in a VPC; its security group must allow the function's group inbound. */
export const rdsConfigSchema = z.strictObject({
  inboundFrom: z.array(z.string().min(1)).optional(),
  maxConnections: z.number().int().min(1).max(100_000).optional(),
})
export type RdsConfig = z.infer<typeof rdsConfigSchema>

export const rdsNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('rds'),
  config: rdsConfigSchema.optional(),
})

export interface ResolvedRdsConfig {
  inboundFrom: readonly string[]
  maxConnections: number | null
}

export function resolveRdsConfig(c: RdsConfig | undefined, _era: Era): ResolvedRdsConfig {
  return { inboundFrom: c?.inboundFrom ?? ['default'], maxConnections: c?.maxConnections ?? null }
}
