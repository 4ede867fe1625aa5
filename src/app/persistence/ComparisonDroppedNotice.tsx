import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../model'
import { useIssueText } from '../../panels/inspector/useIssueText'

/**
 * The comparison saved before the reload did not read (comparisonSave.ts): it was dropped, the document kept. Says so,
 * with where it went wrong, until dismissed.
 */
export function ComparisonDroppedNotice({ issues }: { issues: readonly Issue[] }) {
  const { t } = useTranslation()
  const issueText = useIssueText()
  const [shown, setShown] = useState(true)
  if (!shown) return null
  return (
    <div className="persist-banner" role="alert" data-testid="comparison-dropped">
      <p className="persist-banner__title">{t('fork.restoreDroppedTitle')}</p>
      <p>{t('fork.restoreDroppedBody')}</p>
      <ul className="persist-banner__issues">
        {issues.slice(0, 3).map((i, n) => (
          <li key={n}>
            <code>{i.path}</code> {issueText(i)}
          </li>
        ))}
      </ul>
      <div className="persist-banner__actions">
        <button type="button" className="button button--small" onClick={() => setShown(false)}>
          {t('files.dismiss')}
        </button>
      </div>
    </div>
  )
}
