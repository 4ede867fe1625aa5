/** Per-run lookups for the token layer, built once per run (not per frame). */
import { buildWaitIndex, type WaitIndex } from '../../animation/retryWaitIndex'
import { buildHopIndex, type HopIndex } from '../../animation/tokenProgress'
import { lossesOf, retryWaits, tokenStateOf, type Loss, type TokenState } from '../../sim/views'
import type { PlaybackRun } from '../../store/playback/run'

export interface TokenIndex {
  hops: HopIndex
  /** State per hop (same order as hops.hops). */
  states: TokenState[]
  /** Events that ended undelivered: they fall away from the node where they were dropped. */
  falls: Loss[]
  /** Events parked between attempts (async retry waits, client retries). */
  waits: WaitIndex
  /**
   * Per hop (same order): the status code a response token carries when it is not a success (502, 500, 504, 429…), else
   * 0.
   */
  codes: number[]
}

export function buildTokenIndex(run: PlaybackRun): TokenIndex {
  if (!run.ok) return { hops: buildHopIndex([]), states: [], falls: [], waits: buildWaitIndex([]), codes: [] }
  const hops = buildHopIndex(run.result.trace)
  const states = hops.hops.map((h) => tokenStateOf(h, run.resolved.edgeById.get(h.edgeId)?.role ?? null))
  // What each caller was answered (an event can be answered more than once: a client's own retries, §5.1).
  const responses = new Map<string, { atMs: number; code: number }[]>()
  for (const e of run.result.trace) {
    if (e.type !== 'response') continue
    const list = responses.get(e.eventId)
    if (list) list.push({ atMs: e.atMs, code: e.statusCode })
    else responses.set(e.eventId, [{ atMs: e.atMs, code: e.statusCode }])
  }
  const codes = hops.hops.map((h) => {
    if (h.token !== 'response') return 0
    let code = 0
    for (const r of responses.get(h.eventId) ?? []) if (r.atMs <= h.departMs) code = r.code
    return code >= 300 ? code : 0
  })
  return { hops, states, falls: lossesOf(run.result), waits: buildWaitIndex(retryWaits(run.result)), codes }
}
