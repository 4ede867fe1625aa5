import { memo, useLayoutEffect, useRef } from 'react'
import { isRiskMetric, type MetricKey } from '../../sim/views'
import type { SweepPoint } from '../../store/sweepRun'
import { chartPaths } from './chartPaths'
import { formatNumber } from './format'
import type { SweepFeed } from './sweepFeed'

const W = 260
const H = 132
const L = 46
const R = 10
const T = 10
const B = 34

/**
 * One figure against the swept setting: a line through the runs done so far (a refused value leaves a gap) and a dot
 * per run, both axes with their ends labelled. React renders the frame once per sweep; the points are drawn from the
 * feed imperatively, once per batch (per-frame motion stays out of React state): in data coordinates under one
 * transform, so a new maximum changes one attribute, not every point (strokes keep their width: non-scaling).
 * `describe` gives the screen-reader sentence for the points so far; the table says the same numbers.
 */
export const SweepChart = memo(function SweepChart({
  metric,
  title,
  axisLabel,
  feed,
  from,
  to,
  describe,
}: {
  metric: MetricKey
  title: string
  axisLabel: string
  feed: SweepFeed
  from: number
  to: number
  describe: (metric: MetricKey, points: readonly (SweepPoint | null)[]) => string
}) {
  const svg = useRef<SVGSVGElement>(null)
  const maxTick = useRef<SVGTextElement>(null)
  const group = useRef<SVGGElement>(null)
  const line = useRef<SVGPathElement>(null)
  const dots = useRef<SVGPathElement>(null)
  useLayoutEffect(() => {
    const sx = (W - L - R) / Math.max(1, to - from)
    let drawn: readonly (SweepPoint | null)[] | null = null
    const draw = () => {
      const points = feed.points()
      if (points === drawn) return
      drawn = points
      const p = chartPaths(points, metric, from)
      line.current?.setAttribute('d', p.line)
      dots.current?.setAttribute('d', p.dots)
      dots.current?.setAttribute('data-points', String(p.count))
      group.current?.setAttribute('transform', `translate(${L} ${H - B}) scale(${sx} ${-(H - B - T) / p.max})`)
      if (maxTick.current) maxTick.current.textContent = formatNumber(p.max)
      svg.current?.setAttribute('aria-label', describe(metric, points))
    }
    draw()
    return feed.subscribe(draw)
  }, [feed, metric, from, to, describe])
  return (
    <figure className={`sweep-chart${isRiskMetric(metric) ? ' sweep-chart--risk' : ''}`}>
      <figcaption className="sweep-chart__title">{title}</figcaption>
      <svg ref={svg} viewBox={`0 0 ${W} ${H}`} className="sweep-chart__svg" role="img">
        <line x1={L} x2={W - R} y1={H - B} y2={H - B} className="sweep-chart__axis" />
        <line x1={L} x2={L} y1={T} y2={H - B} className="sweep-chart__axis" />
        <text ref={maxTick} x={L - 4} y={T + 4} className="sweep-chart__tick" textAnchor="end" />
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
        <g ref={group}>
          <path ref={line} className="sweep-chart__line" />
          <path ref={dots} className="sweep-chart__dots" />
        </g>
      </svg>
    </figure>
  )
})
