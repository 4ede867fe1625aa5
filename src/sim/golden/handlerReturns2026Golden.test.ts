/**
 * What the handler returns decides the outcome (reference §3.2 / §4.3 ReportBatchItemFailures, §16 "Handler return
 * values for batch responses" — services-kinesis-batchfailurereporting, services-sqs-errorhandling; §5.2 / G16 API
 * Gateway response mapping; §2.3 records).
 */
import { describe, expect, it } from 'vitest'
import { HANDLER_RETURN_EXAMPLES, readBatchResponse, type HandlerReturns } from '../../model/index.ts'
import { ofType, runScenario } from '../testkit.ts'

const sqsBatch = (returns: HandlerReturns, reportBatchItemFailures = true) =>
  runScenario({
    nodes: [
      { id: 'q', type: 'sqs', config: { visibilityTimeoutMs: 30_000 } },
      { id: 'fn', type: 'lambda', config: { durationMs: 100, returns } },
      { id: 'dlq', type: 'sqs' },
    ],
    edges: [
      { from: 'q', to: 'fn', config: { batchSize: 3, reportBatchItemFailures } },
      { from: 'q', to: 'dlq', config: { maxReceiveCount: 2 } },
    ],
    traffic: [{ source: 'q', kind: 'once', atMs: 0, count: 3 }],
    durationMs: 600_000,
  })
const attempts = (r: ReturnType<typeof runScenario>) => r.events.slice(0, 3).map((e) => e.attempts.length)

