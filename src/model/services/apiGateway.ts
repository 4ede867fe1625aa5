import { z } from 'zod'
import { msRange, nodeBaseShape, type Era } from '../common.ts'

/** §5.2: REST proxy (payload 1.0) or HTTP API (payload 2.0 by default). */
export const apiGatewayConfigSchema = z.strictObject({
  api: z.enum(['rest', 'http']).optional(),
  payloadFormat: z.enum(['1.0', '2.0']).optional(),
  /** REST 50–29,000 ms (default 29 s); HTTP API 50–30,000 ms, default 30 s (§16, v2 Integration.TimeoutInMillis). */
  integrationTimeoutMs: msRange(50, 30_000).optional(),
})
export type ApiGatewayConfig = z.infer<typeof apiGatewayConfigSchema>

export const apiGatewayNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('apiGateway'),
  config: apiGatewayConfigSchema.optional(),
})

export interface ResolvedApiGatewayConfig {
  api: 'rest' | 'http'
  payloadFormat: '1.0' | '2.0'
  integrationTimeoutMs: number
}

export function resolveApiGatewayConfig(c: ApiGatewayConfig | undefined, _era: Era): ResolvedApiGatewayConfig {
  const api = c?.api ?? 'rest'
  return {
    api,
    payloadFormat: c?.payloadFormat ?? (api === 'rest' ? '1.0' : '2.0'),
    // §5.2 REST: default 29 s; §16 HTTP API: default (and maximum) 30 s.
    integrationTimeoutMs: c?.integrationTimeoutMs ?? (api === 'rest' ? 29_000 : 30_000),
  }
}
