/**
 * Payload limits, enforced where AWS enforces them (reference §1.3 table, §2.4, §3.1 "6 MB"; our §16.13). Sources:
 * API_Invoke (request 6 MB sync / 1 MB async; `RequestTooLargeException`, HTTP 413), gettingstarted-limits (256 KB
 * async in the 2018–2023 guides), invocation-async (a DLQ write fails for a message too big, e.g. an SNS-originated
 * event near 256 KB plus attributes → DeadLetterErrors), SNS quotas (256 KB), invocation-eventsourcemapping (6 MB
 * batch).
 */
import { describe, expect, it } from 'vitest'
import { ofType, runScenario, type ScenarioInput } from '../testkit.ts'

const KB = 1024
const MB = 1024 * 1024

function invoke(
  invocationType: 'Event' | 'RequestResponse',
  payloadBytes: number,
  era: '2018' | 'current' = 'current',
) {
  return runScenario(
    {
      era,
      nodes: [
        { id: 'caller', type: 'client', config: { invocationType } },
        { id: 'fn', type: 'lambda', config: { durationMs: 100, initMs: 0 } },
      ],
      edges: [{ from: 'caller', to: 'fn' }],
      traffic: [{ source: 'caller', kind: 'once', atMs: 0, payload: { big: true }, payloadBytes }],
    },
    { settle: true },
  )
}
const responses = (r: ReturnType<typeof runScenario>) => ofType(r.trace, 'response')
const starts = (r: ReturnType<typeof runScenario>) => ofType(r.trace, 'invoke.start')

describe('payload limit goldens (§16.13)', () => {
  it('§1.3 + §16.13 (API_Invoke): async Invoke over 1 MB → 413 RequestTooLargeException at Invoke; nothing queued, no retry, no DLQ', () => {
    const r = invoke('Event', MB + 1)
    expect(responses(r)).toEqual([
      expect.objectContaining({
        statusCode: 413,
        body: { Type: 'User', message: 'RequestTooLargeException' },
        reason: 'payload.requestTooLarge',
        ref: '§16.13',
      }),
    ])
    expect(starts(r)).toEqual([])
    expect(r.events[0]).toMatchObject({ fate: 'rejected', reason: 'payload.requestTooLarge' })
  })

  it('§1.3 + §16.13: exactly 1 MB async is accepted today (202) and runs; 2018 (256 KB) refuses 300 KB', () => {
    const ok = invoke('Event', MB)
    expect(responses(ok)[0]).toMatchObject({ statusCode: 202 })
    expect(starts(ok)).toHaveLength(1)
    const old = invoke('Event', 300 * KB, '2018')
    expect(responses(old)[0]).toMatchObject({ statusCode: 413 })
    expect(invoke('Event', 256 * KB, '2018').events[0]!.fate).toBe('succeeded')
  })

  it('§1.3 + §16.13 (API_Invoke): sync Invoke over 6 MB → 413 and the function never runs; 6 MB exactly runs', () => {
    const big = invoke('RequestResponse', 6 * MB + 1)
    expect(responses(big)[0]).toMatchObject({
      statusCode: 413,
      headers: { 'x-amzn-ErrorType': 'RequestTooLargeException' },
    })
    expect(starts(big)).toEqual([])
    expect(big.events[0]!.fate).toBe('rejected')
    expect(invoke('RequestResponse', 6 * MB).events[0]!.fate).toBe('succeeded')
  })

  const snsToFailingFn = (payloadBytes: number | undefined): ScenarioInput => ({
    nodes: [
      { id: 'topic', type: 'sns' },
      { id: 'fn', type: 'lambda', config: { durationMs: 100 } },
      { id: 'dlq', type: 'sqs' },
    ],
    edges: [
      { from: 'topic', to: 'fn' },
      { from: 'fn', to: 'dlq', role: 'dlq' },
    ],
    traffic: [
      { source: 'topic', kind: 'once', atMs: 0, payload: 'x', ...(payloadBytes === undefined ? {} : { payloadBytes }) },
    ],
    faults: [{ kind: 'fail', target: 'fn' }],
  })

  it('§2.4 + §16.13 (invocation-async): an SNS event near 256 KB fails all tries, cannot fit the DLQ → deleted, DeadLetterErrors +1', () => {
    const r = runScenario(snsToFailingFn(255 * KB), { settle: true })
    expect(starts(r)).toHaveLength(3)
    expect(r.events[0]).toMatchObject({ fate: 'discarded', reason: 'payload.dlqTooLarge', deliveredTo: [] })
    expect(ofType(r.trace, 'delivery.failed')[0]).toMatchObject({
      metric: 'DeadLetterErrors',
      reason: 'payload.dlqTooLarge',
      ref: '§16.13',
    })
    const dle = r.metrics.series.find((s) => s.nodeId === 'fn' && s.name === 'DeadLetterErrors')!
    expect(dle.values.reduce((a, b) => a + b, 0)).toBe(1)
    // the same failure with a small message lands in the DLQ
    expect(runScenario(snsToFailingFn(undefined), { settle: true }).events[0]).toMatchObject({ fate: 'dead-lettered' })
  })

  it('§16.13 (SNS quotas): SNS refuses to publish over 256 KB — Lambda never sees the message', () => {
    const r = runScenario(snsToFailingFn(256 * KB + 1), { settle: true })
    expect(r.events[0]).toMatchObject({ fate: 'rejected', reason: 'payload.snsTooLarge' })
    expect(starts(r)).toEqual([])
  })

  it('§3.1 + §16.13: a stream batch stops at 6 MB — four 2 MB records with batch size 10 go as 3 + 1', () => {
    const r = runScenario(
      {
        nodes: [
          { id: 'st', type: 'kinesis', config: { shardCount: 1 } },
          { id: 'fn', type: 'lambda', config: { durationMs: 100 } },
        ],
        edges: [{ from: 'st', to: 'fn', config: { batchSize: 10 } }],
        traffic: [
          {
            source: 'st',
            kind: 'once',
            atMs: 0,
            count: 4,
            partitionKeys: ['k'],
            payload: { r: 1 },
            payloadBytes: 2_000_000,
          },
        ],
      },
      { settle: true },
    )
    const batches = ofType(r.trace, 'source.step').filter((s) => s.reason === 'esm.batch')
    expect(batches.map((b) => b.eventIds.length)).toEqual([3, 1])
  })
})
