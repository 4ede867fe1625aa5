import { countAtOrBefore } from '../../model/sorted.ts'
import type { SimResult } from '../simulate.ts'
import type { TraceEvent } from '../trace.ts'

/** Trace entries that name an event, grouped by event id (built once per result, cached). */
export type EventEntries = ReadonlyMap<string, readonly TraceEvent[]>

const byEventCache = new WeakMap<readonly TraceEvent[], Map<string, TraceEvent[]>>()

/**
 * A polled source invokes a function with a batch: the invoke entries name the batch id (`detail.batchId` of the
 * step that formed it), so they are filed under the batch and under each of its records.
 */
export function entriesByEvent(result: Pick<SimResult, 'trace'>): EventEntries {
  const cached = byEventCache.get(result.trace)
  if (cached) return cached
  const map = new Map<string, TraceEvent[]>()
  const members = new Map<string, readonly string[]>()
  const file = (id: string, e: TraceEvent) => {
    const list = map.get(id)
    if (list) {
      if (list[list.length - 1] !== e) list.push(e)
    } else map.set(id, [e])
  }
  for (const e of result.trace) {
    const batchId = batchIdOf(e)
    if (batchId !== null && e.type === 'source.step' && e.eventIds.length > 0) members.set(batchId, e.eventIds)
    for (const id of eventIdsOf(e)) {
      file(id, e)
      const inBatch = members.get(id)
      if (inBatch && e.type !== 'source.step') for (const m of inBatch) file(m, e)
    }
    if (batchId !== null) {
      file(batchId, e)
      if (e.type === 'source.step' && e.eventIds.length === 0) for (const m of members.get(batchId) ?? NONE) file(m, e)
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

/** The batch a polled-source step is about (`detail.batchId`), else null. */
export function batchIdOf(e: TraceEvent): string | null {
  if (e.type !== 'source.step') return null
  const b = e.detail?.batchId
  return typeof b === 'string' ? b : null
}

/** Number of trace entries with atMs ≤ tMs (the trace is ordered by atMs): binary search. */
export function countUpTo(trace: readonly TraceEvent[], tMs: number): number {
  return countAtOrBefore(trace, tMs)
}

/** The node an entry happens at (hops: the node they leave). */
export function nodeOf(e: TraceEvent): string {
  return e.type === 'hop' ? e.fromNodeId : e.nodeId
}
