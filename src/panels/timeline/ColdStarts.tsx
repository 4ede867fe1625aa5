import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ResolvedScenario } from '../../model'
import type { SimResult } from '../../sim'
import { coldStartSpans, type ColdStartSpan } from '../../sim/views'
import { formatSimTime } from '../formatSimTime'
import { formatDuration } from '../narration/formatDuration'
import { translatorOf } from '../narration/translate'
import { displayNames } from '../narration/displayNames'

const LABEL_W = 110
const ROW_H = 20
const MAX_ROWS = 12

/**
 * Per function: the last invocations as bars from their start — ENI attach (2018 VPC, §7.2), Init (§7.1), then the
 * handler — plus the function's VPC states and the invokes they refused (current era, §7.3).
 */
export function ColdStarts({
  result,
  scenario,
  nowMs,
  widthPx,
}: {
  result: SimResult
  scenario?: ResolvedScenario
  nowMs: number
  widthPx: number
}) {
  const { t, i18n } = useTranslation()
  const tr = translatorOf(i18n, i18n.language)
  const names = displayNames(scenario, tr)
  const fnIds = useMemo(() => (scenario?.nodes ?? []).filter((n) => n.type === 'lambda').map((n) => n.id), [scenario])
  const timelines = useMemo(() => fnIds.map((id) => coldStartSpans(result, id)), [result, fnIds])
  const anyVpc = scenario?.nodes.some((n) => n.type === 'lambda' && n.vpcId !== null) ?? false
  const shown = timelines
    .map((tl) => ({
      ...tl,
      invocations: tl.invocations.filter((s) => s.startMs <= nowMs).slice(-MAX_ROWS),
      states: tl.states.filter((s) => s.startMs <= nowMs),
      refusals: tl.refusals.filter((r) => r.atMs <= nowMs),
    }))
    .filter((tl) => tl.invocations.length > 0 || tl.refusals.length > 0 || tl.states.length > 0)
  if (shown.length === 0) return <p className="timeline__empty">{t('lanes.coldStartsEmpty')}</p>
  const plotW = Math.max(120, widthPx - LABEL_W - 80) // room on the right for the total
  return (
    <div className="coldstarts">
      {anyVpc && (
        <p className="timeline__note">
          {scenario?.era === '2018' ? t('lanes.eraNote2018') : t('lanes.eraNoteCurrent')}
        </p>
      )}
      <ul className="timeline__legend" aria-label={t('lanes.legend')}>
        <li>
          <span className="swatch swatch--eni" aria-hidden="true" />
          {t('lanes.phase.eni')}
        </li>
        <li>
          <span className="swatch swatch--init" aria-hidden="true" />
          {t('lanes.phase.init')}
        </li>
        <li>
          <span className="swatch swatch--handler" aria-hidden="true" />
          {t('lanes.phase.handler')}
        </li>
      </ul>
      {shown.map((tl) => {
        const rows = tl.invocations
        const longest = Math.max(1, ...rows.map((s) => (s.endMs ?? nowMs) - s.startMs))
        const x = (ms: number) => LABEL_W + (ms / longest) * plotW
        const end = (s: ColdStartSpan) => Math.min(s.endMs ?? nowMs, nowMs)
        const phaseEnd = (ms: number) => Math.min(ms, nowMs)
        return (
          <section
            key={tl.functionId}
            className="coldstarts__fn"
            aria-label={scenario?.nodeById.get(tl.functionId)?.label ?? tl.functionId}
          >
            <h4 className="timeline__subheading">{scenario?.nodeById.get(tl.functionId)?.label ?? tl.functionId}</h4>
            {tl.states.length > 0 && (
              <p className="coldstarts__states">
                {tl.states
                  .map((s) => t('lanes.state', { state: s.state, start: formatSimTime(s.startMs) }))
                  .join(' · ')}
                {tl.refusals.length > 0 &&
                  ` · ${tl.refusals
                    .map((r) =>
                      t('lanes.refusal', { status: r.statusCode, error: r.errorType, at: formatSimTime(r.atMs) }),
                    )
                    .join(' · ')}`}
              </p>
            )}
            <svg className="timeline__svg" width={widthPx} height={rows.length * ROW_H + 4} role="list">
              {rows.map((s, i) => {
                const y = i * ROW_H + 3
                const eni = phaseEnd(s.eniEndMs) - s.startMs
                const init = phaseEnd(s.handlerStartMs) - phaseEnd(s.eniEndMs)
                const handler = Math.max(0, end(s) - phaseEnd(s.handlerStartMs))
                const text = t('lanes.coldSpan', {
                  event: names.event(s.eventId),
                  attempt: s.attempt,
                  eni: formatDuration(eni, tr),
                  init: s.cold ? formatDuration(init, tr) : t('lanes.warm'),
                  handler: formatDuration(handler, tr),
                })
                return (
                  <g key={s.seq} role="listitem" aria-label={text}>
                    <title>{text}</title>
                    <text x={4} y={y + 12} className="timeline__lane-label">
                      {`${names.eventShort(s.eventId)} #${s.attempt}`}
                    </text>
                    {eni > 0 && (
                      <rect
                        x={x(0)}
                        y={y}
                        width={Math.max(2, x(eni) - x(0))}
                        height={ROW_H - 6}
                        className="phase phase--eni"
                      />
                    )}
                    {init > 0 && (
                      <rect
                        x={x(eni)}
                        y={y}
                        width={Math.max(2, x(eni + init) - x(eni))}
                        height={ROW_H - 6}
                        className="phase phase--init"
                      />
                    )}
                    <rect
                      x={x(eni + init)}
                      y={y}
                      width={Math.max(2, x(eni + init + handler) - x(eni + init))}
                      height={ROW_H - 6}
                      className="phase phase--handler"
                    />
                    <text x={x(eni + init + handler) + 4} y={y + 12} className="timeline__axis">
                      {formatDuration(eni + init + handler, tr)}
                    </text>
                  </g>
                )
              })}
            </svg>
          </section>
        )
      })}
    </div>
  )
}
