import { useTranslation } from 'react-i18next'
import type { ResolvedScenario } from '../../model'
import type { SimResult } from '../../sim'
import { countersAt } from '../../sim/views'
import { formatDuration } from '../narration/formatDuration'
import { translatorOf } from '../narration/translate'
import { MiniChart } from './MiniChart'
import './metrics.css'

/** The series worth a chart, in this order (CloudWatch names; §5.3, §3.2, §2.4). */
const CHARTED = [
  'Invocations',
  'Errors',
  'Throttles',
  'ConcurrentExecutions',
  'IteratorAge',
  'ApproximateNumberOfMessagesVisible',
  'AsyncEventsDropped',
] as const
type Charted = (typeof CHARTED)[number]
const isCharted = (n: string): n is Charted => (CHARTED as readonly string[]).includes(n)

/** Live counters (delivered / retrying / in DLQ / lost) and small charts of the metrics up to now. */
export function MetricsPanel({
  result,
  scenario,
  nowMs,
}: {
  result: SimResult
  scenario?: ResolvedScenario
  nowMs: number
}) {
  const { t, i18n } = useTranslation()
  const tr = translatorOf(i18n, i18n.language)
  const c = countersAt(result, nowMs)
  const { periodMs, series } = result.metrics
  const upTo = Math.min(series[0]?.values.length ?? 0, Math.floor(nowMs / periodMs) + 1)
  const charts = series
    .filter((s) => isCharted(s.name) && s.values.some((v) => v > 0))
    .sort((a, b) => CHARTED.indexOf(a.name as Charted) - CHARTED.indexOf(b.name as Charted))
  type CounterKey = 'delivered' | 'retrying' | 'inDlq' | 'lost' | 'inFlight' | 'returnedError'
  const counters: { key: CounterKey; value: number; cls: string }[] = [
    { key: 'delivered', value: c.delivered, cls: 'ok' },
    { key: 'retrying', value: c.retrying, cls: 'warn' },
    { key: 'inDlq', value: c.inDlq, cls: 'dlq' },
    { key: 'lost', value: c.lost, cls: 'lost' },
    { key: 'inFlight', value: c.inFlight, cls: 'muted' },
    ...(c.returnedError > 0 ? [{ key: 'returnedError' as const, value: c.returnedError, cls: 'warn' }] : []),
  ]
  return (
    <div className="metrics">
      <section aria-label={t('metrics.counters')}>
        <dl className="metrics__counters">
          {counters.map((k) => (
            <div key={k.key} className={`metrics__counter metrics__counter--${k.cls}`} data-counter={k.key}>
              <dt>{t(`metrics.${k.key}`)}</dt>
              <dd>{k.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <h3 className="metrics__heading">{t('metrics.charts', { period: formatDuration(periodMs, tr) })}</h3>
      {charts.length === 0 ? (
        <p className="metrics__empty">{t('metrics.noData')}</p>
      ) : (
        <ul className="metrics__charts">
          {charts.map((s) => {
            const shown = s.values.slice(0, upTo)
            const peak = Math.max(0, ...shown)
            const now = shown[shown.length - 1] ?? 0
            const node = scenario?.nodeById.get(s.nodeId)?.label ?? s.nodeId
            const metric = t(`metrics.names.${s.name as Charted}`)
            return (
              <li key={`${s.nodeId}/${s.name}`} className="metrics__chart">
                <MiniChart
                  values={shown}
                  total={s.values.length}
                  kind={s.kind}
                  label={t('metrics.chart', { metric, node, peak, now })}
                  errorish={s.name === 'Errors' || s.name === 'AsyncEventsDropped' || s.name === 'Throttles'}
                />
                <span className="metrics__chart-title">
                  <strong>{metric}</strong> · {node}
                </span>
                <span className="metrics__chart-values">{t('metrics.peakNow', { peak, now })}</span>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
