/**
 * Binary searches over time-ordered data, shared by the engine's views, the store, the animation and the panels. Here,
 * not in src/sim, so the editor's first frame reads a run's moments and spans without loading the engine (#16).
 */

/** First index whose value is > t: the number of values ≤ t. */
export function upperBound(sorted: ArrayLike<number>, t: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as number) <= t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** First index whose value is ≥ t. */
export function lowerBound(sorted: ArrayLike<number>, t: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as number) < t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How many items (ordered by `atMs`) have happened by t. */
export function countAtOrBefore(items: readonly { readonly atMs: number }[], t: number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((items[mid] as { atMs: number }).atMs <= t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Whether something is in flight or running at t (`spans` from busySpansOf). */
export function isBusyAt(spans: readonly number[], t: number): boolean {
  const i = upperBound(spans, t) // spans[i-1] <= t < spans[i]
  return i % 2 === 1 && t < (spans[i] ?? -Infinity)
}

/** The first moment after t, or null. */
export function momentAfter(moments: readonly number[], t: number): number | null {
  const i = upperBound(moments, t)
  return i < moments.length ? (moments[i] as number) : null
}

/** The last moment before t, or null. */
export function momentBefore(moments: readonly number[], t: number): number | null {
  const i = lowerBound(moments, t) - 1
  return i >= 0 ? (moments[i] as number) : null
}
