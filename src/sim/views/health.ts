import type { SimResult } from '../simulate.ts'
import type { TraceEvent } from '../trace.ts'
import { fateClass, shardEffect } from './classify.ts'

export type HealthLevel = 'ok' | 'warn' | 'error'

/** One slice of the run for the scrub bar. */
export interface HealthBucket {
  startMs: number
  endMs: number
  errors: number
  throttles: number
  /** Most shards blocked at once in this slice. */
  blockedShards: number
  lost: number
  deadLettered: number
  /** Any trace activity at all (to mark idle gaps). */
  active: boolean
  level: HealthLevel
}

export interface HealthBands {
  bucketMs: number
  buckets: HealthBucket[]
}

function levelOf(b: HealthBucket): HealthLevel {
  if (b.lost > 0 || b.errors > 0 || b.blockedShards > 0) return 'error'
  if (b.throttles > 0 || b.deadLettered > 0) return 'warn'
  return 'ok'
}

/**
 * Health per time slice for the scrub bar: function errors, throttles, blocked shards, lost and dead-lettered
 * events. `bucketCount` slices over [0, untilMs]. Pure.
 */
export function healthBands(result: Pick<SimResult, 'trace' | 'untilMs'>, bucketCount = 200): HealthBands {
  const bucketMs = Math.max(1, Math.ceil((result.untilMs + 1) / bucketCount))
  const n = Math.max(1, Math.ceil((result.untilMs + 1) / bucketMs))
  const buckets: HealthBucket[] = []
  for (let i = 0; i < n; i++)
    buckets.push({
      startMs: i * bucketMs,
      endMs: Math.min((i + 1) * bucketMs, result.untilMs),
      errors: 0,
      throttles: 0,
      blockedShards: 0,
      lost: 0,
      deadLettered: 0,
      active: false,
      level: 'ok',
    })
  const blocked = new Set<string>()
  let last = 0
  // Blocked shards are read as a snapshot per instant (after every entry of that ms), as the lanes and chips show it.
  let openBucket = -1
  let openAtMs = -1
  const settle = () => {
    if (openBucket >= 0) buckets[openBucket]!.blockedShards = Math.max(buckets[openBucket]!.blockedShards, blocked.size)
  }
  for (const e of result.trace as readonly TraceEvent[]) {
    if (e.atMs !== openAtMs) {
      settle()
      openAtMs = e.atMs
    }
    const i = Math.min(n - 1, Math.floor(e.atMs / bucketMs))
    const b = buckets[i]!
    // Blocked shards carry forward through quiet slices.
    for (let j = last + 1; j <= i; j++) buckets[j]!.blockedShards = Math.max(buckets[j]!.blockedShards, blocked.size)
    last = Math.max(last, i)
    openBucket = i
    b.active = true
    if (e.type === 'invoke.end' && e.result !== 'success') b.errors++
    else if (e.type === 'invoke.refused') {
      // a refusal that is not a throttle (revoked permission, function Pending/Inactive…) is an error to the caller
      if (e.result === 'throttled') b.throttles++
      else b.errors++
    } else if (e.type === 'event.fate') {
      const c = fateClass(e.fate)
      if (c === 'lost') b.lost++
      else if (c === 'parked') b.deadLettered++
    } else if (e.type === 'source.step' && e.shardId !== null) {
      const key = `${e.nodeId}/${e.shardId}`
      const effect = shardEffect(e.reason)
      if (effect === 'block') blocked.add(key)
      else if (effect === 'release') blocked.delete(key)
    }
  }
  settle()
  for (let j = last + 1; j < n; j++) buckets[j]!.blockedShards = blocked.size
  for (const b of buckets) b.level = levelOf(b)
  return { bucketMs, buckets }
}
