/**
 * Golden behaviours G17–G24 (reference §14): stream event source mappings (§3), with the §15 observations
 * (short retry backoff, RecordAgeExceeded without responseContext, stale records alone, unqualified functionArn).
 */
import { describe, expect, it } from 'vitest'
import { HOUR_MS } from '../../model/common.ts'
import { interpretItemFailures } from '../pollers/itemFailures.ts'
import { detailNum, keyForShard, steps } from '../pollers/testkit.ts'
import { ofType, runScenario, type ScenarioInput } from '../testkit.ts'

const S2 = 'shardId-000000000001' // "shard 2" of the reference = the second shard

function stream(
  extra: Partial<ScenarioInput> & {
    esm?: object
    fn?: object
    shards?: number
    type?: 'kinesis' | 'dynamoDbStream'
    dest?: boolean
  },
): ScenarioInput {
  const { esm, fn, shards, type, dest, ...rest } = extra
  return {
    nodes: [
      { id: 'ks', type: type ?? 'kinesis', config: { shardCount: shards ?? 1 } },
      { id: 'fn', type: 'lambda', config: { durationMs: 100, ...fn } },
      ...(dest ? [{ id: 'q', type: 'sqs' as const }] : []),
    ],
    edges: [
      { from: 'ks', to: 'fn', config: esm ?? {} },
      ...(dest ? [{ from: 'ks', to: 'q', role: 'onFailure' as const }] : []),
    ],
    ...rest,
  }
}

