import { useTranslation } from 'react-i18next'
import type { MetricKey } from '../../sim/views'
import type { SweepPoint } from '../../store/sweepRun'
import { formatNumber as fmt } from './format'
import { useIssueText } from '../inspector/useIssueText'

/** The same numbers as the charts, one row per value: what a screen reader (or anyone copying them) reads. */
export function SweepTable({
  settingLabel,
  metrics,
  values,
  points,
}: {
  settingLabel: string
  metrics: readonly MetricKey[]
  values: readonly number[]
  points: readonly (SweepPoint | null)[]
}) {
  const { t } = useTranslation()
  const issueText = useIssueText()
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
          {values.map((v, i) => {
            const p = points[i] ?? null
            return (
              <tr key={v}>
                <th scope="row">{fmt(v)}</th>
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
          })}
        </tbody>
      </table>
    </div>
  )
}
