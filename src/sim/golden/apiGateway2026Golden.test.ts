/**
 * API Gateway integration timeouts (reference §5.2, §16 "HTTP API integration timeout": API Gateway v2
 * `Integration.TimeoutInMillis` — default and maximum 30 s; REST 50 ms–29 s, default 29 s).
 */
import { describe, expect, it } from 'vitest'
import { parseScenario, resolveApiGatewayConfig } from '../../model/index.ts'
import { ofType, runScenario, scenarioDoc } from '../testkit.ts'

const slow = (api: object) =>
  runScenario({
    nodes: [
      { id: 'api', type: 'apiGateway', config: api },
      { id: 'fn', type: 'lambda', config: { timeoutMs: 60_000, durationMs: 45_000, initMs: 0 } },
    ],
    edges: [{ from: 'api', to: 'fn' }],
    traffic: [{ source: 'api', kind: 'once', atMs: 1000 }],
  })

describe('API Gateway timeout goldens (§16)', () => {
  it('§16: an HTTP API waits 30 s by default (504 at 30 s), a REST API 29 s', () => {
    const http = ofType(slow({ api: 'http' }).trace, 'response')[0]!
    expect(http).toMatchObject({ statusCode: 504 })
    expect(http.atMs).toBe(1000 + 30_000)
    const rest = ofType(slow({ api: 'rest' }).trace, 'response')[0]!
    expect(rest.atMs).toBe(1000 + 29_000)
    expect(resolveApiGatewayConfig({ api: 'http' }, 'current').integrationTimeoutMs).toBe(30_000)
    expect(resolveApiGatewayConfig(undefined, 'current').integrationTimeoutMs).toBe(29_000)
  })

  it('§16: an HTTP API accepts 50 ms–30 s with no warning; above 30 s is refused', () => {
    const check = (integrationTimeoutMs: number) =>
      parseScenario(
        scenarioDoc({
          nodes: [{ id: 'api', type: 'apiGateway', config: { api: 'http', integrationTimeoutMs } }],
          edges: [],
        }),
      )
    const ok = check(30_000)
    expect(ok.ok && ok.warnings).toEqual([])
    expect(check(50).ok).toBe(true)
    expect(check(30_001).ok).toBe(false)
    expect(check(49).ok).toBe(false)
  })
})
