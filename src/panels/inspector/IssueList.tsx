import { useTranslation } from 'react-i18next'
import type { Issue } from '../../model'
import { useIssueText } from './useIssueText'

/** A list of located issues: the path in the document, then what is wrong. */
export function IssueList({ issues, showPath = true }: { issues: readonly Issue[]; showPath?: boolean }) {
  const text = useIssueText()
  return (
    <ul className="issue-list">
      {issues.map((issue, i) => {
        return (
          <li key={`${issue.path}|${issue.code}|${i}`}>
            {showPath ? <code className="issue-list__path">{issue.path}</code> : null} {text(issue)}
          </li>
        )
      })}
    </ul>
  )
}

/** The issues of one traffic or fault entry, as a labelled group inside the entry (nothing when there are none). */
export function EntryIssues({ issues }: { issues: readonly Issue[] }) {
  const { t } = useTranslation()
  if (issues.length === 0) return null
  return (
    <div className="inputs__issues" role="group" aria-label={t('inputs.issuesTitle')}>
      <IssueList issues={issues} />
    </div>
  )
}
