import type { SimResult } from '../simulate.ts'
import type { SourceTrace } from '../trace.ts'
import { ofType } from '../testkit.ts'
import { shardOf } from './hash.ts'

/** A partition key (prefix + n) that lands on `shard` of a `shardCount`-shard stream. */
export function keyForShard(shard: number, shardCount: number, prefix = 'k'): string {
  for (let n = 0; ; n++) if (shardOf(`${prefix}${n}`, shardCount) === shard) return `${prefix}${n}`
}

/** `source.step` entries with this reason (optionally on one shard). */
export function steps(r: SimResult, reason: SourceTrace['reason'], shardId?: string): SourceTrace[] {
  return ofType(r.trace, 'source.step').filter(
    (s) => s.reason === reason && (shardId === undefined || s.shardId === shardId),
  )
}

export function detailNum(s: SourceTrace, key: string): number {
  const v = s.detail?.[key]
  if (typeof v !== 'number') throw new Error(`no numeric ${key} in ${JSON.stringify(s.detail)}`)
  return v
}
