/** Binary searches over time-ordered data, shared by the views, the store, the animation and the panels. */

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
