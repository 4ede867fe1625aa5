/** Behaviours beyond the goldens: permissions, starting position, disabled mappings, polled DLQs, hashing. */
import { describe, expect, it } from 'vitest'
import { HOUR_MS } from '../../model/common.ts'
import { ofType, runScenario } from '../testkit.ts'
import { laneOf, shardIdOf, shardOf } from './hash.ts'
import { streamBackoffMs } from './pollTiming.ts'
import { steps } from './testkit.ts'

describe('polled sources', { timeout: 60_000 }, () => {
  it('§10: a mapping whose role cannot read its stream stalls (esm.readDenied once), records expire at retention', () => {
    const r = runScenario({
      durationMs: 25 * HOUR_MS,
      nodes: [
        { id: 'ks', type: 'kinesis' },
        { id: 'fn', type: 'lambda' },
      ],
      edges: [{ id: 'esm', from: 'ks', to: 'fn', permission: 'missing' }],
      traffic: [{ source: 'ks', kind: 'list', atMs: [0, 1000] }],
    })
    expect(steps(r, 'esm.readDenied')).toHaveLength(1)
    expect(steps(r, 'esm.readDenied')[0]!.ref).toBe('§10')
    expect(ofType(r.trace, 'invoke.start')).toEqual([])
    for (const e of r.events) expect(e).toMatchObject({ fate: 'expired', reason: 'esm.recordExpired' })
  })

  it('§10: a revoked streamRead stalls reads until recovered, then the shard resumes', () => {
    const r = runScenario({
      durationMs: 120_000,
      nodes: [
        { id: 'ks', type: 'kinesis' },
        { id: 'fn', type: 'lambda' },
      ],
      edges: [{ id: 'esm', from: 'ks', to: 'fn' }],
      traffic: [{ source: 'ks', kind: 'list', atMs: [5000] }],
      faults: [
        { kind: 'revokePermission', target: 'esm', permission: 'streamRead' },
        { kind: 'recover', target: 'esm', atMs: 30_000 },
      ],
    })
    expect(steps(r, 'esm.readResumed')).toHaveLength(1)
    expect(r.events[0]!.attempts[0]!.startMs).toBeGreaterThanOrEqual(30_000)
    expect(r.events[0]!.fate).toBe('succeeded')
  })

  it('§3.1: AT_TIMESTAMP skips earlier records; a disabled mapping never polls', () => {
    const r = runScenario({
      durationMs: 60_000,
      nodes: [
        { id: 'ks', type: 'kinesis' },
        { id: 'fn', type: 'lambda' },
        { id: 'fn2', type: 'lambda' },
      ],
      edges: [
        {
          id: 'a',
          from: 'ks',
          to: 'fn',
          config: { startingPosition: 'AT_TIMESTAMP', startingPositionTimestampMs: 10_000 },
        },
        { id: 'b', from: 'ks', to: 'fn2', config: { enabled: false } },
      ],
      traffic: [{ source: 'ks', kind: 'list', atMs: [0, 20_000] }],
    })
    expect(steps(r, 'esm.disabled')).toHaveLength(1)
    expect(ofType(r.trace, 'invoke.start').every((s) => s.nodeId === 'fn')).toBe(true)
    // Each mapping reads its own copy: 2 records × 2 mappings = 4 events.
    expect(r.events).toHaveLength(4)
    expect(steps(r, 'esm.skipped')).toHaveLength(1)
    expect(r.events.filter((e) => e.fate === 'succeeded')).toHaveLength(1)
    expect(r.events.filter((e) => e.fate === 'succeeded')[0]!.createdMs).toBe(20_000)
  })

  it('§3.1: batches end at batchSize, and the batching window waits for more records', () => {
    const r = runScenario({
      durationMs: 60_000,
      nodes: [
        { id: 'ks', type: 'kinesis' },
        { id: 'fn', type: 'lambda' },
      ],
      edges: [{ from: 'ks', to: 'fn', config: { batchSize: 3, maximumBatchingWindowMs: 5000 } }],
      traffic: [{ source: 'ks', kind: 'list', atMs: [0, 1000, 2000, 3000, 20_000] }],
    })
    const batches = steps(r, 'esm.batch')
    expect(batches.map((b) => [b.atMs, b.eventIds.length])).toEqual([
      [2000, 3], // full before the window ends
      [8000, 1], // idle again: read at the 3000 ms poll, window closes 5 s later
      [25_000, 1],
    ])
    const hop = ofType(r.trace, 'hop').find((h) => h.token === 'batch')!
    expect(hop).toMatchObject({ edgeId: 'ks->fn', fromNodeId: 'ks', toNodeId: 'fn', departMs: 2000, count: 3 })
    expect(hop.arriveMs).toBeGreaterThan(hop.departMs)
  })

  it('§4.1: a redrive DLQ that is itself polled turns arriving messages into events of its own', () => {
    const r = runScenario({
      durationMs: 600_000,
      nodes: [
        { id: 'src', type: 'sqs', config: { visibilityTimeoutMs: 30_000 } },
        { id: 'dlq', type: 'sqs', config: { visibilityTimeoutMs: 30_000 } },
        { id: 'fn', type: 'lambda' },
        { id: 'cleanup', type: 'lambda' },
      ],
      edges: [
        { from: 'src', to: 'fn' },
        { from: 'src', to: 'dlq', role: 'dlq', config: { maxReceiveCount: 2 } },
        { from: 'dlq', to: 'cleanup' },
      ],
      traffic: [{ source: 'src', kind: 'once', atMs: 0, payload: { a: 1 } }],
      faults: [{ kind: 'fail', target: 'fn' }],
    })
    const [orig, child] = r.events
    expect(orig).toMatchObject({ fate: 'dead-lettered', deliveredTo: ['dlq'] })
    expect(child).toMatchObject({ source: 'dlq', origin: orig!.id, payload: { a: 1 }, fate: 'succeeded' })
    expect(ofType(r.trace, 'invoke.start').filter((s) => s.nodeId === 'cleanup')).toHaveLength(1)
  })

  it('hashing is stable and spreads similar keys; backoff is short and capped (§15)', () => {
    expect(shardOf('user-1', 4)).toBe(shardOf('user-1', 4))
    expect(new Set(['user-1', 'user-2', 'user-3', 'user-4', 'user-5'].map((k) => shardOf(k, 4))).size).toBeGreaterThan(
      1,
    )
    for (let i = 0; i < 200; i++) {
      const s = shardOf(`k${i}`, 7)
      expect(s).toBeGreaterThanOrEqual(0)
      expect(s).toBeLessThan(7)
      expect(laneOf(`k${i}`, 7, 3)).toBeLessThan(3)
    }
    expect(shardIdOf(2)).toBe('shardId-000000000002')
    expect([1, 2, 3, 4, 5, 6, 7].map(streamBackoffMs)).toEqual([500, 1000, 2000, 4000, 8000, 16_000, 16_000])
  })

  it('§3.2: DynamoDB records carry DDBStreamBatchInfo; S3 also gets payload.Records (§15); a destination the role cannot write loses the batch loudly', () => {
    const run = (to: 'sqs' | 's3', permission: 'granted' | 'missing') =>
      runScenario({
        nodes: [
          { id: 'ddb', type: 'dynamoDbStream' },
          { id: 'fn', type: 'lambda' },
          { id: 'out', type: to },
        ],
        edges: [
          { from: 'ddb', to: 'fn', config: { maxRetryAttempts: 0 } },
          { from: 'ddb', to: 'out', role: 'onFailure', permission },
        ],
        traffic: [{ source: 'ddb', kind: 'once', atMs: 0, payload: { Keys: { id: { S: '1' } } } }],
        faults: [{ kind: 'fail', target: 'fn' }],
      })
    const sqs = ofType(run('sqs', 'granted').trace, 'message.sent')[0]!.message as Record<string, unknown>
    expect(sqs.DDBStreamBatchInfo).toMatchObject({
      batchSize: 1,
      streamArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/ddb/stream/1970-01-01T00:00:00.000',
    })
    expect(sqs.payload).toBeUndefined()
    const s3 = ofType(run('s3', 'granted').trace, 'message.sent')[0]!.message as {
      payload: { Records: { dynamodb: { Keys: unknown } }[] }
    }
    expect(s3.payload.Records[0]!.dynamodb.Keys).toEqual({ id: { S: '1' } }) // §16.12: the record as the function got it
    const denied = run('sqs', 'missing')
    expect(ofType(denied.trace, 'message.sent')).toEqual([])
    expect(ofType(denied.trace, 'delivery.failed')[0]).toMatchObject({ metric: 'DestinationDeliveryFailures' })
    expect(denied.events[0]).toMatchObject({ fate: 'discarded', reason: 'destination.sendFailed' })
  })

  it('§4.2: SQS scale-up pauses while batches fail (AWS knowledge-center lambda-sqs-scaling)', () => {
    const run = (fail: boolean) =>
      runScenario({
        durationMs: 120_000,
        nodes: [
          { id: 'q', type: 'sqs', config: { visibilityTimeoutMs: 600_000 } },
          { id: 'fn', type: 'lambda', config: { durationMs: 500 } },
        ],
        edges: [{ from: 'q', to: 'fn' }],
        traffic: [{ source: 'q', kind: 'once', atMs: 0, count: 20_000 }],
        faults: fail ? [{ kind: 'fail', target: 'fn' }] : [],
      })
    const grown = (r: ReturnType<typeof run>) => steps(r, 'sqs.scaling').length
    expect(grown(run(false))).toBeGreaterThan(10) // until the backlog is gone (≈20 s)
    expect(grown(run(true))).toBe(0)
  })
})
