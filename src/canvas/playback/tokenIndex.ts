/** Per-run lookups for the token layer, built once per run (not per frame). */
import { buildWaitIndex, type WaitIndex } from '../../animation/retryWaitIndex'
import { buildHopIndex, type HopIndex } from '../../animation/tokenProgress'
import { lossesOf, retryWaits, tokenStateOf, type Loss, type TokenState } from '../../sim/views'
import type { PlaybackRun } from '../../store/playbackSliceRun'

export interface TokenIndex {
  hops: HopIndex
  /** State per hop (same order as hops.hops). */
  states: TokenState[]
  /** Events that ended undelivered: they fall away from the node where they were dropped. */
  falls: Loss[]
  /** Events parked between attempts (async retry waits, client retries). */
  waits: WaitIndex
}

export function buildTokenIndex(run: PlaybackRun): TokenIndex {
  if (!run.ok) return { hops: buildHopIndex([]), states: [], falls: [], waits: buildWaitIndex([]) }
  const hops = buildHopIndex(run.result.trace)
  const states = hops.hops.map((h) => tokenStateOf(h, run.resolved.edgeById.get(h.edgeId)?.role ?? null))
  return { hops, states, falls: lossesOf(run.result), waits: buildWaitIndex(retryWaits(run.result)) }
}