describe('stream goldens (§3, §14)', { timeout: 60_000 }, () => {
  it('G17 (LDG23 with-kinesis, invocation-eventsourcemapping; LDG18 retries-on-errors): 4 shards, poison in shard 2 blocks it until the 24 h retention', () => {
    const keys = [0, 1, 2, 3].map((s) => keyForShard(s, 4))
    const poisonKey = keyForShard(1, 4, 'poison')
    const r = runScenario(
      stream({
        shards: 4,
        durationMs: 25 * HOUR_MS,
        traffic: [
          { source: 'ks', kind: 'every', everyMs: 5000, count: 121, partitionKeys: keys },
          { source: 'ks', kind: 'once', atMs: 1000, partitionKeys: [poisonKey] },
        ],
        faults: [{ kind: 'poisonRecord', target: 'ks', key: poisonKey }],
      }),
    )
    expect(r.violations).toEqual([])
    const poison = r.events.find((e) => e.key === poisonKey)!
    // The same batch over and over, then lost at retention (24 h after it arrived).
    expect(poison.attempts.length).toBeGreaterThan(5000)
    expect(poison.attempts.every((a) => a.result === 'error')).toBe(true)
    expect(poison.fate).toBe('expired')
    expect(poison.endedAtMs! - poison.createdMs).toBeGreaterThanOrEqual(24 * HOUR_MS)
    expect(poison.endedAtMs! - poison.createdMs).toBeLessThan(24 * HOUR_MS + 20_000)
    expect(steps(r, 'esm.recordExpired', S2).flatMap((s) => s.eventIds)).toContain(poison.id)
    // No newer shard-2 record is processed while blocked; afterwards processing resumes after the lost record.
    const shard2 = r.events.filter((e) => e.key === keys[1] && e.createdMs > poison.createdMs)
    expect(shard2.length).toBe(30)
    for (const e of shard2) {
      expect(e.attempts[0]!.startMs).toBeGreaterThanOrEqual(poison.endedAtMs!)
      expect(e.fate).toBe('succeeded')
    }
    // Shards 1, 3, 4 carry on normally (each record done within 2 s of arrival).
    for (const k of [keys[0], keys[2], keys[3]]) {
      const evs = r.events.filter((e) => e.key === k)
      expect(evs.length).toBeGreaterThanOrEqual(30)
      for (const e of evs) {
        expect(e.fate).toBe('succeeded')
        expect(e.endedAtMs! - e.createdMs).toBeLessThan(2000)
      }
    }
    // [INFERENCE] IteratorAge of shard 2 grows about 1 s per second while blocked.
    const blocked = steps(r, 'esm.shardBlocked', S2)
    for (const b of blocked) expect(detailNum(b, 'iteratorAgeMs')).toBe(b.atMs - poison.createdMs)
    expect(detailNum(blocked.at(-1)!, 'iteratorAgeMs')).toBeGreaterThan(24 * HOUR_MS - 20_000)
    const age = r.metrics.series.find((s) => s.nodeId === 'fn' && s.name === 'IteratorAge')!
    expect(age.values[Math.floor((12 * HOUR_MS) / r.metrics.periodMs)]).toBeGreaterThan(11 * HOUR_MS)
  })

  it('G18 (LDG23 with-kinesis; §15 unqualified functionArn): maxRetryAttempts 2 + on-failure SQS → 3 invocations, KinesisBatchInfo only, shard moves on', () => {
    const r = runScenario(
      stream({
        dest: true,
        esm: { maxRetryAttempts: 2 },
        traffic: [{ source: 'ks', kind: 'list', atMs: [0, 60_000], payload: { order: 1 } }],
        faults: [{ kind: 'poisonRecord', target: 'ks', index: 0 }],
      }),
    )
    const [bad, next] = r.events
    expect(bad!.attempts.map((a) => a.result)).toEqual(['error', 'error', 'error'])
    const msg = ofType(r.trace, 'message.sent')[0]!
    expect(msg.nodeId).toBe('q')
    const rec = msg.message as Record<string, unknown>
    expect(rec).toMatchObject({
      requestContext: {
        condition: 'RetryAttemptsExhausted',
        approximateInvokeCount: 3,
        functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:fn',
      },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      version: '1.0',
      KinesisBatchInfo: {
        shardId: 'shardId-000000000000',
        startSequenceNumber: '1',
        endSequenceNumber: '1',
        batchSize: 1,
        streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/ks',
      },
    })
    expect(JSON.stringify(rec)).not.toContain('"order"') // metadata, not records
    expect(bad).toMatchObject({ fate: 'sent-to-destination', reason: 'esm.retriesExhausted', deliveredTo: ['q'] })
    expect(next).toMatchObject({ fate: 'succeeded' })
  })

  it('G19 (LDG23 with-kinesis): maxRecordAge 1 h → retried until the record is over 1 h old, then RecordAgeExceeded (no responseContext, §15)', () => {
    const r = runScenario(
      stream({
        dest: true,
        durationMs: 2 * HOUR_MS,
        esm: { maxRecordAgeMs: HOUR_MS },
        traffic: [{ source: 'ks', kind: 'list', atMs: [0, 30 * 60_000] }],
        faults: [{ kind: 'poisonRecord', target: 'ks', index: 0 }],
      }),
    )
    const [bad, next] = r.events
    expect(bad!.fate).toBe('sent-to-destination')
    expect(bad!.reason).toBe('esm.recordAgeExceeded')
    const age = bad!.endedAtMs! - bad!.createdMs
    expect(age).toBeGreaterThan(HOUR_MS)
    expect(age).toBeLessThan(HOUR_MS + 17_000)
    const rec = ofType(r.trace, 'message.sent')[0]!.message as Record<string, unknown>
    expect(rec).toMatchObject({ requestContext: { condition: 'RecordAgeExceeded' } })
    expect(rec.responseContext).toBeUndefined()
    expect(next!.fate).toBe('succeeded')
    expect(next!.attempts[0]!.startMs).toBeGreaterThanOrEqual(bad!.endedAtMs!)
  })

  it('§15 (test_kinesis_maximum_record_age_exceeded): unlimited retries, max age 60 s → 8 attempts on a short backoff, then RecordAgeExceeded', () => {
    const r = runScenario(
      stream({
        dest: true,
        esm: { maxRecordAgeMs: 60_000 },
        traffic: [{ source: 'ks', kind: 'once', atMs: 0 }],
        faults: [{ kind: 'poisonRecord', target: 'ks', index: 0 }],
      }),
    )
    const ev = r.events[0]!
    expect(ev.attempts).toHaveLength(8)
    expect(ev.reason).toBe('esm.recordAgeExceeded')
    for (let i = 1; i < ev.attempts.length; i++)
      expect(ev.attempts[i]!.startMs - ev.attempts[i - 1]!.endMs).toBeLessThanOrEqual(16_020)
  })

  it('§15 (test_kinesis_maximum_record_age_exceeded_discard_records): records already older than the max age when read go to on-failure alone', () => {
    const r = runScenario(
      stream({
        dest: true,
        esm: { maxRecordAgeMs: 60_000 },
        traffic: [{ source: 'ks', kind: 'list', atMs: [0, 1000, 2000, 3000, 30_000] }],
        faults: [{ kind: 'poisonRecord', target: 'ks', index: 0 }],
      }),
    )
    const [, s1, s2, s3, fresh] = r.events
    const recs = ofType(r.trace, 'message.sent').map(
      (m) =>
        m.message as {
          requestContext: { condition: string }
          KinesisBatchInfo: { batchSize: number; startSequenceNumber: string }
        },
    )
    expect(recs.map((m) => m.KinesisBatchInfo.startSequenceNumber)).toEqual(['1', '2', '3', '4'])
    for (const m of recs)
      expect(m).toMatchObject({
        requestContext: { condition: 'RecordAgeExceeded' },
        KinesisBatchInfo: { batchSize: 1 },
      })
    for (const e of [s1, s2, s3]) {
      expect(e!.attempts).toEqual([]) // never reached the function
      expect(e!.reason).toBe('esm.recordAgeExceeded')
    }
    expect(fresh!.fate).toBe('succeeded')
  })

  it('G20 (LDG23 with-kinesis; split order [UNVERIFIED], ours: halves left first): bisect, maxRetryAttempts 0, 100 records with 1 poison → poison isolated and discarded', () => {
    const r = runScenario(
      stream({
        dest: true,
        esm: { bisectOnError: true, maxRetryAttempts: 0 },
        traffic: [{ source: 'ks', kind: 'once', atMs: 0, count: 100 }],
        faults: [{ kind: 'poisonRecord', target: 'ks', index: 37 }],
      }),
    )
    expect(r.violations).toEqual([])
    const poison = r.events[37]!
    expect(poison.fate).toBe('sent-to-destination')
    // Record 38 runs in [1,100] [1,50] [26,50] [26,38] [33,38] [36,38] [38]: splits use none of the (zero) retries.
    expect(poison.attempts.length).toBe(7)
    const rec = ofType(r.trace, 'message.sent')[0]!.message as {
      KinesisBatchInfo: Record<string, unknown>
      requestContext: Record<string, unknown>
    }
    expect(rec.KinesisBatchInfo).toMatchObject({ batchSize: 1, startSequenceNumber: '38', endSequenceNumber: '38' })
    expect(rec.requestContext.condition).toBe('RetryAttemptsExhausted')
    expect(r.events.filter((e) => e !== poison).every((e) => e.fate === 'succeeded')).toBe(true)
    expect(steps(r, 'esm.bisect').map((s) => detailNum(s, 'leftSize'))).toEqual([50, 25, 13, 7, 3, 2])
    // Checkpoints only move forward (per-shard order kept while bisecting).
    const seqs = steps(r, 'esm.checkpoint').map((s) => detailNum(s, 'sequenceNumber'))
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
  })

  it('G21 (LDG23 with-kinesis; §16 fresh budget after the checkpoint moves): ReportBatchItemFailures [37, 60] → checkpoint before 37, next invocation starts at 37', () => {
    const r = runScenario(
      stream({
        dest: true,
        esm: { reportBatchItemFailures: true, maxRetryAttempts: 1 },
        traffic: [{ source: 'ks', kind: 'once', atMs: 0, count: 100 }],
        faults: [
          { kind: 'poisonRecord', target: 'ks', index: 36, response: 'reportItemFailure' },
          { kind: 'poisonRecord', target: 'ks', index: 59, response: 'reportItemFailure' },
        ],
      }),
    )
    const batches = steps(r, 'esm.batch')
      .concat(steps(r, 'esm.retryBatch'))
      .sort((a, b) => a.seq - b.seq)
    expect(batches.map((b) => [detailNum(b, 'startSequenceNumber'), detailNum(b, 'endSequenceNumber')])).toEqual([
      [1, 100],
      [37, 100],
      [37, 100],
    ])
    expect(steps(r, 'esm.partialBatch')[0]!.detail).toMatchObject({ checkpointSequenceNumber: 36, retryFrom: 37 })
    expect(r.events.slice(0, 36).every((e) => e.fate === 'succeeded' && e.attempts.length === 1)).toBe(true)
    expect(r.events[40]!.attempts).toHaveLength(3) // later successful records run again (a new batch, then 1 retry)
    // Response reading rules: [] = complete success; "" = complete failure.
    const ids = ['1', '2', '3']
    expect(interpretItemFailures(ids, [], true)).toEqual({ kind: 'success' })
    expect(interpretItemFailures(ids, null, true)).toEqual({ kind: 'success' })
    expect(interpretItemFailures(ids, [''], true)).toEqual({ kind: 'fullFailure' })
    expect(interpretItemFailures(ids, ['3', '2'], true)).toMatchObject({ kind: 'partial', lowest: 1 })
  })

  it('G22 (LDG23 with-kinesis "doesn\'t apply to … throttles"): reserved 0, maxRetryAttempts 2 → retried past 3 tries until max age; shard blocked', () => {
    const r = runScenario(
      stream({
        dest: true,
        fn: { reservedConcurrency: 0 },
        esm: { maxRetryAttempts: 2, maxRecordAgeMs: 600_000 },
        traffic: [{ source: 'ks', kind: 'list', atMs: [0, 300_000] }],
      }),
    )
    const [first, second] = r.events
    expect(first!.attempts.length).toBeGreaterThan(3)
    expect(first!.attempts.every((a) => a.result === 'throttled')).toBe(true)
    expect(ofType(r.trace, 'invoke.start')).toEqual([])
    expect(first!.reason).toBe('esm.recordAgeExceeded')
    expect(first!.endedAtMs! - first!.createdMs).toBeGreaterThan(600_000)
    // Blocked meanwhile: the second record is only read once the first batch is gone.
    expect(second!.attempts[0]!.startMs).toBeGreaterThanOrEqual(first!.endedAtMs!)
  })

  it('G23 (LDG23 with-kinesis "PF=2 → 200 concurrent for 100 shards"): 100 shards × ParallelizationFactor 2 → ≤ 200 concurrent, order per key', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `user-${i}`)
    const r = runScenario(
      stream({
        shards: 100,
        durationMs: 120_000,
        fn: { durationMs: 3000, timeoutMs: 10_000 },
        esm: { parallelizationFactor: 2, batchSize: 10 },
        traffic: [{ source: 'ks', kind: 'every', everyMs: 2, count: 20_000, partitionKeys: keys }],
      }),
    )
    expect(r.violations).toEqual([])
    let running = 0
    let peak = 0
    for (const t of r.trace) {
      if (t.type === 'invoke.start') peak = Math.max(peak, ++running)
      else if (t.type === 'invoke.end') running--
    }
    expect(peak).toBeLessThanOrEqual(200)
    expect(peak).toBeGreaterThan(150)
    const lastStart = new Map<string, number>()
    for (const e of r.events) {
      if (e.fate !== 'succeeded') continue
      const start = e.attempts[0]!.startMs
      expect(start).toBeGreaterThanOrEqual(lastStart.get(e.key!) ?? 0)
      lastStart.set(e.key!, start)
    }
  })

  it('G24 (LDG23 with-ddb; DynamoDB Streams docs): DynamoDB stream, defaults, poison → shard blocked up to 24 h, then trimmed and lost', () => {
    const r = runScenario(
      stream({
        type: 'dynamoDbStream',
        durationMs: 25 * HOUR_MS,
        traffic: [{ source: 'ks', kind: 'list', atMs: [100, 60_000, 30 * 60_000] }],
        faults: [{ kind: 'poisonRecord', target: 'ks', index: 0 }],
      }),
    )
    const [bad, a, b] = r.events
    expect(bad!.attempts[0]!.startMs).toBe(250 + 20) // §3.1: 4 polls per second (read at 250 ms, +token hop)
    expect(bad!.fate).toBe('expired')
    expect(bad!.endedAtMs! - bad!.createdMs).toBeGreaterThanOrEqual(24 * HOUR_MS)
    for (const e of [a, b]) {
      expect(e!.fate).toBe('succeeded')
      expect(e!.attempts[0]!.startMs).toBeGreaterThanOrEqual(bad!.endedAtMs!)
    }
    expect(ofType(r.trace, 'source.step').some((s) => s.reason === 'esm.recordExpired')).toBe(true)
  })
})
