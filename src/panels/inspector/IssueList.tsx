import { useTranslation } from 'react-i18next'
import type { Issue } from '../../model'

/** Model issues in the reader's language when we have the code translated, else the model's plain English. */
export function IssueList({ issues, showPath = true }: { issues: readonly Issue[]; showPath?: boolean }) {
  const { t, i18n } = useTranslation()
  return (
    <ul className="issue-list">
      {issues.map((issue, i) => {
        const key = `inspector.issues.${issue.code}`
        const text = i18n.exists(key) ? t(key as 'inspector.issues.env.badKey') : issue.message
        return (
          <li key={`${issue.path}|${issue.code}|${i}`}>
            {showPath ? <code className="issue-list__path">{issue.path}</code> : null} {text}
          </li>
        )
      })}
    </ul>
  )
}
