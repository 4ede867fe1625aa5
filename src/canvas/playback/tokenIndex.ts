/** Per-run lookups for the token layer, built once per run (not per frame). */
import { buildWaitIndex, type WaitIndex } from '../../animation/retryWaitIndex'
import { hopIndexSteps, STEP_ENTRIES, type HopIndex } from '../../animation/tokenProgress'
import { isLoss, retryWaits, tokenStateOf, type Loss, type TokenState } from '../../sim/views'
import type { TraceEvent } from '../../sim'
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

/** The whole index in one go (tests, small runs). */
export function buildTokenIndex(run: PlaybackRun): TokenIndex {
  const steps = tokenIndexSteps(run)
  for (;;) {
    const r = steps.next()
    if (r.done === true) return r.value
  }
}

/**
 * The index in steps of STEP_ENTRIES entries (useSliced.ts runs them over several tasks: 40,000 entries in one task
 * were 60–100 ms at full speed, issue #13). The same value as building it in one go: the same loops, paused.
 */
export function* tokenIndexSteps(run: PlaybackRun): Generator<void, TokenIndex> {
  const noHops = { hops: [], departs: new Float64Array(0), maxFlightMs: 0 }
  if (!run.ok) return { hops: noHops, states: [], falls: [], waits: buildWaitIndex([]), codes: [] }
  const trace = run.result.trace as readonly TraceEvent[]
  const hops = yield* hopIndexSteps(trace)
  const states: TokenState[] = []
  for (let i = 0; i < hops.hops.length; i++) {
    if (i % STEP_ENTRIES === STEP_ENTRIES - 1) yield
    const h = hops.hops[i]!
    states.push(tokenStateOf(h, run.resolved.edgeById.get(h.edgeId)?.role ?? null))
  }
  // What each caller was answered (an event can be answered more than once: a client's own retries, §5.1), and where
  // events were lost (sim/views lossesOf, in the same pass).
  const responses = new Map<string, { atMs: number; code: number }[]>()
  const falls: Loss[] = []
  for (let i = 0; i < trace.length; i++) {
    if (i % STEP_ENTRIES === STEP_ENTRIES - 1) yield
    const e = trace[i]!
    if (isLoss(e)) falls.push({ atMs: e.atMs, nodeId: e.nodeId })
    if (e.type !== 'response') continue
    const list = responses.get(e.eventId)
    if (list) list.push({ atMs: e.atMs, code: e.statusCode })
    else responses.set(e.eventId, [{ atMs: e.atMs, code: e.statusCode }])
  }
  const codes: number[] = []
  for (let i = 0; i < hops.hops.length; i++) {
    if (i % STEP_ENTRIES === STEP_ENTRIES - 1) yield
    const h = hops.hops[i]!
    let code = 0
    if (h.token === 'response') for (const r of responses.get(h.eventId) ?? []) if (r.atMs <= h.departMs) code = r.code
    codes.push(code >= 300 ? code : 0)
  }
  yield
  const waits = buildWaitIndex(retryWaits(run.result))
  return { hops, states, falls, waits, codes }
}
