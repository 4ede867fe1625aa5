import type { ResolvedScenario } from '../../model/index.ts'
import type { SimResult } from '../simulate.ts'
import { shardIdOf, shardOf } from '../pollers/hash.ts'
import type { SourceTrace, TraceEvent } from '../trace.ts'
import { expiresRecords, formsBatch, isCheckpoint, shardEffect } from './classify.ts'

/** One shard of a Kinesis / DynamoDB stream at a moment (§3.1, §3.2). */
export interface ShardLane {
  shardId: string
  /** Records known to be in this shard by now (read at least once). */
  records: number
  /** Records done with (checkpointed past, sent on, or expired). */
  processed: number
  /** The last checkpoint step's detail (sequence number or position), if the poller gave one. */
  checkpoint: string | number | null
  /** The batch being invoked or retried now. */
  batch: { eventIds: readonly string[]; sinceMs: number; retries: number } | null
  /** While a failed batch is retried the shard reads nothing new (§3.2). */
  blocked: boolean
  blockedSinceMs: number | null
  /** Age of the oldest record still waiting in the shard (what IteratorAge reports as it stalls). */
  iteratorAgeMs: number
  /** Records that expired at retention or max record age. */
  expired: number
  /** The last step's reason (for narration). */
  lastSeq: number | null
}

/**
 * Lanes of one stream at tMs, from the records (their partition key picks the shard, as the pollers do), the pollers'
 * `source.step` entries (batches, blocks, checkpoints, expiry) and the records' fates. Pure.
 */
export function shardLanesAt(
  result: Pick<SimResult, 'trace' | 'events'>,
  streamNodeId: string,
  tMs: number,
  scenario?: ResolvedScenario,
): ShardLane[] {
  const lanes = new Map<string, ShardLane>()
  const shardOfEvent = new Map<string, string>()
  const created = new Map<string, number>()
  const done = new Set<string>()
  const lane = (id: string): ShardLane => {
    let l = lanes.get(id)
    if (!l) {
      l = {
        shardId: id,
        records: 0,
        processed: 0,
        checkpoint: null,
        batch: null,
        blocked: false,
        blockedSinceMs: null,
        iteratorAgeMs: 0,
        expired: 0,
        lastSeq: null,
      }
      lanes.set(id, l)
    }
    return l
  }
  const finish = (id: string, expired: boolean) => {
    const sh = shardOfEvent.get(id)
    if (sh === undefined || done.has(id)) return
    done.add(id)
    const l = lane(sh)
    l.processed++
    if (expired) l.expired++
  }
  const step = (e: SourceTrace) => {
    const l = lane(e.shardId!)
    l.lastSeq = e.seq
    for (const id of e.eventIds) {
      if (!shardOfEvent.has(id)) {
        shardOfEvent.set(id, l.shardId)
        l.records++
      }
    }
    if (formsBatch(e.reason) && e.eventIds.length > 0) {
      const attempt = e.detail?.attempt
      l.batch = { eventIds: e.eventIds, sinceMs: e.atMs, retries: typeof attempt === 'number' ? attempt - 1 : 0 }
    }
    const effect = shardEffect(e.reason)
    if (effect === 'block') {
      if (!l.blocked) l.blockedSinceMs = e.atMs
      l.blocked = true
    }
    if (effect === 'release') {
      l.blocked = false
      l.blockedSinceMs = null
      l.batch = null
    }
    if (isCheckpoint(e.reason)) {
      const c = e.detail?.sequenceNumber ?? e.detail?.checkpoint ?? e.detail?.position
      l.checkpoint = typeof c === 'string' || typeof c === 'number' ? c : l.checkpoint
    }
    if (expiresRecords(e.reason)) for (const id of e.eventIds) finish(id, true)
  }
  const node = scenario?.nodeById.get(streamNodeId)
  const declared = node?.type === 'kinesis' || node?.type === 'dynamoDbStream' ? node.config.shardCount : 0
  for (let i = 0; i < declared; i++) lane(shardIdOf(i))
  const trace: readonly TraceEvent[] = result.trace
  for (const e of trace) {
    if (e.atMs > tMs) break
    if (e.type === 'event.created' && e.nodeId === streamNodeId) {
      created.set(e.eventId, e.atMs)
      // §3.1: the partition key decides the shard (the pollers' hash), so unread records are counted too.
      if (declared > 0) {
        const rec = result.events[Number(e.eventId.slice(1)) - 1]
        const sh = shardIdOf(shardOf(rec?.key ?? e.eventId, declared))
        shardOfEvent.set(e.eventId, sh)
        lane(sh).records++
      }
    } else if (e.type === 'source.step' && e.nodeId === streamNodeId && e.shardId !== null) step(e)
    else if (e.type === 'event.fate' && shardOfEvent.has(e.eventId)) finish(e.eventId, e.fate === 'expired')
  }
  // Iterator age: how old the oldest unfinished record of each shard is now.
  const oldest = new Map<string, number>()
  for (const [id, sh] of shardOfEvent) {
    if (done.has(id)) continue
    const c = created.get(id)
    if (c === undefined) continue
    const o = oldest.get(sh)
    if (o === undefined || c < o) oldest.set(sh, c)
  }
  for (const l of lanes.values()) {
    const o = oldest.get(l.shardId)
    l.iteratorAgeMs = o === undefined ? 0 : tMs - o
  }
  return [...lanes.values()].sort((a, b) => a.shardId.localeCompare(b.shardId, 'en', { numeric: true }))
}
