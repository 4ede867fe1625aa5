import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { issueSentence } from '../i18n/issueText'
import type { Refusal } from '../store/connectionPlan'

/**
 * A refusal (or notice) in the reader's language. A rule of the model reads the same sentence as the issue the
 * inspector shows (issues.text, one text per rule), with the service names as {{from}}/{{to}}; the store's own refusals
 * (duplicate, self-loop…) have theirs under canvas.connect.reason. Without either, the model's plain English.
 */
export function useRefusalText(): (r: Refusal) => string {
  const { t, i18n } = useTranslation()
  return useCallback(
    (r: Refusal) => {
      const key = `canvas.connect.reason.${r.code.replace('.', '_')}`
      if (i18n.exists(key))
        return t(key as 'canvas.connect.reason.edge_noRole', {
          from: t(`nodes.name.${r.from}`),
          to: t(`nodes.name.${r.to}`),
        })
      return issueSentence(i18n, r.code, { from: r.from, to: r.to, ...r.params }) ?? r.message
    },
    [t, i18n],
  )
}
