import { useTranslation } from 'react-i18next'
import type { Issue } from '../../model'
import { useIssueText } from '../../panels/inspector/useIssueText'

/** A link whose scenario cannot be opened: every problem located, and the way to the full editor. */
export function EmbedError({ issues, appHref }: { issues: Issue[]; appHref: string }) {
  const { t } = useTranslation()
  const issueText = useIssueText()
  return (
    <div className="embed-error" role="alert">
      <p className="embed-error__title">{t('share.embedError')}</p>
      <ul>
        {issues.slice(0, 5).map((i, n) => (
          <li key={n}>
            <code>{i.path}</code> {issueText(i)}
          </li>
        ))}
      </ul>
      <a href={appHref} target="_blank" rel="noopener">
        {t('share.openInApp')}
      </a>
    </div>
  )
}
