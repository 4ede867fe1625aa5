import { upperBound } from '../model/sorted'
/**
 * Pure geometry and timing for tokens: where a hop's token is at sim time t, which hops are in flight, what colour
 * state a token shows. No DOM, no clock: the canvas layer samples edge paths and calls these per frame.
 */
import type { HopTrace, TraceEvent } from '../sim'

/**
 * 0…1 along the edge while the hop is in flight (departMs ≤ t < arriveMs), else null. Zero-length hops show at 1.
 * `minFlightMs` stretches very short hops so the eye can follow them (a 50 ms hop is 3 frames at 1×): the token
 * then arrives at most that long after the trace says; the trace's own times are never changed.
 */
export function hopProgress(hop: Pick<HopTrace, 'departMs' | 'arriveMs'>, t: number, minFlightMs = 0): number | null {
  const flight = Math.max(hop.arriveMs - hop.departMs, minFlightMs)
  if (t < hop.departMs || t >= hop.departMs + flight) return flight === 0 && t === hop.departMs ? 1 : null
  return (t - hop.departMs) / flight
}

/** Reduced motion: the token does not travel — it waits at the start, then jumps to the end halfway through. */
export const jumpProgress = (p: number) => (p < 0.5 ? 0 : 1)

/** An edge path as points with cumulative length (sampled once per layout, read every frame). */
export interface PathSamples {
  xs: Float64Array
  ys: Float64Array
  /** Cumulative length at each point; the last is the total. */
  lens: Float64Array
}

export function samplePath(
  pointAt: (len: number) => { x: number; y: number },
  totalLength: number,
  count = 24,
): PathSamples {
  const n = Math.max(2, count)
  const xs = new Float64Array(n)
  const ys = new Float64Array(n)
  const lens = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const p = pointAt((totalLength * i) / (n - 1))
    xs[i] = p.x
    ys[i] = p.y
    if (i > 0) lens[i] = (lens[i - 1] as number) + Math.hypot(p.x - (xs[i - 1] as number), p.y - (ys[i - 1] as number))
  }
  return { xs, ys, lens }
}

/** The point at fraction p (0…1) of the path's length, written into `out` (no allocation per token per frame). */
export function pointAlong(path: PathSamples, p: number, out: { x: number; y: number }): void {
  const { xs, ys, lens } = path
  const last = lens.length - 1
  const target = Math.min(1, Math.max(0, p)) * (lens[last] as number)
  let lo = 0
  let hi = last
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1
    if ((lens[mid] as number) <= target) lo = mid
    else hi = mid
  }
  const l0 = lens[lo] as number
  const seg = (lens[hi] as number) - l0
  const f = seg > 0 ? (target - l0) / seg : 0
  out.x = (xs[lo] as number) + ((xs[hi] as number) - (xs[lo] as number)) * f
  out.y = (ys[lo] as number) + ((ys[hi] as number) - (ys[lo] as number)) * f
}

/** Hops sorted by departure, with the longest flight, so "in flight at t" is a short backwards scan. */
export interface HopIndex {
  hops: HopTrace[]
  departs: Float64Array
  maxFlightMs: number
}

export function buildHopIndex(trace: readonly TraceEvent[]): HopIndex {
  const steps = hopIndexSteps(trace)
  for (;;) {
    const r = steps.next()
    if (r.done === true) return r.value
  }
}

/** Entries handled between two yields of the sliced builders (a few hundred µs of work). */
export const STEP_ENTRIES = 1_000

/** buildHopIndex in steps: yields every STEP_ENTRIES entries (canvas/playback/useSliced.ts spreads them over tasks). */
export function* hopIndexSteps(trace: readonly TraceEvent[]): Generator<void, HopIndex> {
  const hops: HopTrace[] = []
  let sorted = true
  for (let i = 0; i < trace.length; i++) {
    if (i % STEP_ENTRIES === STEP_ENTRIES - 1) yield
    const e = trace[i] as TraceEvent
    if (e.type !== 'hop') continue
    const prev = hops[hops.length - 1]
    if (prev !== undefined && (prev.departMs > e.departMs || (prev.departMs === e.departMs && prev.seq > e.seq)))
      sorted = false
    hops.push(e)
  }
  // Hops mostly depart when they are logged: already in order, and a 20,000-hop sort is a long task (issue #13).
  if (!sorted) hops.sort((a, b) => a.departMs - b.departMs || a.seq - b.seq)
  let maxFlightMs = 0
  const departs = new Float64Array(hops.length)
  for (let i = 0; i < hops.length; i++) {
    if (i % STEP_ENTRIES === STEP_ENTRIES - 1) yield
    const h = hops[i] as HopTrace
    departs[i] = h.departMs
    maxFlightMs = Math.max(maxFlightMs, h.arriveMs - h.departMs)
  }
  return { hops, departs, maxFlightMs }
}

/** Calls `visit` for every hop in flight at t (oldest departure first among those found). Allocation-free. */
export function forEachHopInFlight(
  index: HopIndex,
  t: number,
  visit: (hop: HopTrace, progress: number, slot: number) => void,
  minFlightMs = 0,
): void {
  const { departs, hops } = index
  const lo = upperBound(departs, t)
  const earliest = t - Math.max(index.maxFlightMs, minFlightMs)
  for (let i = lo - 1; i >= 0 && (departs[i] as number) >= earliest; i--) {
    const hop = hops[i] as HopTrace
    const p = hopProgress(hop, t, minFlightMs)
    if (p !== null) visit(hop, p, i)
  }
}
