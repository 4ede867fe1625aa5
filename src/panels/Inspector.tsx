import { memo, useCallback, useDeferredValue, useEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { indexScenario, inferEdgeRole, type Scenario } from '../model'
import {
  selectBeginGesture,
  selectEditScenario,
  selectEndGesture,
  selectEra,
  selectSelection,
  selectedEdgeIdIn,
  selectedEdgeIn,
  selectedNodeIn,
} from '../store/selectors'
import type { AppStore } from '../store/createAppStore'
import { useAppStore, useAppStoreApi } from '../store/useAppStore'
import { ConsequenceList } from './ConsequenceList'
import { tryEdit, type EditTarget } from './inspector/applyEdit'
import { EdgeForm, NodeForm, type Commit, type FormTarget } from './inspector/forms'
import { EdgeInputs, NodeInputs } from './inspector/InputSections'
import { KeepInjected } from './inspector/KeepInjected'
import { ScenarioSettings } from './inspector/ScenarioSettings'
import { FunctionPermissionsSection, WirePermissionsSection } from './around/PermissionsSection'
import { CrossAccountGrant } from './around/CrossAccountGrant'
import { InvocationSection } from './around/InvocationSection'
import { CloseIcon } from './icons'
import './inspector/inspector.css'

import { INSPECTOR_ID } from './inspectorId'

export { INSPECTOR_ID }
const NO_SHEET = { open: false, onClose: () => {} }

// Narrow subscriptions: a drag moves other nodes every frame, and the panel must not re-render for that.
const selectTitle = (s: AppStore) => s.scenario.title
const selectSeed = (s: AppStore) => s.scenario.seed
const selectDurationMs = (s: AppStore) => s.scenario.durationMs
const selectRunLimitMs = (s: AppStore) => s.scenario.runLimitMs
const selectDescription = (s: AppStore) => s.scenario.description
const selectAccountId = (s: AppStore) => s.scenario.accountId
const selectRegion = (s: AppStore) => s.scenario.region
const selectAccountLimit = (s: AppStore) => s.scenario.accountConcurrencyLimit

/** Ids → positions in the latest document (null when the item went away meanwhile). */
function resolveTarget(s: Scenario, target: FormTarget): EditTarget | null {
  if (target.kind === 'scenario') return target
  if (target.kind === 'traffic')
    return s.traffic[target.index]?.source === target.source ? { kind: 'traffic', index: target.index } : null
  if (target.kind === 'fault')
    return s.faults[target.index]?.target === target.target ? { kind: 'fault', index: target.index } : null
  if (target.kind === 'node') {
    const index = s.nodes.findIndex((n) => n.id === target.id)
    return index < 0 ? null : { kind: 'node', index }
  }
  const edge = indexScenario(s).edgeById.get(target.id)
  return edge ? { kind: 'edge', index: edge.index } : null
}

/**
 * The side panel: settings of the selected node or connection (or of the scenario), then what will happen.
 *
 * The forms follow the selection a moment later (`useDeferredValue`): a new selection first shows on the canvas,
 * where a drag that starts with it must move at once, and the forms (tens of fields, ≈ 40–60 ms on the 200-node
 * bench) are rendered in the background, between frames.
 *
 * Where the window is narrow (embeds, ≤ 760 px) the panel is hidden until the header's toggle opens it as a sheet
 * over the canvas (`sheet`): focus moves into it, Escape or its close button closes it and focus goes back.
 */
export function Inspector({ sheet = NO_SHEET }: { sheet?: { open: boolean; onClose: () => void } }) {
  const { t } = useTranslation()
  const closeButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (sheet.open) closeButton.current?.focus()
  }, [sheet.open])
  const onKeyDown = (e: KeyboardEvent) => {
    if (sheet.open && e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault()
      sheet.onClose()
    }
  }
  const selection = useDeferredValue(useAppStore(selectSelection))
  const beginGesture = useAppStore(selectBeginGesture)
  const endGesture = useAppStore(selectEndGesture)
  // Typing in one field is one undo step (not one per keystroke): the field's focus is a gesture.
  const isTextEntry = (e: FocusEvent) =>
    e.target instanceof HTMLTextAreaElement || (e.target instanceof HTMLInputElement && e.target.type === 'text')
  useEffect(() => endGesture, [endGesture])
  return (
    <aside
      id={INSPECTOR_ID}
      className={`inspector${sheet.open ? ' inspector--sheet-open' : ''}`}
      aria-label={t('panel.label')}
      onKeyDown={onKeyDown}
    >
      <div className="inspector__head">
        <h2 className="inspector__title">{t('panel.title')}</h2>
        <button
          ref={closeButton}
          type="button"
          className="button button--icon inspector__close"
          onClick={sheet.onClose}
          title={t('panel.close')}
        >
          <CloseIcon />
          <span className="visually-hidden">{t('panel.close')}</span>
        </button>
      </div>
      <div
        className="inspector__scroll"
        onFocus={(e) => isTextEntry(e) && beginGesture()}
        onBlur={(e) => isTextEntry(e) && endGesture()}
      >
        <KeepInjected />
        <InspectorBody selection={selection} />
      </div>
      <ConsequenceList />
    </aside>
  )
}

