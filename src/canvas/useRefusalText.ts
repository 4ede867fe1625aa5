import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Refusal } from '../store/connectionPlan'

/**
 * A refusal (or notice) in the reader's language, keyed by the model's stable code; the service names fill
 * {{from}}/{{to}}. A code without a translation falls back to the model's plain English, never to nothing.
 */
export function useRefusalText(): (r: Refusal) => string {
  const { t, i18n } = useTranslation()
  return useCallback(
    (r: Refusal) => {
      const key = `canvas.connect.reason.${r.code.replace('.', '_')}`
      if (!i18n.exists(key)) return r.message
      return t(key as 'canvas.connect.reason.edge_noRole', { from: t(`nodes.name.${r.from}`), to: t(`nodes.name.${r.to}`) })
    },
    [t, i18n],
  )
}
