import { useTranslation } from 'react-i18next'
import { useAppStoreApi } from '../../store/useAppStore'

/** The header's way back to the start page: Learn (lessons first) and Examples. */
export function StartButtons() {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  return (
    <>
      <button
        type="button"
        className="button header__start"
        title={t('start.learnHint')}
        onClick={() => store.getState().openStart('lessons')}
        data-testid="header-learn"
      >
        {t('start.learn')}
      </button>
      <button
        type="button"
        className="button header__start"
        onClick={() => store.getState().openStart('examples')}
        data-testid="header-examples"
      >
        {t('start.examplesButton')}
      </button>
    </>
  )
}
