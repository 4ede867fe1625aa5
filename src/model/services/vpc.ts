import type { z } from 'zod'
import type { vpcConfigSchema } from './schemas.ts'
import { type Era } from '../common.ts'

export type VpcConfig = z.infer<typeof vpcConfigSchema>

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
