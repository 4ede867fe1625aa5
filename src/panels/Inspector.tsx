import { useEffect, type FocusEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { indexScenario } from '../model'
import { selectBeginGesture, selectEditScenario, selectEndGesture, selectScenario, selectSelection } from '../store/selectors'
import { useAppStore, useAppStoreApi } from '../store/useAppStore'
import { ConsequenceList } from './ConsequenceList'
import { tryEdit } from './inspector/applyEdit'
import { EdgeForm, NodeForm, type Commit } from './inspector/forms'
import { ScenarioSettings } from './inspector/ScenarioSettings'
import './inspector/inspector.css'

/** The side panel: settings of the selected node or connection (or of the scenario), then what will happen. */
export function Inspector() {
  const { t } = useTranslation()
  const scenario = useAppStore(selectScenario)
  const selection = useAppStore(selectSelection)
  const editScenario = useAppStore(selectEditScenario)
  const store = useAppStoreApi()
  const beginGesture = useAppStore(selectBeginGesture)
  const endGesture = useAppStore(selectEndGesture)
  // Typing in one field is one undo step (not one per keystroke): the field's focus is a gesture.
  const isTextEntry = (e: FocusEvent) => e.target instanceof HTMLTextAreaElement || (e.target instanceof HTMLInputElement && e.target.type === 'text')
  useEffect(() => endGesture, [endGesture])
  // Validate against the latest document (not the render's), so two quick edits never undo each other.
  const commit: Commit = (target, path, value) => {
    const r = tryEdit(store.getState().scenario, target, path, value)
    if (!r.ok) return r.issues
    editScenario(() => r.scenario)
    return []
  }
  const count = selection.nodeIds.length + selection.edgeIds.length
  let body
  if (count === 0) body = <ScenarioSettings scenario={scenario} commit={commit} />
  else if (count > 1)
    body = (
      <div className="inspector__empty">
        <p className="inspector__empty-title">{t('inspector.multiSelected', { count })}</p>
        <p className="inspector__empty-hint">{t('inspector.multiSelectedHint')}</p>
      </div>
    )
  else if (selection.nodeIds.length === 1) {
    const index = scenario.nodes.findIndex((n) => n.id === selection.nodeIds[0])
    const node = scenario.nodes[index]
    body = node ? <NodeForm key={node.id} scenario={scenario} node={node} index={index} commit={commit} /> : null
  } else {
    const indexed = indexScenario(scenario).edgeById.get(selection.edgeIds[0] ?? '')
    body = indexed ? <EdgeForm key={indexed.id} scenario={scenario} edge={indexed.edge} edgeId={indexed.id} index={indexed.index} role={indexed.role} commit={commit} /> : null
  }
  return (
    <aside className="inspector" aria-label={t('panel.label')}>
      <h2 className="inspector__title">{t('panel.title')}</h2>
      <div className="inspector__scroll" onFocus={(e) => isTextEntry(e) && beginGesture()} onBlur={(e) => isTextEntry(e) && endGesture()}>
        {body}
      </div>
      <ConsequenceList />
    </aside>
  )
}
