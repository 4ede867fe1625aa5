import type { RunEnd, SimResult } from '../simulate.ts'

/**
 * What a run left undone at its end, for the sentence the playback bar and the CLI show ("1 event will retry at
 * T+3:00 — extend the run"). Codes and numbers only; the UI words them.
 */
export type PendingAtEnd =
  /** Every event has a fate: nothing to say. */
  | { code: 'none'; endMs: number }
  /** Open events with a retry scheduled after the end: how many, and the first retry's time. */
  | { code: 'retry'; endMs: number; limited: boolean; count: number; openEvents: number; atMs: number }
  /** Open events, the engine's next step at `atMs` (a poll, a visibility timeout, an expiry…). */
  | { code: 'inFlight'; endMs: number; limited: boolean; openEvents: number; atMs: number }
  /** Open events and nothing scheduled: they wait for something that will never come (no consumer). */
  | { code: 'stuck'; endMs: number; openEvents: number }

export function pendingAtEnd(result: SimResult): PendingAtEnd {
  const end: RunEnd = result.end
  const endMs = result.untilMs
  if (end.openEvents === 0) return { code: 'none', endMs }
  if (end.nextTimerMs === null) return { code: 'stuck', endMs, openEvents: end.openEvents }
  const limited = end.kind === 'limit'
  // The latest retry scheduled per event; those due after the end are the retries the run cut off.
  const latest = new Map<string, number>()
  const store = result.traceStore
  for (let i = 0; i < store.length; i++) {
    const e = store.get(i)
    if (e.type === 'retry.scheduled') latest.set(e.eventId, e.nextAtMs)
    else if (e.type === 'event.fate') latest.delete(e.eventId)
  }
  let count = 0
  let atMs = Number.POSITIVE_INFINITY
  for (const t of latest.values()) {
    if (t <= endMs) continue
    count++
    if (t < atMs) atMs = t
  }
  if (count > 0) return { code: 'retry', endMs, limited, count, openEvents: end.openEvents, atMs }
  return { code: 'inFlight', endMs, limited, openEvents: end.openEvents, atMs: end.nextTimerMs }
}
