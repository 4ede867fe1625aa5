/** Events parked between attempts, looked up per frame without allocating (like hops in flight, tokenProgress.ts). */
import { upperBound } from '../model/sorted'
import type { RetryWait } from '../sim/views'

export interface WaitIndex {
  /** By start time. */
  waits: readonly RetryWait[]
  starts: Float64Array
  maxWaitMs: number
}

export function buildWaitIndex(waits: readonly RetryWait[]): WaitIndex {
  const starts = new Float64Array(waits.length)
  let maxWaitMs = 0
  waits.forEach((w, i) => {
    starts[i] = w.fromMs
    maxWaitMs = Math.max(maxWaitMs, w.untilMs - w.fromMs)
  })
  return { waits, starts, maxWaitMs }
}

/**
 * Calls `visit` for every event waiting at t, with how much of its wait has passed (0 → 1), newest wait first.
 * A wait holds [fromMs, untilMs): at untilMs the next attempt has started and the token is on its way again.
 */
export function forEachWaitAt(index: WaitIndex, t: number, visit: (wait: RetryWait, progress: number) => void): void {
  const { starts, waits } = index
  const earliest = t - index.maxWaitMs
  for (let i = upperBound(starts, t) - 1; i >= 0 && (starts[i] as number) >= earliest; i--) {
    const w = waits[i] as RetryWait
    if (t < w.untilMs) visit(w, (t - w.fromMs) / (w.untilMs - w.fromMs))
  }
}