/** The forms for `selection`: a node's, a connection's, the scenario's, or a word about a multiple selection. */
const InspectorBody = memo(function InspectorBody({ selection }: { selection: AppStore['selection'] }) {
  const { t } = useTranslation()
  const era = useAppStore(selectEra)
  const node = useAppStore(useCallback((s: AppStore) => selectedNodeIn(s, selection), [selection]))
  const edge = useAppStore(useCallback((s: AppStore) => selectedEdgeIn(s, selection), [selection]))
  const edgeId = selectedEdgeIdIn(selection)
  const from = useAppStore((s) => (edge ? (s.scenario.nodes.find((n) => n.id === edge.from) ?? null) : null))
  const to = useAppStore((s) => (edge ? (s.scenario.nodes.find((n) => n.id === edge.to) ?? null) : null))
  const title = useAppStore(selectTitle)
  const seed = useAppStore(selectSeed)
  const durationMs = useAppStore(selectDurationMs)
  const runLimitMs = useAppStore(selectRunLimitMs)
  const description = useAppStore(selectDescription)
  const accountId = useAppStore(selectAccountId)
  const region = useAppStore(selectRegion)
  const accountConcurrencyLimit = useAppStore(selectAccountLimit)
  const editScenario = useAppStore(selectEditScenario)
  const store = useAppStoreApi()
  // Validate against the latest document (not the render's), so two quick edits never undo each other.
  const commit: Commit = (formTarget, path, value) => {
    const current = store.getState().scenario
    const target = resolveTarget(current, formTarget)
    if (!target) return []
    const r = tryEdit(current, target, path, value)
    if (!r.ok) return r.issues
    editScenario(() => r.scenario)
    return []
  }
  const count = selection.nodeIds.length + selection.edgeIds.length
  const forms = (() => {
    if (count === 0)
      return (
        <ScenarioSettings
          scenario={{
            title,
            description,
            era,
            seed,
            durationMs,
            runLimitMs,
            accountId,
            region,
            accountConcurrencyLimit,
          }}
          commit={commit}
        />
      )
    if (count > 1)
      return (
        <div className="inspector__empty">
          <p className="inspector__empty-title">{t('inspector.multiSelected', { count })}</p>
          <p className="inspector__empty-hint">{t('inspector.multiSelectedHint')}</p>
        </div>
      )
    if (node)
      return (
        <>
          <NodeForm key={node.id} era={era} node={node} commit={commit} />
          <NodeInputs key={`${node.id}:inputs`} era={era} node={node} commit={commit} />
          {node.type === 'lambda' && <FunctionPermissionsSection key={`${node.id}:permissions`} functionId={node.id} />}
        </>
      )
    if (edge && edgeId !== null) {
      const role = edge.role ?? (from && to ? inferEdgeRole(from.type, to.type) : null)
      return (
        <>
          <EdgeForm
            key={edgeId}
            era={era}
            edge={edge}
            edgeId={edgeId}
            from={from}
            to={to}
            role={role}
            commit={commit}
          />
          <CrossAccountGrant key={`${edgeId}:cross`} edgeId={edgeId} />
          <EdgeInputs
            key={`${edgeId}:inputs`}
            edgeId={edgeId}
            role={role}
            fromType={from?.type}
            name={`${from?.label ?? edge.from} → ${to?.label ?? edge.to}`}
            era={era}
            commit={commit}
          />
          <WirePermissionsSection key={`${edgeId}:permissions`} edgeId={edgeId} />
        </>
      )
    }
    return null
  })()
  return (
    <>
      <InvocationSection commit={commit} />
      {forms}
    </>
  )
})
