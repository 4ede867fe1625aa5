import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ResolvedScenario } from '../../model'
import type { SimResult } from '../../sim'
import { spansAt, swimlaneSpans, type AttemptSpan } from '../../sim/views'
import { formatSimTime } from '../formatSimTime'
import { displayNames } from '../narration/displayNames'
import { translatorOf } from '../narration/translate'
import { OutcomePatterns } from './OutcomePatterns'

const LABEL_W = 150
const ROW_H = 24
const MIN_SPAN_PX = 4
/** Big runs: draw the most recent attempts only (an SVG of tens of thousands of rects would stall a frame). */
const MAX_SPANS = 1500

/** Attempts as spans per function / shard / queue, outcome by colour and pattern, attempt numbers written on them. */
export function Swimlanes({
  result,
  scenario,
  nowMs,
  widthPx,
  selectedEventId,
  onSelect,
}: {
  result: SimResult
  scenario?: ResolvedScenario
  nowMs: number
  widthPx: number
  selectedEventId: string | null
  onSelect: (id: string) => void
}) {
  const { t, i18n } = useTranslation()
  const names = displayNames(scenario, translatorOf(i18n, i18n.language))
  const all = useMemo(() => swimlaneSpans(result), [result])
  const spans = useMemo(() => spansAt(all, nowMs).slice(-MAX_SPANS), [all, nowMs])
  const lanes = all.lanes.filter((l) => spans.some((s) => s.laneId === l.id))
  const rows = useMemo(
    () =>
      packRows(
        spans,
        lanes.map((l) => l.id),
      ),
    [spans, lanes],
  )
  if (lanes.length === 0) return <p className="timeline__empty">{t('lanes.swimlanesEmpty')}</p>
  const plotW = Math.max(120, widthPx - LABEL_W - 8)
  const endMs = Math.max(1, result.untilMs)
  const x = (ms: number) => LABEL_W + (ms / endMs) * plotW
  const label = (id: string) => {
    const [node, shard] = id.split('/')
    const name = scenario?.nodeById.get(node ?? id)?.label ?? node ?? id
    return shard ? `${name} ${shard.replace(/^shardId-0*(\d)/, '#$1')}` : name
  }
  const rowCount = rows.rowsBefore[lanes.length] ?? 0
  const height = rowCount * ROW_H + 18
  const spanText = (s: AttemptSpan) =>
    t('lanes.span', {
      fn: scenario?.nodeById.get(s.functionId)?.label ?? s.functionId,
      event: names.event(s.eventId),
      attempt: s.attempt,
      outcome: t(`lanes.outcome.${s.outcome}`),
      start: formatSimTime(s.startMs),
      end: formatSimTime(s.endMs),
    })
  return (
    <svg className="timeline__svg" width={widthPx} height={height} role="group" aria-label={t('lanes.swimlanes')}>
      <OutcomePatterns />
      {lanes.map((lane, i) => {
        const top = rows.rowsBefore[i]!
        const bottom = rows.rowsBefore[i + 1]!
        return (
          <g key={lane.id}>
            <text x={4} y={top * ROW_H + 16} className="timeline__lane-label">
              {label(lane.id)}
            </text>
            <line
              x1={LABEL_W}
              x2={LABEL_W + plotW}
              y1={bottom * ROW_H}
              y2={bottom * ROW_H}
              className="timeline__grid"
            />
          </g>
        )
      })}
      {spans.map((s) => {
        const row = rows.rowOf.get(s.seq) ?? 0
        const x0 = x(s.startMs)
        const w = Math.max(MIN_SPAN_PX, x(s.endMs) - x0)
        const sel = s.eventId === selectedEventId
        return (
          <g
            key={s.seq}
            className={`timeline__span is-${s.outcome}${sel ? ' is-selected' : ''}`}
            onClick={() => onSelect(s.eventId)}
          >
            <title>{spanText(s)}</title>
            <rect x={x0} y={row * ROW_H + 4} width={w} height={ROW_H - 8} rx={2} />
            {w >= 14 && (
              <text x={x0 + w / 2} y={row * ROW_H + 16} textAnchor="middle" className="timeline__span-n">
                {s.attempt}
              </text>
            )}
            {w < 14 && (
              <text x={x0 + w + 2} y={row * ROW_H + 15} className="timeline__span-n timeline__span-n--out">
                {s.attempt}
              </text>
            )}
          </g>
        )
      })}
      <line x1={x(nowMs)} x2={x(nowMs)} y1={0} y2={rowCount * ROW_H} className="timeline__now" />
      <text x={LABEL_W} y={height - 4} className="timeline__axis">
        {formatSimTime(0)}
      </text>
      <text x={LABEL_W + plotW} y={height - 4} textAnchor="end" className="timeline__axis">
        {formatSimTime(endMs)}
      </text>
    </svg>
  )
}

const MAX_SUBROWS = 6

/** Concurrent attempts on one lane get sub-rows (first free row), so overlapping spans stay visible. */
function packRows(
  spans: readonly AttemptSpan[],
  laneIds: readonly string[],
): { rowOf: Map<number, number>; rowsBefore: number[] } {
  const ends = new Map<string, number[]>()
  const sub = new Map<number, number>()
  for (const s of spans) {
    const rowEnds = ends.get(s.laneId) ?? []
    let r = rowEnds.findIndex((end) => end <= s.startMs)
    if (r < 0) r = rowEnds.length < MAX_SUBROWS ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds))
    rowEnds[r] = s.endMs
    ends.set(s.laneId, rowEnds)
    sub.set(s.seq, r)
  }
  const rowsBefore = [0]
  for (const id of laneIds) rowsBefore.push(rowsBefore[rowsBefore.length - 1]! + Math.max(1, ends.get(id)?.length ?? 1))
  const rowOf = new Map<number, number>()
  const laneIndex = new Map(laneIds.map((id, i) => [id, i]))
  for (const s of spans) rowOf.set(s.seq, rowsBefore[laneIndex.get(s.laneId) ?? 0]! + (sub.get(s.seq) ?? 0))
  return { rowOf, rowsBefore }
}
