import { useTranslation } from 'react-i18next'
import type { AppIssueCode, IssueCode, Issue, SCHEMA_PARAMS } from '../../model'
import type { MessageKey } from '../../i18n'
import { issueText } from '../../i18n/issueText'

/**
 * The compiler's half of "every issue has a sentence": a code of the model without a key under issues.text (and so,
 * by the Messages type, in Japanese too) does not type-check here.
 */
export const issueSentenceKey = (code: IssueCode | AppIssueCode | keyof typeof SCHEMA_PARAMS): MessageKey =>
  `issues.text.${code}`

/**
 * Model issues in the reader's language: the sentence for the issue's code filled from its params, with the reference;
 * an issue without its sentence's values (zod's rarer shapes) reads as the plain English after a translated kind.
 */
export function useIssueText(): (issue: Issue) => string {
  const { i18n } = useTranslation()
  return (issue) => issueText(i18n, issue)
}
