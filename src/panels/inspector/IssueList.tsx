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
