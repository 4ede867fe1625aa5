import type { MetricKey } from '../../sim/views'
import type { SweepPoint } from '../../store/sweepRun'

export interface ChartPaths {
  /** SVG path data in data coordinates (x from `from`, y the figure): the line, broken at a refused or missing run. */
  line: string
  /** One zero-length segment per run (drawn as a dot by a round cap). */
  dots: string
  /** The y axis's top: the highest figure, at least 1. */
  max: number
  /** Runs charted. */
  count: number
}

/** One figure's line and dots across the runs done so far. */
export function chartPaths(points: readonly (SweepPoint | null)[], metric: MetricKey, from: number): ChartPaths {
  let max = 1
  let line = ''
  let dots = ''
  let pen = false
  let count = 0
  for (const p of points) {
    const v = p?.ok ? p.metrics[metric] : null
    if (p === null || v === null || v === undefined) {
      pen = false
      continue
    }
    if (v > max) max = v
    const x = p.value - from
    line += `${pen ? 'L' : 'M'}${x},${v}`
    dots += `M${x},${v}h0`
    pen = true
    count++
  }
  return { line, dots, max, count }
}
