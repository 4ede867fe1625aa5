import { memo } from 'react'
import { isRiskMetric, type MetricKey } from '../../sim/views'
import type { SweepPoint } from '../../store/sweepRun'
import { formatNumber } from './format'

const W = 260
const H = 132
const L = 46
const R = 10
const T = 10
const B = 34

/**
 * One figure against the swept setting: a line through the runs done so far (a refused value leaves a gap) and a dot
 * per run, both axes with their ends labelled. Drawn in data coordinates under one transform, so a new maximum
 * changes one attribute, not every point (strokes keep their width: non-scaling). `label` is the screen-reader
 * sentence; the table says the same numbers.
 */
export const SweepChart = memo(function SweepChart({
  metric,
  title,
  axisLabel,
  points,
  from,
  to,
  label,
}: {
  metric: MetricKey
  title: string
  axisLabel: string
  points: readonly (SweepPoint | null)[]
  from: number
  to: number
  label: string
}) {
  let max = 1
  let line = ''
  let dots = ''
  let pen = false
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
  }
  const sx = (W - L - R) / Math.max(1, to - from)
  const sy = (H - B - T) / max
  return (
    <figure className={`sweep-chart${isRiskMetric(metric) ? ' sweep-chart--risk' : ''}`}>
      <figcaption className="sweep-chart__title">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="sweep-chart__svg" role="img" aria-label={label}>
        <line x1={L} x2={W - R} y1={H - B} y2={H - B} className="sweep-chart__axis" />
        <line x1={L} x2={L} y1={T} y2={H - B} className="sweep-chart__axis" />
        <text x={L - 4} y={T + 4} className="sweep-chart__tick" textAnchor="end">
          {formatNumber(max)}
        </text>
        <text x={L - 4} y={H - B} className="sweep-chart__tick" textAnchor="end">
          0
        </text>
        <text x={L} y={H - B + 12} className="sweep-chart__tick" textAnchor="start">
          {formatNumber(from)}
        </text>
        <text x={W - R} y={H - B + 12} className="sweep-chart__tick" textAnchor="end">
          {formatNumber(to)}
        </text>
        <text x={(L + W - R) / 2} y={H - 6} className="sweep-chart__axis-label" textAnchor="middle">
          {axisLabel}
        </text>
        <g transform={`translate(${L} ${H - B}) scale(${sx} ${-sy})`}>
          <path d={line} className="sweep-chart__line" />
          <path d={dots} className="sweep-chart__dots" data-points={points.filter((p) => p?.ok).length} />
        </g>
      </svg>
    </figure>
  )
})
