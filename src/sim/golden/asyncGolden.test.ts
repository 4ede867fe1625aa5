/**
 * Golden behaviours G1–G10 (reference §14), async invocation (§2). Each test names its G number and source.
 * Times are measured from attempt starts/ends, so illustrative hop latencies (timing.ts) do not matter.
 */
import { describe, expect, it } from 'vitest'
import { isoFromMs } from '../isoTime.ts'
import type { ScenarioInput } from '../testkit.ts'
import { ofType, runScenario } from '../testkit.ts'

const EVENT = { Records: [{ s3: { object: { key: 'photo.jpg' } } }] }

function asyncScenario(
  extra: Partial<ScenarioInput> & { fnConfig?: object; targets?: ScenarioInput['nodes'] } = {},
): ScenarioInput {
  const { fnConfig, targets, ...rest } = extra
  return {
    nodes: [
      { id: 'bucket', type: 's3' },
      { id: 'fn', type: 'lambda', config: { durationMs: 500, ...fnConfig } },
      ...(targets ?? []),
    ],
    edges: [{ from: 'bucket', to: 'fn' }],
    traffic: [{ source: 'bucket', kind: 'once', atMs: 0, payload: EVENT }],
    faults: [{ kind: 'fail', target: 'fn' }],
    ...rest,
  }
}

