import type { z } from 'zod'
import type { apiGatewayConfigSchema } from './schemas.ts'
import { type Era } from '../common.ts'

export type ApiGatewayConfig = z.infer<typeof apiGatewayConfigSchema>

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
