import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Scenario } from '../../model'
import { useAppStoreApi } from '../../store/useAppStore'
import { serializeScenario } from '../persistence/codec'
import { downloadText } from '../persistence/download'
import { loadValidator } from '../persistence/loadValidator'
import { useAllStrings } from '../../panels/useAllStrings'

/**
 * After a link or an example opened over the user's earlier work: that work was set aside under `storageKey` (not
 * dropped); bring it back (one undo step away from the link's scenario) or download it. Its words are not in the first
 * frame's strings: it shows a moment after it (#16).
 */
export function KeptAsideNotice({ storageKey }: { storageKey: string }) {
  return useAllStrings() ? <KeptAsideNoticeNow storageKey={storageKey} /> : null
}

function KeptAsideNoticeNow({ storageKey }: { storageKey: string }) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const [state, setState] = useState<'shown' | 'restored' | 'hidden'>('shown')
  if (state === 'hidden') return null
  const raw = () => {
    try {
      return localStorage.getItem(storageKey)
    } catch {
      return null
    }
  }
  const restore = async () => {
    const text = raw()
    if (text === null) return
    // Read with the schema: the validator chunk, fetched now if it is not yet (it is not in the first frame, #16).
    const { parseScenario } = await loadValidator()
    try {
      const env: unknown = JSON.parse(text)
      const parsed = parseScenario((env as { scenario?: unknown }).scenario)
      if (!parsed.ok) return
      store.getState().openDocument(parsed.scenario)
      setState('restored')
    } catch {
      // unreadable: it stays under its key, and can still be downloaded
    }
  }
  return (
    <div className="persist-banner" role="status" data-testid="kept-aside">
      {state === 'restored' ? (
        <div className="persist-banner__row">
          <p>{t('share.keptRestored')}</p>
          <button type="button" className="button button--small" onClick={() => setState('hidden')}>
            {t('files.dismiss')}
          </button>
        </div>
      ) : (
        <>
          <p className="persist-banner__title">{t('share.keptTitle')}</p>
          <p>{t('share.keptBody', { key: storageKey })}</p>
          <div className="persist-banner__actions">
            <button type="button" className="button button--small" onClick={() => void restore()}>
              {t('share.keptRestore')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                const text = raw()
                if (text === null) return
                let body = text
                try {
                  body = serializeScenario((JSON.parse(text) as { scenario: Scenario }).scenario)
                } catch {
                  // not our envelope: download the stored text as it is
                }
                downloadText('earlier-work.lambdascope.json', body)
              }}
            >
              {t('share.keptDownload')}
            </button>
            <button type="button" className="button button--small" onClick={() => setState('hidden')}>
              {t('files.dismiss')}
            </button>
          </div>
        </>
      )}
    </div>
  )
}
