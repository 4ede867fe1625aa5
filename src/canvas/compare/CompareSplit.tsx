import { useEffect, useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AppStoreProvider } from '../../store/AppStoreProvider'
import type { AppStore } from '../../store/createAppStore'
import type { CompareState } from '../../store/forkRun'
import type { ComparePane } from '../../store/forkSlice'
import { createOriginalStore, linkOriginalStore } from '../../store/originalPane'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { CanvasWorkspace } from '../CanvasWorkspace'
import './compare.css'

const selectCompare = (s: AppStore) => s.compare
const selectPane = (s: AppStore) => s.comparePane

/**
 * The original's canvas: a store of its own holding the original document and inputs (store/originalPane.ts),
 * read-only, following the app's one transport and drawn by the app's one sim clock, so both canvases move in
 * lockstep. Selecting an event here selects it in both; a fault injected here changes the original's run and the diff.
 */
function OriginalCanvas({ compare }: { compare: CompareState }) {
  const main = useAppStoreApi()
  const [store] = useState(() => createOriginalStore(main, compare))
  useEffect(() => linkOriginalStore(main, store), [main, store])
  return (
    <AppStoreProvider store={store}>
      <CanvasWorkspace readOnly />
    </AppStoreProvider>
  )
}

/**
 * While comparing (#19): the strip (`bar`) above two canvases — the original (read-only) and the fork (`children`,
 * the normal editor) — side by side; on narrow screens one at a time behind two tabs. Otherwise just `children`.
 * `embedded`: both read-only (the labels do not invite editing).
 */
export function CompareSplit({
  bar,
  children,
  embedded = false,
}: {
  bar: ReactNode
  children: ReactNode
  embedded?: boolean
}) {
  const { t } = useTranslation()
  const compare = useAppStore(selectCompare)
  const shown = useAppStore(selectPane)
  const store = useAppStoreApi()
  const setShown = (pane: ComparePane) => store.getState().showComparePane(pane)
  const id = useId()
  if (compare === null) return children
  const forkLabel = embedded ? t('fork.whatIf') : t('fork.paneFork')
  const tab = (which: 'original' | 'fork', label: string) => (
    <button
      type="button"
      role="tab"
      id={`${id}-${which}-tab`}
      aria-controls={`${id}-${which}`}
      aria-selected={shown === which}
      className={shown === which ? 'compare-split__tab is-active' : 'compare-split__tab'}
      onClick={() => setShown(which)}
    >
      {label}
    </button>
  )
  return (
    <div className="compare-split" data-shown={shown}>
      {bar}
      <div className="compare-split__tabs" role="tablist" aria-label={t('fork.showPane')}>
        {tab('original', t('fork.paneOriginal'))}
        {tab('fork', forkLabel)}
      </div>
      <div className="compare-split__panes">
        <section
          id={`${id}-original`}
          className="compare-split__pane compare-split__pane--original"
          aria-label={t('fork.paneOriginal')}
          data-testid="pane-original"
        >
          <h3 className="compare-split__label">{t('fork.paneOriginal')}</h3>
          <div className="compare-split__canvas">
            <OriginalCanvas key={`${compare.kind}:${compare.atMs}`} compare={compare} />
          </div>
        </section>
        <section
          id={`${id}-fork`}
          className="compare-split__pane compare-split__pane--fork"
          aria-label={forkLabel}
          data-testid="pane-fork"
        >
          <h3 className="compare-split__label">{forkLabel}</h3>
          <div className="compare-split__canvas">{children}</div>
        </section>
      </div>
    </div>
  )
}
