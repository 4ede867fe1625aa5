import { useEffect, useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AppStoreProvider } from '../../store/AppStoreProvider'
import { createAppStore, type AppStore } from '../../store/createAppStore'
import type { CompareState } from '../../store/forkRun'
import type { TimedFault } from '../../store/playback/inputs'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { CanvasWorkspace } from '../CanvasWorkspace'
import './compare.css'

const selectCompare = (s: AppStore) => s.compare

/**
 * The original's canvas: a store of its own holding the original document and inputs (so every canvas view reads the
 * original's run), read-only, following the app's one transport — the same playhead, status and selected event — and
 * drawn by the app's one sim clock, so both canvases move in lockstep. Selecting an event here selects it in both.
 */
function OriginalCanvas({ compare }: { compare: CompareState }) {
  const main = useAppStoreApi()
  const [store] = useState(() => {
    const m = main.getState()
    const s = createAppStore({ scenario: compare.original, theme: m.theme, locale: m.locale })
    // The very same inputs array: runs are memoised on (document, inputs) identity, a copy would re-simulate each read.
    s.setState({
      injected: compare.originalInjected as TimedFault[],
      positionMs: m.positionMs,
      status: m.status,
      selectedEventId: m.selectedEventId,
      speed: m.speed,
    })
    return s
  })
  useEffect(() => {
    const follow = main.subscribe((m, prev) => {
      if (
        m.positionMs !== prev.positionMs ||
        m.status !== prev.status ||
        m.selectedEventId !== prev.selectedEventId ||
        m.speed !== prev.speed
      )
        store.setState({
          positionMs: m.positionMs,
          status: m.status,
          selectedEventId: m.selectedEventId,
          speed: m.speed,
        })
    })
    const lead = store.subscribe((o, prev) => {
      if (o.selectedEventId !== prev.selectedEventId && o.selectedEventId !== main.getState().selectedEventId)
        main.getState().selectEvent(o.selectedEventId)
    })
    return () => {
      follow()
      lead()
    }
  }, [main, store])
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
  const [shown, setShown] = useState<'original' | 'fork'>('fork')
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
