import { useTranslation } from 'react-i18next'
import type { Fate } from '../../sim'
import type { EventLifecycle, LifecycleState } from '../../sim/views'
import { formatSimTime } from '../formatSimTime'
import { formatCountdown } from '../narration/formatDuration'
import { reasonKey } from '../narration/narrate'
import { translatorOf } from '../narration/translate'
import { RuleRef } from '../rules/RuleRef'
import { CHARTS, LOST, TERMINAL } from './charts'
import { ClockText } from './Countdown'
import './stateMachine.css'

const COL_W = 106
const ROW_H = 56
const BOX_W = 94
const BOX_H = 32
const PAD = 8

const FATE_KEY: Record<Fate, `stateMachine.fates.${string}`> = {
  'in-flight': 'stateMachine.fates.inFlight',
  succeeded: 'stateMachine.fates.succeeded',
  'failed-to-caller': 'stateMachine.fates.failedToCaller',
  'dead-lettered': 'stateMachine.fates.deadLettered',
  'sent-to-destination': 'stateMachine.fates.sentToDestination',
  discarded: 'stateMachine.fates.discarded',
  expired: 'stateMachine.fates.expired',
  rejected: 'stateMachine.fates.rejected',
}

/** Where a line from a box's centre towards (dx, dy) leaves the box. */
function exitPoint(cx: number, cy: number, dx: number, dy: number): [number, number] {
  const sx = dx === 0 ? Infinity : BOX_W / 2 / Math.abs(dx)
  const sy = dy === 0 ? Infinity : BOX_H / 2 / Math.abs(dy)
  const s = Math.min(sx, sy)
  return [cx + dx * s, cy + dy * s]
}

/**
 * The statechart of one event, record or batch: the chart of its kind with the states it went through filled, the
 * transitions it took traced, the current state outlined (pulsing unless reduced motion), how many times each state
 * was entered (attempts are a count, never extra nodes), the countdown to the next retry, and each transition's rule.
 */
export function StateMachineView({ lifecycle, nowMs }: { lifecycle: EventLifecycle; nowMs: number }) {
  const { t, i18n } = useTranslation()
  const tr = translatorOf(i18n, i18n.language)
  const chart = CHARTS[lifecycle.kind]
  const visits = new Map<LifecycleState, number>()
  for (const s of lifecycle.path) visits.set(s.state, (visits.get(s.state) ?? 0) + 1)
  const taken = new Set<string>()
  for (let i = 1; i < lifecycle.path.length; i++)
    taken.add(`${lifecycle.path[i - 1]!.state}>${lifecycle.path[i]!.state}`)
  const current = lifecycle.current?.state ?? null
  const pos = new Map(
    chart.states.map((s) => [s.id, { x: PAD + s.col * COL_W + BOX_W / 2, y: PAD + s.row * ROW_H + BOX_H / 2 }]),
  )
  const width = PAD * 2 + (chart.columns - 1) * COL_W + BOX_W
  const height = PAD * 2 + (chart.rows - 1) * ROW_H + BOX_H
  const stateName = (s: LifecycleState) => t(`stateMachine.state.${s}`)
  const { attempt, maxAttempts: max } = lifecycle
  const attemptText =
    attempt === 0
      ? null
      : max !== null
        ? t('stateMachine.attemptOf', { n: attempt, max })
        : lifecycle.kind === 'stream'
          ? t('stateMachine.unlimited', { n: attempt })
          : t('stateMachine.attempt', { n: attempt })
  const next = lifecycle.nextRetryAtMs

  return (
    <div className="statechart">
      <p className="statechart__kind">{t(`stateMachine.kind.${lifecycle.kind}`)}</p>
      <div className="statechart__facts">
        {current && (
          <span className="statechart__fact statechart__fact--now">
            {t('stateMachine.current', { state: stateName(current) })}
          </span>
        )}
        {attemptText && <span className="statechart__fact">{attemptText}</span>}
        {next !== null && (
          <span className="statechart__fact statechart__fact--countdown">
            <ClockText
              fallbackNowMs={nowMs}
              format={(now) =>
                t('stateMachine.countdown', { left: formatCountdown(next - now, tr), at: formatSimTime(next) })
              }
            />
          </span>
        )}
        <span className="statechart__fact">
          {t('stateMachine.fate', { fate: t(FATE_KEY[lifecycle.fate] as 'stateMachine.fates.inFlight') })}
        </span>
      </div>
      <svg
        className="statechart__svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={lifecycle.path.map((s) => stateName(s.state)).join(' → ')}
      >
        <defs>
          <marker
            id="sc-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="statechart__arrowhead" />
          </marker>
          <marker
            id="sc-arrow-taken"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="statechart__arrowhead statechart__arrowhead--taken" />
          </marker>
        </defs>
        {chart.edges.map(([from, to]) => {
          const a = pos.get(from)
          const b = pos.get(to)
          if (!a || !b) return null
          const dx = b.x - a.x
          const dy = b.y - a.y
          const [x1, y1] = exitPoint(a.x, a.y, dx, dy)
          const [x2, y2] = exitPoint(b.x, b.y, -dx, -dy)
          const on = taken.has(`${from}>${to}`)
          return (
            <line
              key={`${from}>${to}`}
              x1={x1}
              y1={y1}
              x2={x2}
              y2={y2}
              className={`statechart__edge${on ? ' is-taken' : ''}`}
              markerEnd={`url(#${on ? 'sc-arrow-taken' : 'sc-arrow'})`}
            />
          )
        })}
        {chart.states.map((s) => {
          const p = pos.get(s.id)!
          const n = visits.get(s.id) ?? 0
          const cls = [
            'statechart__state',
            n > 0 ? 'is-visited' : '',
            s.id === current ? 'is-current' : '',
            TERMINAL.has(s.id) ? 'is-terminal' : '',
            LOST.has(s.id) ? 'is-lost' : '',
          ]
            .filter(Boolean)
            .join(' ')
          return (
            <g key={s.id} className={cls} data-state={s.id}>
              <rect x={p.x - BOX_W / 2} y={p.y - BOX_H / 2} width={BOX_W} height={BOX_H} rx={7} />
              {TERMINAL.has(s.id) && (
                <rect
                  className="statechart__inner"
                  x={p.x - BOX_W / 2 + 3}
                  y={p.y - BOX_H / 2 + 3}
                  width={BOX_W - 6}
                  height={BOX_H - 6}
                  rx={5}
                />
              )}
              <text x={p.x} y={p.y + 4} textAnchor="middle">
                {stateName(s.id)}
              </text>
              {n > 1 && (
                <text x={p.x + BOX_W / 2 - 4} y={p.y - BOX_H / 2 + 10} textAnchor="end" className="statechart__count">
                  ×{n}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <h3 className="statechart__heading">{t('stateMachine.path')}</h3>
      <ol className="statechart__path">
        {lifecycle.path.map((step, i) => {
          return (
            <li key={i} className={i === lifecycle.path.length - 1 ? 'is-current' : undefined}>
              <span className="statechart__time">{formatSimTime(step.atMs)}</span>{' '}
              <strong>{stateName(step.state)}</strong>
              <span className="statechart__rule">
                {' — '}
                {tr(reasonKey(step.reason))} <RuleRef refMark={step.ref} />
              </span>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
