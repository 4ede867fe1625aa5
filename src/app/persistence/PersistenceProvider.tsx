import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStoreApi } from '../../store/useAppStore'
import { AUTOSAVE_KEY, saveOnChange, type AutosaveLoad } from './autosave'
import { guardedWrite, readSaved } from './tabSync'
import { useAutosaveCheck } from './useAutosaveCheck'
import { loadValidator } from './loadValidator'
import { useComparisonAutosave } from './useComparisonAutosave'
import { usePlayheadAutosave } from './playheadSave'
import { SetAsideBanner } from './SetAsideBanner'
import { LinkErrorBanner, type LinkError } from './LinkErrorBanner'
import './persistence.css'

/** Quiet time before a write: a drag or a burst of typing becomes one write, never one per frame. */
export const AUTOSAVE_DELAY_MS = 400

/**
 * Autosaves the document (debounced through the store subscription) and reports, in a visible banner, a saved copy
 * that failed to load: it was set aside, and can be downloaded or discarded here. A link that could not be opened
 * is reported first (one banner at a time; the other shows once it is dismissed).
 */
export function PersistenceProvider({
  restored,
  autosave = true,
  linkError,
  children,
}: {
  restored: AutosaveLoad
  /** False when the scenario came from a link or a benchmark: it must not overwrite the user's saved work. */
  autosave?: boolean
  /** A link whose scenario could not be opened (the user's saved work is shown instead). */
  linkError?: LinkError
  children: ReactNode
}) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const [recovery, setRecovery] = useState(restored.kind === 'setAside' ? restored : null)
  const [failed, setFailed] = useState(false)
  const [linkProblem, setLinkProblem] = useState(linkError ?? null)
  // A document shown after the cheap check only: the schema reads it after the first paint, autosave waits for that.
  const check = useAutosaveCheck(store, restored, setRecovery)
  const writtenAfterCheck = useRef(false)
  // Storage too full to move the broken copy: it stays under the autosave key, so autosave waits for the user.
  const paused = !check.done || (recovery !== null && recovery.setAsideKey === AUTOSAVE_KEY)

  // Several tabs (tabSync.ts): the saved text this tab last read or wrote; another tab's newer save pauses autosave
  // here until the user chooses (load theirs, or keep this one and save it).
  const lastText = useRef<string | null>(null)
  const [newer, setNewer] = useState<string | null>(null)
  useEffect(() => {
    if (!autosave) return
    lastText.current = readSaved(localStorage)
    const onStorage = (e: StorageEvent) => {
      if (e.key !== AUTOSAVE_KEY || e.newValue === null || e.newValue === lastText.current) return
      setNewer(e.newValue)
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [autosave])

  useEffect(() => {
    if (paused || !autosave || newer !== null) return
    // Edits made while the schema read the restored document were not saved: save them now (once).
    if (check.shown !== null && !writtenAfterCheck.current) {
      writtenAfterCheck.current = true
      if (store.getState().scenario !== check.shown) {
        const r = guardedWrite(localStorage, store.getState().scenario, lastText.current)
        if (r.kind === 'newer') setNewer(r.text)
        else if (r.kind === 'written') lastText.current = r.text
        setFailed(r.kind === 'failed')
      }
    }
    return saveOnChange(
      store,
      (state, prev) => state.scenario !== prev.scenario,
      (state) => {
        const r = guardedWrite(localStorage, state.scenario, lastText.current)
        if (r.kind === 'newer') setNewer(r.text)
        else if (r.kind === 'written') lastText.current = r.text
        setFailed(r.kind === 'failed')
      },
      AUTOSAVE_DELAY_MS,
    )
  }, [store, paused, autosave, newer, check.shown])

  // A comparison is saved beside the document, under the same conditions (comparisonSave.ts).
  useComparisonAutosave(store, !paused && autosave && newer === null, AUTOSAVE_DELAY_MS)
  // And the playhead (playheadSave.ts).
  usePlayheadAutosave(store, !paused && autosave && newer === null, AUTOSAVE_DELAY_MS)

  const loadNewer = async () => {
    const text = newer
    // The other tab's document is read with the schema (the validator chunk, fetched now if it is not yet).
    const theirs = text === null ? null : (await loadValidator()).scenarioOfSaved(text)
    lastText.current = text
    setNewer(null)
    // Into this tab's own history: undo here brings back what this tab had.
    if (theirs) store.getState().replaceScenario(theirs)
  }
  const keepMine = () => {
    const r = guardedWrite(localStorage, store.getState().scenario, readSaved(localStorage))
    if (r.kind === 'written') lastText.current = r.text
    setFailed(r.kind === 'failed')
    setNewer(null)
  }

  return (
    <>
      {children}
      {newer !== null ? (
        <div className="persist-banner persist-banner--tabs" role="alert" data-testid="tab-conflict">
          <p className="persist-banner__title">{t('safety.tabs.newer')}</p>
          <p>{t('safety.tabs.keptMine')}</p>
          <div className="persist-banner__actions">
            <button type="button" className="button button--small button--primary" onClick={() => void loadNewer()}>
              {t('safety.tabs.load')}
            </button>
            <button type="button" className="button button--small" onClick={keepMine}>
              {t('safety.tabs.keep')}
            </button>
          </div>
        </div>
      ) : null}
      {linkProblem ? <LinkErrorBanner error={linkProblem} onDismiss={() => setLinkProblem(null)} /> : null}
      {!linkProblem && recovery ? (
        <SetAsideBanner
          title={t('files.recoveredTitle')}
          body={
            paused
              ? t('files.recoveredFull', { key: recovery.setAsideKey })
              : t('files.recoveredBody', { key: recovery.setAsideKey })
          }
          issues={recovery.issues}
          storageKey={recovery.setAsideKey}
          fileName="set-aside.lambdascope.json"
          canDismiss={!paused}
          onClose={() => setRecovery(null)}
        />
      ) : null}
      {!linkProblem && !recovery && failed ? (
        <div className="persist-banner" role="status">
          <div className="persist-banner__row">
            <p>{t('files.autosaveFailed')}</p>
            <button type="button" className="button button--small" onClick={() => setFailed(false)}>
              {t('files.dismiss')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  )
}
