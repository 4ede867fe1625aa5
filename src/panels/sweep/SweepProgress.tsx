import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { SweepFeed } from './sweepFeed'
import type { SweepStatus } from './useSweep'
import { useIssueText } from '../inspector/useIssueText'

/**
 * "n of N runs" and what the runs so far say beside the charts (refused values, budget stops): the only parts of the
 * dialog that re-render as points arrive, once per batch. `data-testid="sweep-progress"` carries `data-state` and
 * `data-done` for e2e probes that must not load the main thread.
 */
export function SweepProgress({
  feed,
  status,
  total,
  settingName,
}: {
  feed: SweepFeed
  status: SweepStatus
  total: number
  settingName: string
}) {
  const { t } = useTranslation()
  const issueText = useIssueText()
  const points = useSyncExternalStore(feed.subscribe, feed.points)
  const done = useSyncExternalStore(feed.subscribe, feed.done)
  const refused = points.flatMap((p) => (p !== null && !p.ok ? [p] : []))
  const anyStopped = points.some((p) => p?.ok && p.stopped)
  return (
    <>
      <div className="sweep-progress" data-testid="sweep-progress" data-state={status} data-done={done}>
        <progress max={total} value={done} aria-label={t('sweep.progress', { done, total })} />
        <span>{t('sweep.progress', { done, total })}</span>
      </div>
      {refused.length > 0 && (
        <ul className="sweep-dialog__refused">
          {refused.slice(0, 5).map((p) => (
            <li key={p.value}>
              {t('sweep.refused', {
                setting: settingName,
                value: p.value,
                message: `${p.issue.path}: ${issueText(p.issue)}`,
              })}
            </li>
          ))}
        </ul>
      )}
      {anyStopped && <p className="sweep-dialog__note">{t('sweep.stopped')}</p>}
    </>
  )
}
