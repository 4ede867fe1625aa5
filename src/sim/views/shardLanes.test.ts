import { describe, expect, it } from 'vitest'
import type { Kernel } from '../kernel.ts'
import type { EventRecord } from '../ledger.ts'
import { finishEvent } from '../push/respond.ts'
import { REASON_REF, type ReasonCode } from '../reasons.ts'
import { healthBands } from './health.ts'
import { shardLanesAt } from './shardLanes.ts'
import { runResolved } from './viewsTestkit.ts'

/**
 * A stand-in poller (test only, until the pollers branch lands): record i goes to shard-(i mod 2); shard-1's first
 * record is poison, so its batch is retried every second and the shard stays blocked (§3.2, G17).
 */
function toyPoller(k: Kernel) {
  const step = (ev: EventRecord, shardId: string, reason: ReasonCode) =>
    k.emit({ seq: 0, atMs: k.nowMs, type: 'source.step', reason, ref: REASON_REF[reason], nodeId: 'stream', edgeId: null, shardId, eventIds: [ev.id], detail: null })
  const retry = { onTimer: (_at: number, ev: unknown) => { step(ev as EventRecord, 'shard-1', 'esm.retryBatch'); k.schedule(k.nowMs + 1000, retry, ev) } }
  let poisoned = false
  k.registerIngest('stream', {
    onIngest(ev) {
      const shard = `shard-${ev.index % 2}`
      if (shard === 'shard-1' && !poisoned) {
        poisoned = true
        step(ev, shard, 'esm.batch')
        step(ev, shard, 'esm.shardBlocked')
        k.schedule(k.nowMs + 1000, retry, ev)
        return
      }
      if (shard === 'shard-1') return // blocked: nothing new is read
      step(ev, shard, 'esm.batch')
      step(ev, shard, 'esm.checkpoint')
      finishEvent(k, ev, 'fn', 'succeeded', 'esm.checkpoint')
    },
  })
}

describe('shardLanesAt', () => {
  const { result, scenario } = runResolved(
    {
      durationMs: 60_000,
      nodes: [{ id: 'stream', type: 'kinesis', config: { shardCount: 2 } }, { id: 'fn', type: 'lambda' }],
      edges: [{ from: 'stream', to: 'fn', config: { startingPosition: 'TRIM_HORIZON' } }],
      traffic: [{ source: 'stream', kind: 'every', everyMs: 1000, untilMs: 20_000 }],
    },
    { plugins: [toyPoller] },
  )

  it('§3.2 G17: the poison shard is blocked and its iterator age climbs while the other shard advances', () => {
    const at10 = shardLanesAt(result, 'stream', 10_000, scenario)
    const at30 = shardLanesAt(result, 'stream', 30_000, scenario)
    expect(at10.map((l) => l.shardId)).toEqual(['shard-0', 'shard-1'])
    const [ok10, bad10] = at10
    const [ok30, bad30] = at30
    expect(bad10!.blocked).toBe(true)
    expect(bad10!.batch?.retries).toBeGreaterThan(5)
    expect(bad30!.iteratorAgeMs - bad10!.iteratorAgeMs).toBe(20_000)
    expect(ok10!.blocked).toBe(false)
    expect(ok30!.processed).toBeGreaterThan(ok10!.processed)
    expect(ok30!.iteratorAgeMs).toBe(0)
  })

  it('declared shards show up empty before any step, and the health bands count the blocked shard', () => {
    expect(shardLanesAt(result, 'stream', -1, scenario).map((l) => [l.shardId, l.records])).toEqual([['shard-1', 0], ['shard-2', 0]])
    const late = healthBands(result, 60).buckets.at(-1)!
    expect(late.blockedShards).toBe(1)
    expect(late.level).toBe('error')
  })
})
