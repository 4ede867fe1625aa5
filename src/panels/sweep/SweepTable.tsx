import { memo, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { MetricKey } from '../../sim/views'
import type { SweepPoint } from '../../store/sweepRun'
import { formatNumber as fmt } from './format'
import type { SweepFeed } from './sweepFeed'
import { useIssueText } from '../inspector/useIssueText'

/**
 * The same numbers as the charts, one row per value: what a screen reader (or anyone copying them) reads. Mounted
 * only while its disclosure is open; it follows the feed batch by batch, and a row whose point has not changed is
 * not re-rendered (memo: a point keeps its identity once it is in).
 */
export function SweepTable({
  settingLabel,
  metrics,
  values,
  feed,
}: {
  settingLabel: string
  metrics: readonly MetricKey[]
  values: readonly number[]
  feed: SweepFeed
}) {
  const { t } = useTranslation()
  const points = useSyncExternalStore(feed.subscribe, feed.points)
  return (
    <div
      className="sweep-table__scroll"
      tabIndex={0}
      role="region"
      aria-label={t('sweep.tableCaption', { setting: settingLabel })}
    >
      <table className="sweep-table">
        <caption className="visually-hidden">{t('sweep.tableCaption', { setting: settingLabel })}</caption>
        <thead>
          <tr>
            <th scope="col">{settingLabel}</th>
            {metrics.map((m) => (
              <th key={m} scope="col">
                {t(`sweep.metrics.${m}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {values.map((v, i) => (
            <SweepRow key={v} value={v} point={points[i] ?? null} metrics={metrics} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

const SweepRow = memo(function SweepRow({
  value,
  point: p,
  metrics,
}: {
  value: number
  point: SweepPoint | null
  metrics: readonly MetricKey[]
}) {
  const { t } = useTranslation()
  const issueText = useIssueText()
  return (
    <tr>
      <th scope="row">{fmt(value)}</th>
      {p === null ? (
        <td colSpan={metrics.length} className="sweep-table__note">
          {t('sweep.notRun')}
        </td>
      ) : !p.ok ? (
        <td colSpan={metrics.length} className="sweep-table__note sweep-table__note--error">
          {p.issue.path}: {issueText(p.issue)}
        </td>
      ) : (
        metrics.map((m) => <td key={m}>{fmt(p.metrics[m])}</td>)
      )}
    </tr>
  )
})
