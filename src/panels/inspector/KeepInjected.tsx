import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../model'
import type { AppStore } from '../../store/createAppStore'
import { effectiveEdgeIds } from '../../model'
import { withInputs } from '../../store/playback/inputs'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { tryScenario } from './applyEdit'
import { IssueList } from './IssueList'
import './inputs.css'

const selectInjectedCount = (s: AppStore) => s.injected.length

/**
 * Events and faults injected while playing live beside the document (they vanish with a new run). This turns them into
 * the document's own traffic and faults — one undo step — so the scenario replays, saves and shares with them.
 */
export function KeepInjected() {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const count = useAppStore(selectInjectedCount)
  const [issues, setIssues] = useState<Issue[]>([])
  const [status, setStatus] = useState('')
  if (count === 0 && status === '') return null
  const keep = () => {
    const s = store.getState()
    const kept = s.injected.length
    const candidate = withInputs(s.scenario, s.injected, new Set(effectiveEdgeIds(s.scenario.edges)))
    const r = tryScenario(s.scenario, candidate)
    if (!r.ok) return setIssues(r.issues)
    setIssues([])
    // The same document + no live inputs is the same run: playback stays where it is.
    s.editScenario(() => r.scenario)
    s.clearInjected()
    setStatus(t('inputs.keep.done', { count: kept }))
  }
  return (
    // Once kept, only the announcement remains (for screen readers), until something is injected again.
    <div className={count > 0 || issues.length > 0 ? 'inputs-keep' : 'visually-hidden'} data-testid="keep-injected">
      {count > 0 ? (
        <>
          <p className="inputs-keep__text">{t('inputs.keep.pending', { count })}</p>
          <button type="button" className="button button--small" onClick={keep}>
            {t('inputs.keep.action')}
          </button>
        </>
      ) : null}
      {issues.length > 0 ? (
        <div className="field__error" role="alert">
          <IssueList issues={issues} />
        </div>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
