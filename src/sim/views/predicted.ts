import type { PredictedEvent } from '../../model/index.ts'
import type { SimResult } from '../simulate.ts'

/**
 * The traffic events of a run as the runnable experiment embeds them: what to send, and what the engine says follows.
 */
export function predictedEvents(r: SimResult, limit = Number.MAX_SAFE_INTEGER): PredictedEvent[] {
  const out: PredictedEvent[] = []
  for (const e of r.events) {
    if (out.length >= limit) break
    if (e.index < 0) continue // derived events (a destination's or a loop's) are not sent by the driver
    out.push({
      traffic: e.origin,
      index: e.index,
      source: e.source,
      createdMs: e.createdMs,
      payload: e.payload,
      key: e.key,
      fate: e.fate,
      attempts: e.attempts.map((a) => ({ startMs: a.startMs, result: a.result })),
      deliveredTo: e.deliveredTo,
    })
  }
  return out
}
