/** Per-run lookups for the token layer, built once per run (not per frame). */
import { buildWaitIndex, type WaitIndex } from '../../animation/retryWaitIndex'
import { buildHopIndex, tokenStateOf, type HopIndex, type TokenState } from '../../animation/tokenProgress'
import { retryWaits } from '../../sim/views'
import type { PlaybackRun } from '../../store/playbackSliceRun'

/** An event that ended without being delivered: it falls away from the node where it was dropped. */
export interface Fall {
  atMs: number
  nodeId: string
}

export interface TokenIndex {
  hops: HopIndex
  /** State per hop (same order as hops.hops). */
  states: TokenState[]
  falls: Fall[]
  /** Events parked between attempts (async retry waits, client retries). */
  waits: WaitIndex
  /** Per hop (same order): the status code a response token carries when it is not a success (502, 500, 504, 429…), else 0. */
  codes: number[]
}

const LOST_FATES = new Set(['discarded', 'expired', 'rejected'])

export function buildTokenIndex(run: PlaybackRun): TokenIndex {
  if (!run.ok) return { hops: buildHopIndex([]), states: [], falls: [], waits: buildWaitIndex([]), codes: [] }
  const hops = buildHopIndex(run.result.trace)
  const states = hops.hops.map((h) => tokenStateOf(h, run.resolved.edgeById.get(h.edgeId)?.role ?? null))
  const falls: Fall[] = []
  // What each caller was answered (an event can be answered more than once: a client's own retries, §5.1).
  const responses = new Map<string, { atMs: number; code: number }[]>()
  for (const e of run.result.trace) {
    if ((e.type === 'event.fate' && LOST_FATES.has(e.fate)) || e.type === 'delivery.failed') falls.push({ atMs: e.atMs, nodeId: e.nodeId })
    if (e.type === 'response') {
      const list = responses.get(e.eventId)
      if (list) list.push({ atMs: e.atMs, code: e.statusCode })
      else responses.set(e.eventId, [{ atMs: e.atMs, code: e.statusCode }])
    }
  }
  const codes = hops.hops.map((h) => {
    if (h.token !== 'response') return 0
    let code = 0
    for (const r of responses.get(h.eventId) ?? []) if (r.atMs <= h.departMs) code = r.code
    return code >= 300 ? code : 0
  })
  return { hops, states, falls, waits: buildWaitIndex(retryWaits(run.result)), codes }
}
