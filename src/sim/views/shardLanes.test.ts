import { describe, expect, it } from 'vitest'
import { shardIdOf, shardOf } from '../pollers/hash.ts'
import { healthBands } from './health.ts'
import { eventLifecycleAt } from './lifecycle.ts'
import { shardLanesAt } from './shardLanes.ts'
import { swimlaneSpans } from './swimlanes.ts'
import { runResolved } from './viewsTestkit.ts'

// Keys spread over three of the four shards (the pollers' hash decides); record 4 (key 'bravo') is poison.
const KEYS = ['alpha', 'bravo', 'charlie']
const { result, scenario } = runResolved({
  durationMs: 120_000,
  nodes: [
    { id: 'stream', type: 'kinesis', config: { shardCount: 4 } },
    { id: 'fn', type: 'lambda', config: { durationMs: 200 } },
  ],
  edges: [{ id: 'esm', from: 'stream', to: 'fn', config: { startingPosition: 'TRIM_HORIZON', batchSize: 10 } }],
  traffic: [{ source: 'stream', kind: 'every', everyMs: 500, untilMs: 60_000, partitionKeys: KEYS }],
  faults: [{ kind: 'poisonRecord', target: 'stream', index: 4, response: 'throw' }],
})
const poisonShard = shardIdOf(shardOf('bravo', 4))

describe('shardLanesAt (real pollers)', () => {
  it('§3.2 G17: the poison record blocks its shard and its iterator age climbs while the other shards advance', () => {
    const at20 = shardLanesAt(result, 'stream', 20_000, scenario)
    const at50 = shardLanesAt(result, 'stream', 50_000, scenario)
    expect(at20.map((l) => l.shardId)).toEqual([0, 1, 2, 3].map(shardIdOf))
    const bad20 = at20.find((l) => l.shardId === poisonShard)!
    const bad50 = at50.find((l) => l.shardId === poisonShard)!
    expect(bad20.blocked).toBe(true)
    expect(bad20.batch?.retries).toBeGreaterThan(0)
    expect(bad50.iteratorAgeMs).toBeGreaterThan(bad20.iteratorAgeMs + 25_000)
    for (const key of ['alpha', 'charlie']) {
      const id = shardIdOf(shardOf(key, 4))
      const ok20 = at20.find((l) => l.shardId === id)!
      const ok50 = at50.find((l) => l.shardId === id)!
      expect(ok20.blocked).toBe(false)
      expect(ok50.processed).toBeGreaterThan(ok20.processed)
      expect(ok50.iteratorAgeMs).toBeLessThan(5_000)
    }
    expect(bad50.records).toBeGreaterThan(bad50.processed)
  })

  it('files batch invocations under their records and lanes, and the health bands count the blocked shard', () => {
    const lc = eventLifecycleAt(result, 'e5', 20_000, scenario)!
    expect(lc.kind).toBe('stream')
    expect(lc.path.map((s) => s.state)).toContain('failed')
    expect(lc.path.map((s) => s.state)).toContain('retrying')
    expect(lc.attempt).toBeGreaterThan(1)
    expect(lc.maxAttempts).toBeNull() // −1: retried until the record expires
    const lanes = swimlaneSpans(result).lanes.map((l) => l.id)
    expect(lanes).toContain(`stream/${poisonShard}`)
    const b = healthBands(result, 120).buckets[40]!
    expect(b.blockedShards).toBe(1)
  })
})
