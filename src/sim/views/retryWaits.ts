import type { SimResult } from '../simulate.ts'
import type { ReasonCode } from '../reasons.ts'
import type { TraceEvent } from '../trace.ts'

/**
 * An event parked between two attempts: in Lambda's internal queue waiting for its next async attempt (§2.1: 1 min,
 * then 2 min after errors; backoff up to 5 min after throttles), or at a client that retries on its own (§5.1).
 * Streams and queues keep their records in the shard or queue instead (shard lanes show those).
 */
export interface RetryWait {
  eventId: string
  /** Where it waits: the function (async) or the calling client. */
  nodeId: string
  fromMs: number
  /** The next attempt, or the event's fate if that comes first (it expired, the run dropped it). */
  untilMs: number
  /** The attempt it waits for. */
  nextAttempt: number
  reason: ReasonCode
}

const cache = new WeakMap<readonly TraceEvent[], readonly RetryWait[]>()

/** Every retry wait of a run, by start time (then trace order). Built once per result. */
export function retryWaits(result: Pick<SimResult, 'trace'>): readonly RetryWait[] {
  const cached = cache.get(result.trace)
  if (cached) return cached
  const waits: RetryWait[] = []
  /** The wait each event is in now (an event waits for one retry at a time). */
  const open = new Map<string, RetryWait>()
  for (const e of result.trace) {
    if (e.type === 'retry.scheduled') {
      const w: RetryWait = {
        eventId: e.eventId,
        nodeId: e.nodeId,
        fromMs: e.atMs,
        untilMs: e.nextAtMs,
        nextAttempt: e.nextAttempt,
        reason: e.reason,
      }
      waits.push(w)
      open.set(e.eventId, w)
    } else if (e.type === 'event.fate') {
      const w = open.get(e.eventId)
      if (w && e.atMs < w.untilMs) w.untilMs = e.atMs
      open.delete(e.eventId)
    }
  }
  cache.set(result.trace, waits)
  return waits
}
