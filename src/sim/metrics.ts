/**
 * Metric series bucketed by `periodMs`. `sum` series count things (Invocations, Errors, Throttles…); `level` series
 * are gauges (ConcurrentExecutions, queue depth, IteratorAge): each bucket holds the maximum level seen in it, and a
 * level carries forward into quiet buckets. Handles are fetched once (`series(...)`) so the hot path only indexes.
 */
export type MetricKind = 'sum' | 'level'

export class Series {
  values: number[]
  private lastIdx = 0
  private level = 0

  readonly nodeId: string
  readonly name: string
  readonly kind: MetricKind
  private readonly owner: Metrics

  constructor(nodeId: string, name: string, kind: MetricKind, owner: Metrics) {
    this.nodeId = nodeId
    this.name = name
    this.kind = kind
    this.owner = owner
    this.values = new Array<number>(owner.buckets).fill(0)
  }

  private idx(atMs: number): number {
    const o = this.owner
    if (atMs >= o.coveredMs) o.cover(atMs)
    const i = Math.floor(atMs / o.periodMs)
    const vals = this.values
    if (i >= vals.length) this.grow(o.buckets)
    return i < vals.length ? i : vals.length - 1
  }

  /** Extend to `buckets` (a settling run outgrows its first estimate); new buckets hold nothing yet. */
  grow(buckets: number): void {
    const vals = this.values
    for (let j = vals.length; j < buckets; j++) vals.push(0)
  }

  /** Merge every `factor` buckets into one (sum: add; level: max), so a long run keeps ~600 buckets. */
  coarsen(factor: number, buckets: number): void {
    const vals = this.values
    const out = new Array<number>(buckets).fill(0)
    for (let j = 0; j < vals.length; j++) {
      const k = Math.min(Math.floor(j / factor), buckets - 1)
      out[k] = this.kind === 'sum' ? out[k]! + vals[j]! : Math.max(out[k]!, vals[j]!)
    }
    this.values = out
    this.lastIdx = Math.floor(this.lastIdx / factor)
  }

  add(atMs: number, v: number): void {
    const i = this.idx(atMs)
    this.values[i]! += v
  }

  /** Set the current level of a gauge. */
  set(atMs: number, v: number): void {
    const i = this.idx(atMs)
    const vals = this.values
    for (let j = this.lastIdx + 1; j <= i; j++) if (vals[j]! < this.level) vals[j] = this.level
    if (vals[i]! < v) vals[i] = v
    this.lastIdx = i
    this.level = v
  }

  /** Carry a gauge's last level to the end of the run. */
  finish(): void {
    if (this.kind === 'level') {
      const vals = this.values
      for (let j = this.lastIdx + 1; j < vals.length; j++) if (vals[j]! < this.level) vals[j] = this.level
    }
  }
}

export interface MetricsResult {
  periodMs: number
  series: { nodeId: string; name: string; kind: MetricKind; values: number[] }[]
}

export class Metrics {
  private readonly byKey = new Map<string, Series>()
  private readonly list: Series[] = []
  buckets: number
  periodMs: number
  /** Times below this fit the current buckets. */
  coveredMs: number
  /** A period the caller chose is kept; the default one grows with the run (`defaultPeriodMs`). */
  private readonly fixedPeriod: boolean

  /**
   * Buckets cover [0, untilMs]. A run that settles past it (simulate's default) writes later: the default period then
   * coarsens to `defaultPeriodMs` of the later time, a chosen one grows more buckets.
   */
  constructor(periodMs: number | undefined, untilMs: number) {
    this.fixedPeriod = periodMs !== undefined
    this.periodMs = periodMs ?? defaultPeriodMs(untilMs)
    this.buckets = bucketsFor(untilMs, this.periodMs)
    this.coveredMs = this.buckets * this.periodMs
  }

  /** Make room for a write at `atMs` (or the run's end). */
  cover(atMs: number): void {
    const period = this.fixedPeriod ? this.periodMs : Math.max(this.periodMs, defaultPeriodMs(atMs))
    const buckets = bucketsFor(atMs, period)
    if (period !== this.periodMs) {
      const factor = period / this.periodMs
      for (const s of this.list) s.coarsen(factor, buckets)
      this.periodMs = period
      this.buckets = buckets
    } else if (buckets > this.buckets) {
      for (const s of this.list) s.grow(buckets)
      this.buckets = buckets
    }
    this.coveredMs = this.buckets * this.periodMs
  }

  series(nodeId: string, name: string, kind: MetricKind): Series {
    const key = `${nodeId}\u0000${name}`
    let s = this.byKey.get(key)
    if (!s) {
      s = new Series(nodeId, name, kind, this)
      this.byKey.set(key, s)
      this.list.push(s)
    }
    return s
  }

  /** The series over [0, endMs] (the run's end, known only when it settles). */
  result(endMs: number): MetricsResult {
    if (endMs >= this.coveredMs || bucketsFor(endMs, this.periodMs) !== this.buckets) this.cover(endMs)
    const buckets = bucketsFor(endMs, this.periodMs)
    for (const s of this.list) {
      if (s.values.length > buckets) s.values.length = buckets
      s.finish()
    }
    return {
      periodMs: this.periodMs,
      series: this.list.map((s) => ({ nodeId: s.nodeId, name: s.name, kind: s.kind, values: s.values })),
    }
  }
}

function bucketsFor(untilMs: number, periodMs: number): number {
  return Math.max(1, Math.ceil((untilMs + 1) / periodMs))
}

/** A readable default bucket: about 600 buckets over the run, between 1 s and 1 h. */
export function defaultPeriodMs(untilMs: number): number {
  const steps = [1000, 5000, 10_000, 60_000, 300_000, 600_000, 3_600_000]
  for (const p of steps) if (untilMs / p <= 600) return p
  return 3_600_000
}