describe('handler return goldens (§16)', () => {
  it('§4.3: SQS partial response naming the 2nd message → only it comes back (then to the redrive DLQ)', () => {
    const r = sqsBatch(HANDLER_RETURN_EXAMPLES.partial)
    expect(attempts(r)).toEqual([1, 2, 1])
    expect(r.events[1]!.fate).toBe('dead-lettered')
  })

  it.each(['unknownId', 'emptyId', 'wrongKey'] as const)(
    '§4.3 + §16: malformed batchItemFailures (%s) → whole batch fails and comes back',
    (example) => {
      const r = sqsBatch(HANDLER_RETURN_EXAMPLES[example])
      expect(attempts(r)).toEqual([2, 2, 2])
      expect(r.events.slice(0, 3).every((e) => e.fate === 'dead-lettered')).toBe(true)
    },
  )

  it('§16.6: a null itemIdentifier is malformed too → the whole batch fails and comes back', () => {
    const r = sqsBatch({ kind: 'value', value: { batchItemFailures: [{ itemIdentifier: null }] } })
    expect(attempts(r)).toEqual([2, 2, 2])
    expect(r.events.slice(0, 3).every((e) => e.fate === 'dead-lettered')).toBe(true)
  })

  it.each([
    ['[]', { kind: 'value', value: [] }],
    ['{}', { kind: 'value', value: {} }],
    ['null', { kind: 'value', value: null }],
    ['{"batchItemFailures": []}', HANDLER_RETURN_EXAMPLES.emptyList],
  ] as const)('§16: %s is a complete success', (_name, returns) => {
    const r = sqsBatch(returns as HandlerReturns)
    expect(attempts(r)).toEqual([1, 1, 1])
    expect(r.events.slice(0, 3).every((e) => e.fate === 'succeeded')).toBe(true)
  })

  it('§4.3: without ReportBatchItemFailures the returned value is ignored (success)', () => {
    expect(attempts(sqsBatch(HANDLER_RETURN_EXAMPLES.unknownId, false))).toEqual([1, 1, 1])
  })

  it('§3.2 + §16: Kinesis — a malformed response retries the whole batch', () => {
    const r = runScenario({
      nodes: [
        { id: 'ks', type: 'kinesis' },
        { id: 'fn', type: 'lambda', config: { returns: HANDLER_RETURN_EXAMPLES.emptyId } },
      ],
      edges: [{ from: 'ks', to: 'fn', config: { batchSize: 3, maxRetryAttempts: 2, reportBatchItemFailures: true } }],
      traffic: [{ source: 'ks', kind: 'once', atMs: 0, count: 3 }],
    })
    expect(r.events.map((e) => e.attempts.length)).toEqual([3, 3, 3])
    expect(r.events.every((e) => e.fate === 'discarded')).toBe(true)
  })

  it('readBatchResponse reads the documented shapes', () => {
    const ids = ['a', 'b']
    expect(readBatchResponse({ batchItemFailures: [{ itemIdentifier: '$item[1]' }] }, ids)).toEqual(['b'])
    expect(readBatchResponse({ batchItemFailures: [{ itemIdentifier: null }] }, ids)).toEqual([null])
    expect(readBatchResponse({ batchItemFailures: null }, ids)).toBeNull()
    expect(readBatchResponse('oops', ids)).toEqual([null])
  })

  const api = (config: object, returns: HandlerReturns) =>
    runScenario({
      nodes: [
        { id: 'api', type: 'apiGateway', config },
        { id: 'fn', type: 'lambda', config: { returns } },
      ],
      edges: [{ from: 'api', to: 'fn' }],
      traffic: [{ source: 'api', kind: 'once', atMs: 0 }],
    })

  it('§5.2 + G16: API Gateway maps the returned proxy response (status, headers, body); v1 without statusCode → 502', () => {
    const res = ofType(api({ api: 'rest' }, HANDLER_RETURN_EXAMPLES.proxy).trace, 'response')[0]!
    expect(res).toMatchObject({ statusCode: 201, headers: { 'content-type': 'application/json' }, body: '{"id":42}' })
    expect(ofType(api({ api: 'rest' }, HANDLER_RETURN_EXAMPLES.noStatusCode).trace, 'response')[0]).toMatchObject({
      statusCode: 502,
      body: { message: 'Internal server error' },
    })
    expect(
      ofType(api({ api: 'http', payloadFormat: '1.0' }, HANDLER_RETURN_EXAMPLES.noStatusCode).trace, 'response')[0],
    ).toMatchObject({ statusCode: 500 })
    expect(ofType(api({ api: 'http' }, HANDLER_RETURN_EXAMPLES.noStatusCode).trace, 'response')[0]).toMatchObject({
      statusCode: 200,
      body: { message: 'no statusCode here' },
    })
    expect(ofType(api({ api: 'rest' }, HANDLER_RETURN_EXAMPLES.error).trace, 'response')[0]).toMatchObject({
      statusCode: 502,
    })
  })

  it('§2.1 + §2.3: per attempt — an error (its type and message in the record) then a value; a timeout return times out', () => {
    const asyncRun = (returns: HandlerReturns, role: 'onSuccess' | 'onFailure') =>
      runScenario({
        nodes: [
          { id: 'caller', type: 'client', config: { invocationType: 'Event' } },
          { id: 'fn', type: 'lambda', config: { returns, timeoutMs: 3000 } },
          { id: 'q', type: 'sqs' },
        ],
        edges: [
          { from: 'caller', to: 'fn' },
          { from: 'fn', to: 'q', role },
        ],
        traffic: [{ source: 'caller', kind: 'once', atMs: 0 }],
      })
    const ok = asyncRun([HANDLER_RETURN_EXAMPLES.error, { kind: 'value', value: { done: 1 } }], 'onSuccess')
    expect(ok.events[0]!.attempts.map((a) => a.result)).toEqual(['error', 'success'])
    expect(ofType(ok.trace, 'message.sent')[0]!.message).toMatchObject({
      responsePayload: { done: 1 },
      requestContext: { approximateInvokeCount: 2 },
    })
    const bad = asyncRun(HANDLER_RETURN_EXAMPLES.error, 'onFailure')
    expect(ofType(bad.trace, 'message.sent')[0]!.message).toMatchObject({
      responsePayload: { errorType: 'ValidationError', errorMessage: 'order 42 has no items' },
    })
    expect(asyncRun(HANDLER_RETURN_EXAMPLES.timeout, 'onFailure').events[0]!.attempts.map((a) => a.result)).toEqual([
      'timeout',
      'timeout',
      'timeout',
    ])
  })

  it('a `returns` fault wins over the function’s own returns from its start', () => {
    const r = runScenario({
      nodes: [
        { id: 'api', type: 'apiGateway' },
        { id: 'fn', type: 'lambda', config: { returns: HANDLER_RETURN_EXAMPLES.proxy } },
      ],
      edges: [{ from: 'api', to: 'fn' }],
      traffic: [{ source: 'api', kind: 'list', atMs: [0, 10_000] }],
      faults: [{ kind: 'returns', target: 'fn', atMs: 5000, returns: HANDLER_RETURN_EXAMPLES.noStatusCode }],
    })
    expect(ofType(r.trace, 'response').map((x) => x.statusCode)).toEqual([201, 502])
  })
})
