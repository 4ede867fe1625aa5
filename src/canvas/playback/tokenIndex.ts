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
}

const LOST_FATES = new Set(['discarded', 'expired', 'rejected'])

export function buildTokenIndex(run: PlaybackRun): TokenIndex {
  if (!run.ok) return { hops: buildHopIndex([]), states: [], falls: [], waits: buildWaitIndex([]) }
  const hops = buildHopIndex(run.result.trace)
  const states = hops.hops.map((h) => tokenStateOf(h, run.resolved.edgeById.get(h.edgeId)?.role ?? null))
  const falls: Fall[] = []
  for (const e of run.result.trace) {
    if ((e.type === 'event.fate' && LOST_FATES.has(e.fate)) || e.type === 'delivery.failed') falls.push({ atMs: e.atMs, nodeId: e.nodeId })
  }
  return { hops, states, falls, waits: buildWaitIndex(retryWaits(run.result)) }
}
