import { useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Era, Fault, FaultKind, Permission } from '../../model'
import type { AppStore } from '../../store/createAppStore'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { FaultEntry } from './FaultEntry'
import { faultTitle } from './faultTitle'
import type { Commit } from './forms'
import { faultKindsFor, faultsOf, newFault, withFaultKind, type FaultHost } from './inputEntries'
import { entryFocus, useFocusAfterEdit } from './useFocusAfterEdit'
import { issuesAt, useInputIssues } from './useInputIssues'
import './inputs.css'

const selectFaults = (s: AppStore) => s.scenario.faults

export interface FaultSectionProps {
  host: FaultHost
  /** The node or edge id faults name as their `target`. */
  targetId: string
  /** How the target reads to people (its label). */
  name: string
  era: Era
  commit: Commit
}

/**
 * The faults aimed at one node or wire (scenario `faults[]` whose `target` is it): list, add, change kind, duplicate,
 * remove.
 */
export function FaultSection({ host, targetId, name, era, commit }: FaultSectionProps) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const store = useAppStoreApi()
  const faults = useAppStore(selectFaults)
  const entries = useMemo(() => faultsOf({ ...store.getState().scenario, faults }, targetId), [store, faults, targetId])
  const issues = useInputIssues()
  const kinds = faultKindsFor(host)
  const [kindToAdd, setKindToAdd] = useState<FaultKind | ''>('')
  const chosen: FaultKind | undefined = kindToAdd !== '' && kinds.includes(kindToAdd) ? kindToAdd : kinds[0]
  const [status, setStatus] = useState('')
  const section = useRef<HTMLElement>(null)
  const focusAfter = useFocusAfterEdit(section)
  const edgePermission: Permission | null = host.kind === 'edge' ? host.permission : null
  if (kinds.length === 0 && entries.length === 0) return null

  const setList = (next: (list: readonly Fault[]) => Fault[], done: string) => {
    const refused = commit({ kind: 'scenario' }, ['faults'], next(store.getState().scenario.faults))
    if (refused.length === 0) setStatus(done)
    return refused.length === 0
  }
  const add = () => {
    if (!chosen) return
    const index = store.getState().scenario.faults.length
    const kind = t(`inputs.faults.kinds.${chosen}`)
    if (
      setList(
        (list) => [...list, newFault(chosen, targetId, edgePermission)],
        t('inputs.faults.added', { n: entries.length + 1, kind }),
      )
    )
      focusAfter(...entryFocus(`[data-entry="fault-${index}"]`))
  }
  const changeKind = (index: number, n: number, fault: Fault, kind: FaultKind) => {
    const next = withFaultKind(fault, kind, edgePermission)
    setList(
      (list) => list.map((f, i) => (i === index ? next : f)),
      t('inputs.faults.kindChanged', { n, kind: faultTitle(t, i18n.language, next) }),
    )
  }
  // The copy goes right after its original (the next fault of this target, so it is fault n + 1 here).
  const duplicate = (index: number, n: number, fault: Fault) => {
    const done = t('inputs.faults.duplicated', { n, kind: faultTitle(t, i18n.language, fault), m: n + 1 })
    if (setList((list) => [...list.slice(0, index + 1), { ...fault }, ...list.slice(index + 1)], done))
      focusAfter(...entryFocus(`[data-entry="fault-${index + 1}"]`))
  }
  const remove = (index: number, n: number, fault: Fault) => {
    const position = entries.findIndex((e) => e.index === index)
    const next = entries[position + 1] ? index : entries[position - 1]?.index
    if (
      setList(
        (list) => list.filter((_, i) => i !== index),
        t('inputs.faults.removed', { n, kind: faultTitle(t, i18n.language, fault) }),
      )
    )
      focusAfter(...(next === undefined ? [] : entryFocus(`[data-entry="fault-${next}"]`)), '[data-fault-adder]')
  }

  return (
    <section ref={section} className="inputs" aria-labelledby={`${id}-title`} data-testid="fault-section">
      <h3 className="inputs__title" id={`${id}-title`}>
        {t('inputs.faults.title')}
      </h3>
      <p className="field__hint">
        {host.kind === 'edge' ? t('inputs.faults.hintEdge') : t('inputs.faults.hintNode', { name })}
      </p>
      {entries.length === 0 ? (
        <p className="inputs__none">{t('inputs.faults.none')}</p>
      ) : (
        <ul className="inputs__list" aria-labelledby={`${id}-title`}>
          {entries.map(({ entry, index }, i) => (
            <FaultEntry
              key={index}
              fault={entry}
              index={index}
              n={i + 1}
              era={era}
              edgePermission={edgePermission}
              commit={commit}
              issues={issuesAt(issues, 'faults', index)}
              kinds={kinds}
              onChangeKind={(kind) => changeKind(index, i + 1, entry, kind)}
              onDuplicate={() => duplicate(index, i + 1, entry)}
              onRemove={() => remove(index, i + 1, entry)}
            />
          ))}
        </ul>
      )}
      {kinds.length > 0 ? (
        <div className="inputs__adder">
          <label className="field__label" htmlFor={`${id}-kind`}>
            {t('inputs.faults.kindToAdd')}
          </label>
          <div className="field__row">
            <select
              id={`${id}-kind`}
              data-fault-adder
              className="select field__input"
              value={chosen}
              onChange={(e) => setKindToAdd(e.target.value as FaultKind)}
            >
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`inputs.faults.kinds.${k}`)}
                </option>
              ))}
            </select>
            <button type="button" className="button button--small" onClick={add}>
              {t('inputs.faults.add')}
            </button>
          </div>
        </div>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  )
}
