import type { Scenario } from '../model'

/**
 * How many events the document's traffic asks for (before retries, fan-out or duplicates): enough to tell a run of a
 * few ms from one that must leave the main thread. Reads the document as written; never throws on a bad one.
 */
export function estimateEvents(doc: Scenario): number {
  let n = 0
  const traffic: unknown = doc.traffic
  if (!Array.isArray(traffic)) return 0
  const durationMs = Number.isFinite(doc.durationMs) ? doc.durationMs : 0
  for (const t of doc.traffic) {
    if (t.kind === 'once') n += t.count ?? 1
    else if (t.kind === 'list') n += Array.isArray(t.atMs) ? t.atMs.length : 0
    else if (t.kind === 'every' && t.everyMs > 0) {
      const start = t.startMs ?? 0
      const end = Math.min(durationMs, t.untilMs ?? Number.POSITIVE_INFINITY)
      const byTime = Math.max(0, Math.ceil((end - start) / t.everyMs))
      n += Math.min(byTime, t.count ?? Number.POSITIVE_INFINITY)
    }
    if (n > 1e12) break
  }
  return n
}
