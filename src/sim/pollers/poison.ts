import type { ResolvedFault } from '../../model/index.ts'
import type { LiveEvent } from '../ledger.ts'

/** The `poisonRecord` fault (on a stream or queue) that matches this record at `now`, by partition key or index. */
export function isPoison(faults: readonly ResolvedFault[], ev: LiveEvent, now: number): ResolvedFault | null {
  for (const f of faults) {
    if (f.kind !== 'poisonRecord' || now < f.atMs || now >= f.endMs) continue
    if (f.key !== undefined && f.key === ev.key) return f
    if (f.index !== undefined && f.index === ev.index && ev.index >= 0) return f
    if (f.key === undefined && f.index === undefined) return f
  }
  return null
}
