import type { SimResult } from '../simulate.ts'
import type { TraceEvent } from '../trace.ts'

/** Trace entries that name an event, grouped by event id (built once per result, cached). */
export type EventEntries = ReadonlyMap<string, readonly TraceEvent[]>

const byEventCache = new WeakMap<readonly TraceEvent[], Map<string, TraceEvent[]>>()

export function entriesByEvent(result: Pick<SimResult, 'trace'>): EventEntries {
  const cached = byEventCache.get(result.trace)
  if (cached) return cached
  const map = new Map<string, TraceEvent[]>()
  for (const e of result.trace) {
    const ids = eventIdsOf(e)
    for (const id of ids) {
      const list = map.get(id)
      if (list) list.push(e)
      else map.set(id, [e])
    }
  }
  byEventCache.set(result.trace, map)
  return map
}

const NONE: readonly string[] = []

/** The events a trace entry is about (a polled-source step can name a whole batch). */
export function eventIdsOf(e: TraceEvent): readonly string[] {
  if (e.type === 'source.step') return e.eventIds
  if ('eventId' in e) return [e.eventId]
  return NONE
}

/** Number of trace entries with atMs ≤ tMs (the trace is ordered by atMs): binary search. */
export function countUpTo(trace: readonly TraceEvent[], tMs: number): number {
  let lo = 0
  let hi = trace.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (trace[mid]!.atMs <= tMs) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The node an entry happens at (hops: the node they leave). */
export function nodeOf(e: TraceEvent): string {
  return e.type === 'hop' ? e.fromNodeId : e.nodeId
}
