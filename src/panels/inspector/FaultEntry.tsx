import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { PERMISSIONS, type Era, type Fault, type FaultKind, type Issue, type Permission } from '../../model'
import { getAtPath } from './docPath'
import { Field } from './Field'
import type { FieldSpec } from './fieldSpecs'
import { formatTime, optionLabel } from './formatValue'
import type { Commit, FormTarget } from './forms'
import { SpecField } from './forms'
import { FAULT_AT_FIELD, FAULT_FIELDS } from './inputFieldSpecs'
import { poisonBy, type PoisonBy } from './inputEntries'
import { faultTitle } from './faultTitle'
import { EntryIssues } from './IssueList'
import { ReturnsEditor } from './ReturnsEditor'
import { useReturnsContext } from './useReturnsContext'
import { faultFieldInfo } from './schemaInfo'

export interface FaultEntryProps {
  fault: Fault
  /** Position in the document's faults list. */
  index: number
  /** Position among this target's faults (1-based). */
  n: number
  era: Era
  /** On a wire, the one permission it needs (§10); on a function, null (any permission). */
  edgePermission: Permission | null
  commit: Commit
  issues: readonly Issue[]
  /** The kinds this target can take (the kind select offers them; the fault's own kind is always among them). */
  kinds: readonly FaultKind[]
  onChangeKind: (kind: FaultKind) => void
  onDuplicate: () => void
  onRemove: () => void
}

/** One fault: what it is (changeable in place), from when, its parameters, and what the model says of it. */
export function FaultEntry({
  fault,
  index,
  n,
  era,
  edgePermission,
  commit,
  issues,
  kinds,
  onChangeKind,
  onDuplicate,
  onRemove,
}: FaultEntryProps) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const target: FormTarget = { kind: 'fault', index, target: fault.target }
  const kindName = faultTitle(t, i18n.language, fault)
  const returnsContext = useReturnsContext(fault.target)
  const onCommit = (spec: FieldSpec) => (v: unknown) => commit(target, spec.path, v)
  const field = (spec: FieldSpec) => {
    const key = `${index}:${spec.id}`
    if (spec.id === 'permission') {
      // A wire's fault revokes that wire's permission; a function's can be any of them.
      const options = edgePermission ? [edgePermission] : PERMISSIONS
      return (
        <Field
          key={key}
          spec={{ ...spec, choices: () => [] }}
          info={faultFieldInfo(fault.kind, spec.path)}
          value={getAtPath(fault, spec.path)}
          era={era}
          node={null}
          onCommit={onCommit(spec)}
          choices={options.map((p) => ({ value: p, label: optionLabel(t, p) }))}
        />
      )
    }
    return (
      <SpecField
        key={key}
        spec={spec}
        info={faultFieldInfo(fault.kind, spec.path)}
        value={getAtPath(fault, spec.path)}
        era={era}
        node={null}
        selfId={fault.target}
        onCommit={onCommit(spec)}
      />
    )
  }
  let params = FAULT_FIELDS[fault.kind]
  let poisonChoice = null
  if (fault.kind === 'poisonRecord') {
    const by: PoisonBy = fault.key !== undefined ? 'key' : 'index'
    params = params.filter((s) => (by === 'key' ? s.id !== 'poisonIndex' : s.id !== 'poisonKey'))
    poisonChoice = (
      <div className="field">
        <label className="field__label" htmlFor={`${id}-by`}>
          {t('inputs.faults.poisonBy')}
        </label>
        <select
          id={`${id}-by`}
          className="select field__input"
          value={by}
          onChange={(e) => commit(target, [], poisonBy(fault, e.target.value as PoisonBy))}
        >
          <option value="key">{t('inputs.faults.poisonByKey')}</option>
          <option value="index">{t('inputs.faults.poisonByIndex')}</option>
        </select>
      </div>
    )
  }
  return (
    <li className="inputs__entry" data-entry={`fault-${index}`} aria-labelledby={`${id}-name`}>
      <h4 className="inputs__entry-title" id={`${id}-name`} tabIndex={-1} data-entry-heading>
        {t('inputs.faults.entry', { n, kind: kindName })}
        <span className="inputs__entry-summary">
          {' '}
          — {t('inputs.faults.at', { at: formatTime(t, i18n.language, fault.atMs ?? 0) })}
        </span>
      </h4>
      <p className="field__hint inputs__explain">{t(`inputs.faults.explain.${fault.kind}`)}</p>
      {fault.kind === 'eniExhaustion' && era === 'current' ? (
        <p className="field__hint field__hint--era">{t('inputs.faults.eniCurrent')}</p>
      ) : null}
      {field(FAULT_AT_FIELD)}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          {t('inputs.faults.kind')}
        </label>
        <select
          id={`${id}-kind`}
          className="select field__input"
          value={fault.kind}
          onChange={(e) => onChangeKind(e.target.value as FaultKind)}
        >
          {(kinds.includes(fault.kind) ? kinds : [fault.kind, ...kinds]).map((k) => (
            <option key={k} value={k}>
              {t(`inputs.faults.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {poisonChoice}
      {params.map(field)}
      {fault.kind === 'returns' ? (
        <ReturnsEditor
          value={fault.returns}
          context={returnsContext}
          required
          onCommit={(v) => commit(target, ['returns'], v)}
        />
      ) : null}
      <EntryIssues issues={issues} />
      <div className="inputs__entry-actions">
        <button
          type="button"
          className="button button--small"
          onClick={onDuplicate}
          aria-label={t('inputs.faults.duplicate', { n, kind: kindName })}
        >
          {t('inputs.faults.duplicateShort')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={onRemove}
          aria-label={t('inputs.faults.remove', { n, kind: kindName })}
        >
          {t('inputs.faults.removeShort')}
        </button>
      </div>
    </li>
  )
}
