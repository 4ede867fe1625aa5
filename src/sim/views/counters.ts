import { upperBound } from '../../model/sorted.ts'
import type { SimResult } from '../simulate.ts'
import type { TraceEvent } from '../trace.ts'
import { fateClass, isFailedAttempt, type FateClass } from './classify.ts'

/** What has become of the events so far (the live counters). */
export interface Counters {
  /** Events that exist by now. */
  created: number
  /** Handled successfully. */
  delivered: number
  /** Still moving after at least one failed or throttled attempt. */
  retrying: number
  /** Still moving, nothing failed yet. */
  inFlight: number
  /** Parked in a DLQ or sent to an on-failure destination (recoverable). */
  inDlq: number
  /** Discarded, expired or rejected with no one to tell: gone. */
  lost: number
  /** A synchronous caller got an error back (the caller owns the retry). */
  returnedError: number
}

interface CounterIndex {
  created: number[]
  firstFailure: number[]
  /** Fate times of events that had a failure first. */
  failedThenFated: number[]
  /** Fate times by what the fate means (classify.ts). */
  byClass: Record<Exclude<FateClass, 'moving'>, number[]>
}

const cache = new WeakMap<readonly TraceEvent[], CounterIndex>()

function build(trace: readonly TraceEvent[]): CounterIndex {
  const idx: CounterIndex = {
    created: [],
    firstFailure: [],
    failedThenFated: [],
    byClass: { delivered: [], failed: [], parked: [], lost: [] },
  }
  const failed = new Set<string>()
  for (const e of trace) {
    if (e.type === 'event.created') idx.created.push(e.atMs)
    else if (e.type === 'event.fate') {
      const c = fateClass(e.fate)
      if (c !== 'moving') idx.byClass[c].push(e.atMs)
      if (failed.has(e.eventId)) idx.failedThenFated.push(e.atMs)
    } else if (isFailedAttempt(e)) {
      const ids = e.type === 'source.step' ? e.eventIds : 'eventId' in e ? [e.eventId] : []
      for (const id of ids) {
        if (failed.has(id)) continue
        failed.add(id)
        idx.firstFailure.push(e.atMs)
      }
    }
  }
  return idx
}

/** How many of the sorted times are ≤ tMs. */
function upTo(sorted: readonly number[], tMs: number): number {
  return upperBound(sorted, tMs)
}

/** Live counters at tMs. Pure, O(log n) after one pass over the trace (cached per result). */
export function countersAt(result: Pick<SimResult, 'trace'>, tMs: number): Counters {
  let idx = cache.get(result.trace)
  if (!idx) {
    idx = build(result.trace)
    cache.set(result.trace, idx)
  }
  const f = idx.byClass
  const created = upTo(idx.created, tMs)
  const delivered = upTo(f.delivered, tMs)
  const inDlq = upTo(f.parked, tMs)
  const lost = upTo(f.lost, tMs)
  const returnedError = upTo(f.failed, tMs)
  const retrying = upTo(idx.firstFailure, tMs) - upTo(idx.failedThenFated, tMs)
  const inFlight = created - delivered - inDlq - lost - returnedError - retrying
  return { created, delivered, retrying, inFlight: Math.max(0, inFlight), inDlq, lost, returnedError }
}
