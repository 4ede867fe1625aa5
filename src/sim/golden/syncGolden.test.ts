/** Golden behaviours G11–G16 (reference §14): synchronous invocation and API Gateway (§5). */
import { describe, expect, it } from 'vitest'
import { ofType, runScenario } from '../testkit.ts'

describe('sync invocation goldens (§5, §14)', () => {
  it('G11 (LDG23 invocation-retries, nodejs-exceptions, API_Invoke): function error → 200 + X-Amz-Function-Error, no retry', () => {
    const r = runScenario({
      nodes: [
        { id: 'cli', type: 'client', config: { retry: { maxAttempts: 3 } } },
        { id: 'fn', type: 'lambda' },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: [{ source: 'cli', kind: 'once', atMs: 0 }],
      faults: [{ kind: 'fail', target: 'fn' }],
    })
    const res = ofType(r.trace, 'response')[0]!
    expect(res.statusCode).toBe(200)
    expect(res.headers).toEqual({ 'X-Amz-Function-Error': 'Unhandled' })
    expect(res.body).toMatchObject({ errorType: 'Error', errorMessage: 'Injected failure', trace: [] })
    expect(r.events[0]!.attempts).toHaveLength(1) // neither Lambda nor the SDK retries a function error
    expect(r.events[0]).toMatchObject({ fate: 'failed-to-caller', response: { statusCode: 200 } })
  })

  it('§15 sync timeout: 200, Sandbox.Timedout, "Task timed out after 1.00 seconds"', () => {
    const r = runScenario({
      nodes: [
        { id: 'cli', type: 'client' },
        { id: 'fn', type: 'lambda', config: { timeoutMs: 1000 } },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: [{ source: 'cli', kind: 'once', atMs: 0 }],
      faults: [{ kind: 'timeout', target: 'fn' }],
    })
    expect(ofType(r.trace, 'response')[0]).toMatchObject({
      statusCode: 200,
      body: { errorType: 'Sandbox.Timedout', errorMessage: 'Task timed out after 1.00 seconds' },
    })
  })

  it('G12 (LDG23 API_Invoke): reserved 2, 3 concurrent 10 s calls → 2 run, the 3rd gets 429 with its reason', () => {
    const r = runScenario({
      nodes: [
        { id: 'cli', type: 'client' },
        { id: 'fn', type: 'lambda', config: { reservedConcurrency: 2, durationMs: 10_000, timeoutMs: 15_000 } },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: [{ source: 'cli', kind: 'once', atMs: 0, count: 3 }],
    })
    expect(r.events.map((e) => e.response?.statusCode)).toEqual([200, 200, 429])
    expect(ofType(r.trace, 'response')[0]).toMatchObject({
      statusCode: 429,
      body: { Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' },
    })
    expect(r.events[2]).toMatchObject({ fate: 'failed-to-caller', attempts: [{ result: 'throttled' }] })
  })

  it('G12 account level: the unreserved pool exhausted → ConcurrentInvocationLimitExceeded; a client retries 429s', () => {
    const r = runScenario({
      accountConcurrencyLimit: 100,
      nodes: [
        { id: 'cli', type: 'client', config: { retry: { maxAttempts: 2, baseDelayMs: 6000 } } },
        { id: 'fn', type: 'lambda', config: { durationMs: 10_000, timeoutMs: 15_000 } },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: [{ source: 'cli', kind: 'once', atMs: 0, count: 101 }],
    })
    const last = r.events[100]!
    expect(last.attempts.map((a) => a.result)).toEqual(['throttled', 'throttled', 'success'])
    expect(ofType(r.trace, 'invoke.refused')[0]!.throttleReason).toBe('ConcurrentInvocationLimitExceeded')
    expect(last.fate).toBe('succeeded')
    const acct = r.metrics.series.find((m) => m.nodeId === 'account' && m.name === 'ConcurrentExecutions')!
    expect(Math.max(...acct.values)).toBe(100)
  })

  it('G13 (LDG23 services-apigateway): REST proxy, handler throws → 502 Internal server error, no retry', () => {
    const r = runScenario({
      nodes: [
        { id: 'api', type: 'apiGateway' },
        { id: 'fn', type: 'lambda' },
      ],
      edges: [{ from: 'api', to: 'fn' }],
      traffic: [{ source: 'api', kind: 'once', atMs: 0 }],
      faults: [{ kind: 'fail', target: 'fn' }],
    })
    expect(ofType(r.trace, 'response')[0]).toMatchObject({
      statusCode: 502,
      body: { message: 'Internal server error' },
    })
    expect(r.events[0]!.attempts).toHaveLength(1)
  })

  it('G14 (LDG23 services-apigateway): Lambda throttles → client gets 500, not 429', () => {
    const r = runScenario({
      nodes: [
        { id: 'api', type: 'apiGateway' },
        { id: 'fn', type: 'lambda' },
      ],
      edges: [{ from: 'api', to: 'fn' }],
      traffic: [{ source: 'api', kind: 'once', atMs: 0 }],
      faults: [{ kind: 'throttle', target: 'fn', reservedConcurrency: 0 }],
    })
    expect(ofType(r.trace, 'response')[0]).toMatchObject({
      statusCode: 500,
      body: { message: 'Internal server error' },
      reason: 'apigw.invokeRejected500',
    })
    expect(r.events[0]!.attempts).toEqual([{ startMs: 10, endMs: 10, result: 'throttled' }])
  })

  it('G15 (gateway INTEGRATION_TIMEOUT; [INFERENCE] run on): REST 29 s, handler 45 s → 504 at 29 s, function runs to 45 s', () => {
    const r = runScenario({
      nodes: [
        { id: 'api', type: 'apiGateway' },
        { id: 'fn', type: 'lambda', config: { timeoutMs: 60_000, durationMs: 45_000, initMs: 0 } },
      ],
      edges: [{ from: 'api', to: 'fn' }],
      traffic: [{ source: 'api', kind: 'once', atMs: 1000 }],
    })
    const res = ofType(r.trace, 'response')[0]!
    expect(res).toMatchObject({ statusCode: 504 })
    expect(res.atMs).toBe(1000 + 29_000)
    const ev = r.events[0]!
    expect(ev.fate).toBe('failed-to-caller')
    expect(ev.attempts[0]).toMatchObject({ result: 'success' })
    expect(ev.attempts[0]!.endMs - ev.attempts[0]!.startMs).toBe(45_000)
    expect(ofType(r.trace, 'response')).toHaveLength(1)
  })

  it('G16 (LDG23 services-apigateway; re:Post api-gateway-status-codes-http-api): plain JSON return per API/payload', () => {
    const status = (config: object) =>
      runScenario({
        nodes: [
          { id: 'api', type: 'apiGateway', config },
          { id: 'fn', type: 'lambda', config: { apiResponse: 'plainJson' } },
        ],
        edges: [{ from: 'api', to: 'fn' }],
        traffic: [{ source: 'api', kind: 'once', atMs: 0 }],
      }).events[0]!.response?.statusCode
    expect(status({ api: 'rest' })).toBe(502)
    expect(status({ api: 'http', payloadFormat: '1.0' })).toBe(500)
    expect(status({ api: 'http' })).toBe(200)
  })
})