describe('async invocation goldens (§2, §14)', () => {
  it('G1 (LDG23 invocation-async): defaults, always throws → 202, 3 attempts at +1 min then +2 min, then discarded', () => {
    const r = runScenario(asyncScenario())
    expect(ofType(r.trace, 'invoke.accepted')[0]?.statusCode).toBe(202)
    const ev = r.events[0]!
    expect(ev.attempts.map((a) => a.result)).toEqual(['error', 'error', 'error'])
    const [a1, a2, a3] = ev.attempts
    expect(a2!.startMs - a1!.endMs).toBe(60_000)
    expect(a3!.startMs - a2!.endMs).toBe(120_000)
    expect(ev.fate).toBe('discarded')
    expect(ev.reason).toBe('async.discarded')
    expect(ofType(r.trace, 'message.sent')).toEqual([])
    expect(ofType(r.trace, 'event.fate')[0]).toMatchObject({ fate: 'discarded', ref: '§2.1' })
    expect(r.violations).toEqual([])
  })

  it('G2 (LDG23 invocation-async): + on-failure SQS → one record, RetriesExhausted, approximateInvokeCount 3', () => {
    const r = runScenario(
      asyncScenario({
        targets: [{ id: 'q', type: 'sqs' }],
        edges: [
          { from: 'bucket', to: 'fn' },
          { from: 'fn', to: 'q', role: 'onFailure' },
        ],
      }),
    )
    const msgs = ofType(r.trace, 'message.sent')
    expect(msgs).toHaveLength(1)
    expect(msgs[0]!.atMs).toBe(r.events[0]!.attempts[2]!.endMs)
    expect(msgs[0]!.message).toMatchObject({
      version: '1.0',
      // §2.3: an ISO `timestamp` (sim 0 = the epoch), at the moment the record is sent.
      timestamp: isoFromMs(msgs[0]!.atMs),
      requestContext: {
        condition: 'RetriesExhausted',
        approximateInvokeCount: 3,
        functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:fn:$LATEST',
      },
      requestPayload: EVENT,
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    })
    expect(msgs[0]!.message).not.toHaveProperty('timestampMs')
    expect(r.events[0]).toMatchObject({ fate: 'sent-to-destination', deliveredTo: ['q'] })
  })

  it('G3 (LDG23 invocation-async §DLQ, §15): DLQ SQS → raw event body, RequestID, ErrorCode 200, ErrorMessage ≤ 1 KB', () => {
    const r = runScenario(
      asyncScenario({
        targets: [{ id: 'dlq', type: 'sqs' }],
        edges: [
          { from: 'bucket', to: 'fn' },
          { from: 'fn', to: 'dlq', role: 'dlq' },
        ],
      }),
    )
    const m = ofType(r.trace, 'message.sent')[0]!.message as { body: unknown; attributes: Record<string, unknown> }
    expect(m.body).toEqual(EVENT)
    expect(m.attributes).toEqual({ RequestID: 'req-e1', ErrorCode: 200, ErrorMessage: 'Injected failure' })
    expect(typeof m.attributes.ErrorCode).toBe('number')
    expect((m.attributes.ErrorMessage as string).length).toBeLessThanOrEqual(1024)
    expect(r.events[0]).toMatchObject({ fate: 'dead-lettered', deliveredTo: ['dlq'] })
  })

  it('G4 (API_PutFunctionEventInvokeConfig): maxRetryAttempts 0 + on-failure SNS → 1 attempt, record at once', () => {
    const r = runScenario(
      asyncScenario({
        fnConfig: { async: { maxRetryAttempts: 0 } },
        targets: [{ id: 'topic', type: 'sns' }],
        edges: [
          { from: 'bucket', to: 'fn' },
          { from: 'fn', to: 'topic', role: 'onFailure' },
        ],
        faults: [{ kind: 'failAttempts', target: 'fn', fromAttempt: 1, toAttempt: 1 }],
      }),
    )
    const ev = r.events[0]!
    expect(ev.attempts).toHaveLength(1)
    const msg = ofType(r.trace, 'message.sent')[0]!
    expect(msg.atMs).toBe(ev.attempts[0]!.endMs)
    expect(msg.message).toMatchObject({
      Message: { requestContext: { approximateInvokeCount: 1, condition: 'RetriesExhausted' } },
    })
  })

  it('G5 (LDG23 invocation-async, troubleshooting-networking): timeout 3 s, handler sleeps 10 s → timeouts on the G1 schedule', () => {
    const r = runScenario(
      asyncScenario({ fnConfig: { timeoutMs: 3000 }, faults: [{ kind: 'timeout', target: 'fn', durationMs: 10_000 }] }),
    )
    const ends = ofType(r.trace, 'invoke.end')
    const starts = ofType(r.trace, 'invoke.start')
    expect(ends.map((e) => e.result)).toEqual(['timeout', 'timeout', 'timeout'])
    expect(ends[0]!.errorMessage).toBe('Task timed out after 3.00 seconds')
    ends.forEach((e, i) => expect(e.atMs - starts[i]!.handlerStartMs).toBe(3000))
    const [a1, a2, a3] = r.events[0]!.attempts
    expect(a2!.startMs - a1!.endMs).toBe(60_000)
    expect(a3!.startMs - a2!.endMs).toBe(120_000)
    expect(ofType(r.trace, 'env.reset')).toHaveLength(3) // §6: reset after each timeout
  })

  it('G6 (LDG23 invocation-async): success + on-success EventBridge → "… Invocation Result - Success", condition Success', () => {
    const r = runScenario(
      asyncScenario({
        faults: [],
        targets: [{ id: 'bus', type: 'eventBridge' }],
        edges: [
          { from: 'bucket', to: 'fn' },
          { from: 'fn', to: 'bus', role: 'onSuccess' },
        ],
      }),
    )
    expect(r.events[0]!.attempts).toHaveLength(1)
    expect(ofType(r.trace, 'message.sent')[0]!.message).toMatchObject({
      source: 'lambda',
      'detail-type': 'Lambda Function Invocation Result - Success',
      detail: { requestContext: { condition: 'Success', approximateInvokeCount: 1 } },
    })
    expect(r.events[0]!.fate).toBe('succeeded')
  })

  it('G7 (LDG23 invocation-async Note, §15): reserved concurrency 0 → never runs, DLQ/destination at once, no retries', () => {
    const r = runScenario(
      asyncScenario({
        fnConfig: { reservedConcurrency: 0 },
        faults: [],
        traffic: [{ source: 'bucket', kind: 'once', atMs: 0, count: 3, payload: EVENT }],
        targets: [
          { id: 'dlq', type: 'sqs' },
          { id: 'q', type: 'sqs' },
        ],
        edges: [
          { from: 'bucket', to: 'fn' },
          { from: 'fn', to: 'dlq', role: 'dlq' },
          { from: 'fn', to: 'q', role: 'onFailure' },
        ],
      }),
    )
    expect(ofType(r.trace, 'invoke.start')).toEqual([])
    for (const ev of r.events) {
      expect(ev.attempts).toEqual([])
      expect(ev.reason).toBe('async.zeroReservedConcurrency')
      expect(ev.endedAtMs! - ev.createdMs).toBeLessThan(1000)
    }
    const rec = ofType(r.trace, 'message.sent').find((m) => m.nodeId === 'q')!.message as Record<string, unknown>
    expect(rec).toMatchObject({ requestContext: { condition: 'ZeroReservedConcurrency', approximateInvokeCount: 0 } })
    expect(rec.responseContext).toBeUndefined()
    expect(rec.responsePayload).toBeUndefined()
  })

  it('G8 (LDG23 invocation-async): reserved 1, 10 events × 30 s → all run one at a time, no retry attempts used, none lost', () => {
    const r = runScenario(
      asyncScenario({
        fnConfig: { reservedConcurrency: 1, durationMs: 30_000, timeoutMs: 60_000 },
        faults: [],
        traffic: [{ source: 'bucket', kind: 'once', atMs: 0, count: 10 }],
      }),
    )
    const runs = ofType(r.trace, 'invoke.start')
    expect(runs).toHaveLength(10)
    for (const s of runs) expect(s.attempt).toBe(1) // throttles use no attempts
    const spans = r.events
      .map((e) => e.attempts.find((a) => a.result === 'success')!)
      .sort((a, b) => a.startMs - b.startMs)
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.startMs).toBeGreaterThanOrEqual(spans[i - 1]!.endMs)
    expect(spans[9]!.endMs).toBeGreaterThanOrEqual(300_000)
    expect(r.events.every((e) => e.fate === 'succeeded')).toBe(true)
    const backoffs = ofType(r.trace, 'retry.scheduled').filter((t) => t.reason === 'async.backoffAfterThrottle')
    expect(backoffs.length).toBeGreaterThan(0)
    for (const b of backoffs) expect(b.nextAtMs - b.atMs).toBeLessThanOrEqual(300_000)
  })

  it('G9 (LDG23 invocation-async "exceeds the maximum age"): max age 60 s, sustained throttle → dropped at 60 s without running', () => {
    const r = runScenario(
      asyncScenario({
        fnConfig: { reservedConcurrency: 1, durationMs: 300_000, timeoutMs: 900_000, async: { maxEventAgeMs: 60_000 } },
        faults: [],
        traffic: [{ source: 'bucket', kind: 'once', atMs: 0, count: 3 }],
        targets: [{ id: 'dlq', type: 'sqs' }],
        edges: [
          { from: 'bucket', to: 'fn' },
          { from: 'fn', to: 'dlq', role: 'dlq' },
        ],
      }),
    )
    const [ran, ...dropped] = r.events
    expect(ran!.fate).toBe('succeeded')
    for (const ev of dropped) {
      expect(ev.fate).toBe('dead-lettered')
      expect(ev.reason).toBe('async.eventAgeExceeded')
      expect(ev.attempts.every((a) => a.result === 'throttled')).toBe(true)
      const accepted = ofType(r.trace, 'invoke.accepted').find((a) => a.eventId === ev.id)!.atMs
      expect(ev.endedAtMs).toBe(accepted + 60_000)
    }
  })

  it('§15 max age: retries 2 + max age 60 s → 1 attempt then EventAgeExceeded; 90 s → 2 attempts', () => {
    const run = (maxEventAgeMs: number) =>
      runScenario(
        asyncScenario({
          fnConfig: { async: { maxEventAgeMs } },
          targets: [{ id: 'q', type: 'sqs' }],
          edges: [
            { from: 'bucket', to: 'fn' },
            { from: 'fn', to: 'q', role: 'onFailure' },
          ],
        }),
      )
    const r60 = run(60_000)
    expect(r60.events[0]!.attempts).toHaveLength(1)
    expect(ofType(r60.trace, 'message.sent')[0]!.message).toMatchObject({
      requestContext: { condition: 'EventAgeExceeded', approximateInvokeCount: 1 },
    })
    expect(ofType(r60.trace, 'message.sent')[0]!.atMs).toBe(r60.events[0]!.attempts[0]!.endMs)
    const r90 = run(90_000)
    expect(r90.events[0]!.attempts).toHaveLength(2)
  })

  it('G10 (LDG23 invocation-async): DLQ without sqs:SendMessage → event deleted, DeadLetterErrors +1', () => {
    const r = runScenario(
      asyncScenario({
        targets: [{ id: 'dlq', type: 'sqs' }],
        edges: [
          { from: 'bucket', to: 'fn' },
          { from: 'fn', to: 'dlq', role: 'dlq', permission: 'missing' },
        ],
      }),
    )
    expect(r.events[0]).toMatchObject({ fate: 'discarded', reason: 'dlq.sendFailed', deliveredTo: [] })
    const dle = r.metrics.series.find((s) => s.nodeId === 'fn' && s.name === 'DeadLetterErrors')!
    expect(dle.values.reduce((a, b) => a + b, 0)).toBe(1)
    expect(ofType(r.trace, 'delivery.failed')[0]).toMatchObject({ metric: 'DeadLetterErrors', ref: '§2.4' })
  })
})
