/**
 * Stream partial batch responses as observed on AWS (reference §16, "Stream partial batch, function returned
 * normally"; LDG23 with-kinesis ReportBatchItemFailures).
 */
import { describe, expect, it } from 'vitest'
import { detailNum, steps } from '../pollers/testkit.ts'
import { ofType, runScenario } from '../testkit.ts'

const kinesis = (faults: object[], esm: object = {}) =>
  runScenario({
    nodes: [
      { id: 'ks', type: 'kinesis', config: { shardCount: 1 } },
      { id: 'fn', type: 'lambda', config: { durationMs: 100 } },
      { id: 'q', type: 'sqs' },
    ],
    edges: [
      { from: 'ks', to: 'fn', config: { batchSize: 2, maxRetryAttempts: 3, reportBatchItemFailures: true, ...esm } },
      { from: 'ks', to: 'q', role: 'onFailure' },
    ],
    traffic: [{ source: 'ks', kind: 'once', atMs: 0, count: 2 }],
    faults: faults as never,
  })

describe('stream partial batch goldens (§16)', () => {
  it('§16 (observed): maxRetryAttempts 3, a record reported failed every time is delivered 5 times (fresh budget after the checkpoint moves)', () => {
    const r = kinesis([{ kind: 'poisonRecord', target: 'ks', index: 1, response: 'reportItemFailure' }])
    expect(r.violations).toEqual([])
    const [ok, bad] = r.events
    expect(ok!.attempts).toHaveLength(1)
    expect(ok!.fate).toBe('succeeded')
    expect(bad!.attempts).toHaveLength(5)
    expect(bad!.fate).toBe('sent-to-destination')
    // The first batch is [1,2]; after the checkpoint moves to 1, [2] is a new batch (esm.batch), then 3 retries.
    expect(steps(r, 'esm.batch').map((b) => detailNum(b, 'startSequenceNumber'))).toEqual([1, 2])
    expect(steps(r, 'esm.retryBatch')).toHaveLength(3)
  })

  it('§16 (observed): the function returned normally → on-failure record has functionError null', () => {
    const r = kinesis([{ kind: 'poisonRecord', target: 'ks', index: 1, response: 'reportItemFailure' }])
    const rec = ofType(r.trace, 'message.sent')[0]!.message as Record<string, Record<string, unknown>>
    expect(rec.responseContext).toEqual({ statusCode: 200, executedVersion: '$LATEST', functionError: null })
    expect(rec.requestContext).toMatchObject({ condition: 'RetryAttemptsExhausted', approximateInvokeCount: 4 })
    expect(rec.KinesisBatchInfo).toMatchObject({ batchSize: 1, startSequenceNumber: '2', endSequenceNumber: '2' })
  })

  it('§3.2: a thrown error keeps functionError "Unhandled" and the one budget (1 + 3 = 4 deliveries)', () => {
    const r = kinesis([{ kind: 'poisonRecord', target: 'ks', index: 1, response: 'throw' }])
    expect(r.events[1]!.attempts).toHaveLength(4)
    expect(r.events[0]!.attempts).toHaveLength(4) // the whole batch is retried
    const rec = ofType(r.trace, 'message.sent')[0]!.message as Record<string, Record<string, unknown>>
    expect(rec.responseContext).toMatchObject({ functionError: 'Unhandled' })
  })

  it('§16: the head record reported failed (no progress) uses the retry budget: 4 deliveries', () => {
    const r = kinesis([{ kind: 'poisonRecord', target: 'ks', index: 0, response: 'reportItemFailure' }])
    expect(r.events[0]!.attempts).toHaveLength(4)
    expect(r.events[1]!.attempts).toHaveLength(4)
  })
})
