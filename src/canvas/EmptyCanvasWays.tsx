import { useTranslation } from 'react-i18next'
import { useAppStoreApi } from '../store/useAppStore'

/**
 * The empty canvas points to the start page: a lesson or a ready-made example, for those who do not know where to
 * begin.
 */
export function EmptyCanvasWays() {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  return (
    <p className="flow__empty-ways">
      <span>{t('canvas.emptyOr')}</span>
      <button type="button" className="button button--small" onClick={() => store.getState().openStart('lessons')}>
        {t('canvas.emptyLessons')}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => store.getState().openStart('examples')}
        data-testid="empty-examples"
      >
        {t('canvas.emptyExamples')}
      </button>
    </p>
  )
}
