import { useTranslation } from 'react-i18next'
import { INSPECTOR_ID } from '../panels/inspectorId'
import { LazyFallback } from '../panels/LazyFallback'

/** The inspector's box while its chunk loads: the same landmark in the same grid cell, so nothing moves. */
export function InspectorFallback({ sheet }: { sheet?: { open: boolean } }) {
  const { t } = useTranslation()
  return (
    <aside
      id={INSPECTOR_ID}
      className={`inspector${sheet?.open ? ' inspector--sheet-open' : ''}`}
      aria-label={t('panel.label')}
      aria-busy="true"
    >
      <LazyFallback />
    </aside>
  )
}
