import { useTranslation } from 'react-i18next'
import type { Issue } from '../../model'

/**
 * Model issues in the reader's language: a code we translate in full reads as our sentence; otherwise the model's plain
 * English, which in other languages follows a translated kind ("大きすぎます (Too big: …)") so the detail is not lost.
 */
export function useIssueText(): (issue: Issue) => string {
  const { t, i18n } = useTranslation()
  return (issue) => {
    const full = `inspector.issues.${issue.code}`
    if (i18n.exists(full)) return t(full as 'inspector.issues.env.badKey')
    const kind = `inspector.issueKinds.${issue.code}`
    if (!i18n.language.startsWith('en') && i18n.exists(kind)) return `${t(kind as 'inspector.issueKinds.json.syntax')}（${issue.message}）`
    return issue.message
  }
}
