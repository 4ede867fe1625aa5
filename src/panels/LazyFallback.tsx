import { useTranslation } from 'react-i18next'
import './lazyPanel.css'

/**
 * What shows while a panel's chunk is on its way: nothing visible for the first moments (a fast load must not flash;
 * the spinner fades in only after a delay, lazyPanel.css), and a status for screen readers.
 */
// Any props: it stands in for whichever panel is loading (lazyPanel's default fallback).
export function LazyFallback(_props: object) {
  const { t } = useTranslation()
  return (
    <div className="lazy-fallback" role="status" aria-busy="true">
      <span className="lazy-fallback__spinner" aria-hidden="true" />
      <span className="visually-hidden">{t('loading.panel')}</span>
    </div>
  )
}
