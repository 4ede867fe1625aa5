import { useTranslation } from 'react-i18next'

/** The side panel: settings of the selected node or connection (filled in by the canvas work). */
export function Inspector() {
  const { t } = useTranslation()
  return (
    <aside className="inspector" aria-label={t('panel.label')}>
      <h2 className="inspector__title">{t('panel.title')}</h2>
      <div className="inspector__empty">
        <p className="inspector__empty-title">{t('panel.nothingSelected')}</p>
        <p className="inspector__empty-hint">{t('panel.nothingSelectedHint')}</p>
      </div>
    </aside>
  )
}
