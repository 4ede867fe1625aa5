/**
 * The run behind playback: `simulate(resolve(document + timed inputs))`, derived lazily and memoised on the document
 * and inputs objects (both are replaced, never mutated, so identity is the change signal). Seek never re-runs: it
 * only picks which part of this result to draw. The engine's code is `runEngine.ts`, fetched after the first paint
 * (engineLoader.ts, #16): until then a run is pending, like one simulated in the worker.
 */
import type { Scenario } from '../../model'
import { momentAfter, momentBefore } from '../../model/sorted'
import type { TimedFault } from './inputs'
import { remoteRunFor } from '../runRemote'
import { loadRunEngineAfterPaint, runEngineFailure, runEngineOrNull } from './engineLoader'
import type { PlaybackRun } from './runTypes'

export { HEALTH_BUCKETS, UI_BUDGET, type PlaybackRun } from './runTypes'

/**
 * What the engine reads of a document: all of it but the title, the description and where nodes sit on the canvas.
 * Typing a title or moving a node keeps the run (no re-simulation, no new views) — a 200,000-event run stays put.
 */
export function simulationKey(doc: Scenario): string {
  return JSON.stringify({
    ...doc,
    title: '',
    description: '',
    nodes: doc.nodes.map((n) => ({ ...n, position: undefined })),
  })
}

/** The issue of a run whose engine could not be fetched (the playback bar says so in words). */
export const ENGINE_UNAVAILABLE = 'run.engineUnavailable'

const memo = new WeakMap<Scenario, { inputs: readonly TimedFault[]; run: PlaybackRun }>()
const awaiting = new WeakSet<PlaybackRun>()

/**
 * Whether this pending run is only waiting for the engine's code (a moment after the page loads), not being simulated
 * in the worker: the playback bar says "Simulating…" without the progress box a long run has.
 */
export const awaitsEngine = (run: PlaybackRun): boolean => awaiting.has(run)
const waiting = new WeakMap<Scenario, { inputs: readonly TimedFault[]; failure: string | null; run: PlaybackRun }>()

/**
 * The run while the engine's code is not here: pending (the fetch is started after the page's paint), or the fetch's
 * failure as the run's issue. The same object for the same (document, inputs), so selectors stay stable. A failed
 * fetch is tried again for the next document or inputs (not for the same ones: that would retry at every render), and
 * when the browser is back online (engineLoader.ts).
 */
export function awaitingEngineRun(doc: Scenario, inputs: readonly TimedFault[]): PlaybackRun {
  const failure = runEngineFailure()
  const hit = waiting.get(doc)
  const same = hit !== undefined && hit.inputs === inputs
  if (same && hit.failure === failure) return hit.run
  if (!same) loadRunEngineAfterPaint()
  const run: PlaybackRun =
    failure === null
      ? { ok: false, issues: [], endMs: doc.durationMs, pending: null }
      : {
          ok: false,
          endMs: doc.durationMs,
          issues: [
            {
              path: '(app)',
              code: ENGINE_UNAVAILABLE,
              message: failure,
              severity: 'error',
              params: { message: failure },
            },
          ],
        }
  waiting.set(doc, { inputs, failure, run })
  if (failure === null) awaiting.add(run)
  return run
}

let lastRun: { key: string; inputs: readonly TimedFault[]; run: PlaybackRun } | null = null

/** Memoised on (document, inputs) identity: the same objects give the same run object (React can compare it). */
export function runFor(doc: Scenario, inputs: readonly TimedFault[]): PlaybackRun {
  const hit = memo.get(doc)
  if (hit && hit.inputs === inputs) return hit.run
  const key = simulationKey(doc)
  if (lastRun !== null && lastRun.inputs === inputs && lastRun.key === key && lastRun.run.ok && !lastRun.run.partial) {
    memo.set(doc, { inputs, run: lastRun.run })
    return lastRun.run
  }
  // A big run goes to a worker (runRemote.ts): pending or partial until it is done, then memoised here like any other.
  const remote = remoteRunFor(doc, inputs)
  if (remote !== null && (remote.ok === false ? remote.pending !== undefined : remote.partial !== undefined))
    return remote
  let run = remote
  if (run === null) {
    const engine = runEngineOrNull()
    if (engine === null) return awaitingEngineRun(doc, inputs)
    run = engine.deriveRun(doc, inputs)
  }
  memo.set(doc, { inputs, run })
  lastRun = { key, inputs, run }
  return run
}

export function nextMoment(run: PlaybackRun, t: number): number | null {
  return run.ok ? momentAfter(run.moments, t) : null
}

export function previousMoment(run: PlaybackRun, t: number): number | null {
  return run.ok ? momentBefore(run.moments, t) : null
}
