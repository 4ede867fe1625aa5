import { z } from 'zod'
import { nodeBaseShape, type Era } from '../common.ts'

/** §7.2–7.3: a VPC group node. Functions, RDS and ElastiCache inside it (via parentId) are attached to it. */
export const vpcConfigSchema = z.strictObject({
  /** A NAT gateway route: without it, calls to the internet hang until the function times out (G33). */
  nat: z.boolean().optional(),
  subnetCount: z.number().int().min(1).max(16).optional(),
  /**
   * Free IP addresses across the function's subnets. Default 8,182 = two /20 subnets (4,091 usable each, after AWS's
   * 5 reserved addresses) — our choice, the brief left it open. 2018 era: each ENI takes one IP (§7.2).
   */
  freeIpCount: z.number().int().min(0).max(1_000_000).optional(),
  /** §7.3: 250 ENIs per VPC by default, shared with other services. */
  eniLimit: z.number().int().min(0).max(100_000).optional(),
  /** Gateway endpoints (S3, DynamoDB): how a VPC function reaches those services without NAT (§7.3). */
  gatewayEndpoints: z.array(z.enum(['s3', 'dynamodb'])).optional(),
})
export type VpcConfig = z.infer<typeof vpcConfigSchema>

export const vpcNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('vpc'),
  config: vpcConfigSchema.optional(),
})

export interface ResolvedVpcConfig {
  nat: boolean
  subnetCount: number
  freeIpCount: number
  eniLimit: number
  gatewayEndpoints: readonly ('s3' | 'dynamodb')[]
}

export function resolveVpcConfig(c: VpcConfig | undefined, _era: Era): ResolvedVpcConfig {
  const subnetCount = c?.subnetCount ?? 2
  return {
    nat: c?.nat ?? false,
    subnetCount,
    freeIpCount: c?.freeIpCount ?? subnetCount * 4091,
    eniLimit: c?.eniLimit ?? 250,
    gatewayEndpoints: c?.gatewayEndpoints ?? [],
  }
}
