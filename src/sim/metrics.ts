/**
 * Metric series bucketed by `periodMs`. `sum` series count things (Invocations, Errors, Throttles…); `level` series
 * are gauges (ConcurrentExecutions, queue depth, IteratorAge): each bucket holds the maximum level seen in it, and a
 * level carries forward into quiet buckets. Handles are fetched once (`series(...)`) so the hot path only indexes.
 */
export type MetricKind = 'sum' | 'level'

export class Series {
  readonly values: number[]
  private lastIdx = 0
  private level = 0

  readonly nodeId: string
  readonly name: string
  readonly kind: MetricKind
  private readonly periodMs: number

  constructor(nodeId: string, name: string, kind: MetricKind, periodMs: number, buckets: number) {
    this.nodeId = nodeId
    this.name = name
    this.kind = kind
    this.periodMs = periodMs
    this.values = new Array<number>(buckets).fill(0)
  }

  private idx(atMs: number): number {
    const i = Math.floor(atMs / this.periodMs)
    return i < this.values.length ? i : this.values.length - 1
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
  readonly buckets: number

  readonly periodMs: number

  constructor(periodMs: number, untilMs: number) {
    this.periodMs = periodMs
    this.buckets = Math.max(1, Math.ceil((untilMs + 1) / periodMs))
  }

  series(nodeId: string, name: string, kind: MetricKind): Series {
    const key = `${nodeId}\u0000${name}`
    let s = this.byKey.get(key)
    if (!s) {
      s = new Series(nodeId, name, kind, this.periodMs, this.buckets)
      this.byKey.set(key, s)
      this.list.push(s)
    }
    return s
  }

  result(): MetricsResult {
    for (const s of this.list) s.finish()
    return {
      periodMs: this.periodMs,
      series: this.list.map((s) => ({ nodeId: s.nodeId, name: s.name, kind: s.kind, values: s.values })),
    }
  }
}

/** A readable default bucket: about 600 buckets over the run, between 1 s and 1 h. */
export function defaultPeriodMs(untilMs: number): number {
  const steps = [1000, 5000, 10_000, 60_000, 300_000, 600_000, 3_600_000]
  for (const p of steps) if (untilMs / p <= 600) return p
  return 3_600_000
}
