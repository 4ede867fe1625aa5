import type { SimResult } from '../simulate.ts'
import type { AttemptResult } from '../trace.ts'

/** One event as the engine ran it (from `SimResult.events`): what the driver sends, and what AWS should do with it. */
export interface PredictedEvent {
  /** The traffic entry it came from, and its 0-based position there. */
  traffic: string
  index: number
  source: string
  createdMs: number
  payload: unknown
  key: string | null
  fate: string
  attempts: readonly { startMs: number; result: AttemptResult }[]
  deliveredTo: readonly string[]
}

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
