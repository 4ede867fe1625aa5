import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../model'
import { SetAsideBanner } from './SetAsideBanner'

/**
 * The comparison saved before the reload did not read (comparisonSave.ts): it was set aside under `storageKey`, the
 * document kept. Says so, with where it went wrong, and offers it for download (or to discard it) until dismissed.
 */
export function ComparisonSetAsideNotice({ storageKey, issues }: { storageKey: string; issues: readonly Issue[] }) {
  const { t } = useTranslation()
  const [shown, setShown] = useState(true)
  if (!shown) return null
  return (
    <SetAsideBanner
      title={t('fork.restoreDroppedTitle')}
      body={t('fork.restoreSetAsideBody', { key: storageKey })}
      issues={issues}
      storageKey={storageKey}
      fileName="set-aside-comparison.json"
      onClose={() => setShown(false)}
      testId="comparison-set-aside"
    />
  )
}
