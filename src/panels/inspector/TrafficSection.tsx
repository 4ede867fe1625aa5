import { useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Era, ScenarioNode, Traffic } from '../../model'
import type { AppStore } from '../../store/createAppStore'
import { defaultPayload } from '../../model'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import type { Commit } from './forms'
import { newTraffic, trafficOf } from './inputEntries'
import { TrafficEntry } from './TrafficEntry'
import { issuesAt, useInputIssues } from './useInputIssues'
import { entryFocus, useFocusAfterEdit } from './useFocusAfterEdit'
import './inputs.css'

const selectTraffic = (s: AppStore) => s.scenario.traffic
const selectDurationMs = (s: AppStore) => s.scenario.durationMs

/** The traffic entering one source node (scenario `traffic[]` whose `source` is it): list, add, duplicate, remove. */
export function TrafficSection({ node, era, commit }: { node: ScenarioNode; era: Era; commit: Commit }) {
  const { t } = useTranslation()
  const id = useId()
  const store = useAppStoreApi()
  const traffic = useAppStore(selectTraffic)
  const durationMs = useAppStore(selectDurationMs)
  const entries = useMemo(
    () => trafficOf({ ...store.getState().scenario, traffic }, node.id),
    [store, traffic, node.id],
  )
  const issues = useInputIssues()
  const [status, setStatus] = useState('')
  const section = useRef<HTMLElement>(null)
  const focusAfter = useFocusAfterEdit(section)
  const name = node.label ?? node.id

  // Whole-list edits go through the same validation as a field (the scenario's `traffic` path).
  const setList = (next: (list: readonly Traffic[]) => Traffic[], done: string) => {
    const refused = commit({ kind: 'scenario' }, ['traffic'], next(store.getState().scenario.traffic))
    if (refused.length === 0) setStatus(done)
    return refused.length === 0
  }
  const add = () => {
    const n = entries.length + 1
    const index = store.getState().scenario.traffic.length
    if (setList((list) => [...list, newTraffic(node.id, defaultPayload(node, era))], t('inputs.traffic.added', { n })))
      focusAfter(...entryFocus(`[data-entry="traffic-${index}"]`))
  }
  const duplicate = (index: number, n: number) => {
    const copyIndex = store.getState().scenario.traffic.length
    const { id: _dropped, ...copy } = store.getState().scenario.traffic[index] ?? newTraffic(node.id, undefined)
    if (setList((list) => [...list, copy], t('inputs.traffic.duplicated', { n, copy: entries.length + 1 })))
      focusAfter(...entryFocus(`[data-entry="traffic-${copyIndex}"]`))
  }
  const remove = (index: number, n: number) => {
    const position = entries.findIndex((e) => e.index === index)
    // The entry that takes its place (indices after it shift down by one), else the one before, else Add.
    const next = entries[position + 1] ? index : entries[position - 1]?.index
    if (setList((list) => list.filter((_, i) => i !== index), t('inputs.traffic.removed', { n })))
      focusAfter(...(next === undefined ? [] : entryFocus(`[data-entry="traffic-${next}"]`)), '[data-traffic-adder]')
  }

  return (
    <section ref={section} className="inputs" aria-labelledby={`${id}-title`} data-testid="traffic-section">
      <h3 className="inputs__title" id={`${id}-title`}>
        {t('inputs.traffic.title')}
      </h3>
      <p className="field__hint">{t('inputs.traffic.hint', { name })}</p>
      {entries.length === 0 ? (
        <p className="inputs__none">{t('inputs.traffic.none')}</p>
      ) : (
        <ul className="inputs__list" aria-labelledby={`${id}-title`}>
          {entries.map(({ entry, index }, i) => (
            <TrafficEntry
              key={index}
              entry={entry}
              index={index}
              n={i + 1}
              node={node}
              era={era}
              durationMs={durationMs}
              commit={commit}
              issues={issuesAt(issues, 'traffic', index)}
              onDuplicate={() => duplicate(index, i + 1)}
              onRemove={() => remove(index, i + 1)}
            />
          ))}
        </ul>
      )}
      <button type="button" data-traffic-adder className="button button--small inputs__add" onClick={add}>
        {t('inputs.traffic.add')}
      </button>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  )
}
