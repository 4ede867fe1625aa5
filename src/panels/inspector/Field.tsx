import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Era, Issue, ScenarioNode } from '../../model'
import type { Choice } from './fieldChoices'
import type { FieldSpec } from './fieldSpecs'
import { formatFieldValue, optionLabel } from './formatValue'
import { IssueList } from './IssueList'
import type { SchemaInfo } from './schemaInfo'
import { formatInUnit, naturalUnit, parseInUnit, type DurationUnit } from './units'

export interface FieldProps {
  spec: FieldSpec
  info: SchemaInfo
  /** The value as written in the document (undefined = AWS default). */
  value: unknown
  era: Era
  node: ScenarioNode | null
  /** Try the value (undefined = reset); returns the located issues when it was refused. */
  onCommit: (value: unknown) => Issue[]
  /** From the document (spec.choices): the options of an enum that refers to the canvas, suggestions for text. */
  choices?: readonly Choice[]
}

/** Bounds above this are only the schema's "any integer": not worth a hint. */
const MAX_SHOWN_BOUND = 1e10

type LocalError = { key: 'notNumber' | 'notInteger' | 'notWholeMs' | 'tooSmall' | 'tooBig' | 'empty'; bound?: string }

/** One setting: label, input in its unit, the AWS default as placeholder, reset, era reason and located errors. */
export function Field({ spec, info, value, era, node, onCommit, choices }: FieldProps) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const label = t(spec.label ?? (`inspector.fields.${spec.id}` as 'inspector.fields.timeoutMs'))
  const defaultValue = spec.defaultValue(era, node)
  const disabledByEra = spec.era !== undefined && spec.era.only !== era
  const isSet = value !== undefined
  const numeric = typeof value === 'number' ? value : typeof defaultValue === 'number' ? defaultValue : 0
  const [unit, setUnit] = useState<DurationUnit>(() => naturalUnit(numeric > 0 ? numeric : 1000, spec.units))
  const shown = (v: unknown) =>
    v === undefined
      ? ''
      : spec.widget === 'duration' && typeof v === 'number'
        ? v === -1
          ? '-1'
          : formatInUnit(v, unit)
        : String(v)
  const [draft, setDraft] = useState(() => shown(value))
  const [seen, setSeen] = useState<{ value: unknown; unit: DurationUnit }>({ value, unit })
  const [localError, setLocalError] = useState<LocalError | null>(null)
  const [issues, setIssues] = useState<Issue[]>([])
  // The document changed under us (undo, another panel) or the unit changed: show the new value.
  if (seen.value !== value || seen.unit !== unit) {
    setSeen({ value, unit })
    setDraft(shown(value))
    setLocalError(null)
    setIssues([])
  }

  const min = spec.minOverride ?? (info.kind === 'number' ? info.min : null)
  const max = spec.maxOverride ?? (info.kind === 'number' ? info.max : null)
  // Bounds read best in their own unit (1 ms–720 h), not squeezed into the input's.
  const fmt = (v: number) => formatFieldValue(t, i18n.language, spec, v)

  const commit = (next: unknown) => {
    const refused = onCommit(next)
    setIssues(refused)
    setLocalError(null)
  }

  const onText = (text: string) => {
    setDraft(text)
    if (text.trim() === '') {
      if (spec.widget === 'text' && spec.required) {
        setLocalError({ key: 'empty' })
        return
      }
      commit(undefined)
      return
    }
    if (spec.widget === 'text') return commit(text)
    let n: number
    if (spec.widget === 'duration') {
      if (spec.minOverride === -1 && text.trim() === '-1') return commit(-1)
      const p = parseInUnit(text, unit)
      if (!p.ok) return setLocalError({ key: p.reason })
      n = p.ms
    } else {
      const trimmed = text.trim()
      if (!/^-?\d*(\.\d+)?$/.test(trimmed) || trimmed === '-') return setLocalError({ key: 'notNumber' })
      n = Number(trimmed)
      if (!Number.isInteger(n) && !spec.decimal) return setLocalError({ key: 'notInteger' })
    }
    if (min !== null && n < min && !(spec.minOverride === -1 && n === -1))
      return setLocalError({ key: 'tooSmall', bound: fmt(min) })
    if (max !== null && n > max) return setLocalError({ key: 'tooBig', bound: fmt(max) })
    commit(n)
  }

  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const hasError = localError !== null || issues.length > 0
  const rangeNote = spec.rangeNote?.(era)
  const hint = disabledByEra
    ? t(`inspector.era.${spec.era?.reason ?? 'asyncConfig'}`)
    : rangeNote
      ? t(`inspector.range.${rangeNote}` as 'inspector.range.memory2018')
      : spec.hint
        ? t(spec.hint) // written for this field (what empty means, the scale of p): says more than a bare range
        : min !== null && max !== null && max <= MAX_SHOWN_BOUND && spec.widget !== 'text'
          ? t('inspector.range.between', { min: fmt(min), max: fmt(max) })
          : spec.note
            ? t(`inspector.notes.${spec.note}`)
            : null
  const describedBy = [hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(' ') || undefined
  const placeholder = t('inspector.defaultPlaceholder', {
    value: formatFieldValue(t, i18n.language, spec, defaultValue, spec.widget === 'duration' ? unit : undefined),
  })

  let control
  if (spec.widget === 'boolean') {
    const checked = typeof value === 'boolean' ? value : defaultValue === true
    control = (
      <input
        id={id}
        type="checkbox"
        className="field__check"
        checked={checked}
        disabled={disabledByEra}
        aria-describedby={describedBy}
        onChange={(e) => commit(e.target.checked)}
      />
    )
  } else if (spec.widget === 'enum' && (info.kind === 'enum' || spec.choices)) {
    // Options that refer to the canvas come from the document; a value it no longer has stays listed (not lost).
    const options: readonly Choice[] = spec.choices
      ? (choices ?? [])
      : info.kind === 'enum'
        ? info.options.map((o) => ({ value: o }))
        : []
    const stale = typeof value === 'string' && !options.some((o) => o.value === value)
    control = (
      <select
        id={id}
        className="select field__input"
        value={typeof value === 'string' ? value : ''}
        disabled={disabledByEra}
        aria-describedby={describedBy}
        aria-invalid={hasError || undefined}
        onChange={(e) => commit(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">{placeholder}</option>
        {[...options, ...(stale ? [{ value }] : [])].map((o) => (
          <option key={o.value} value={o.value}>
            {o.label ?? optionLabel(t, o.value)}
          </option>
        ))}
      </select>
    )
  } else {
    control = (
      <input
        id={id}
        className="input field__input"
        type="text"
        inputMode={spec.widget === 'text' ? 'text' : 'decimal'}
        value={draft}
        placeholder={placeholder}
        disabled={disabledByEra}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy}
        list={choices && choices.length > 0 ? `${id}-choices` : undefined}
        spellCheck={spec.widget === 'text' ? false : undefined}
        onChange={(e) => onText(e.target.value)}
      />
    )
  }
  const suggestions =
    spec.widget === 'text' && choices && choices.length > 0 ? (
      <datalist id={`${id}-choices`}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.usedBy && c.usedBy.length > 0 ? t('inspector.usedBy', { names: c.usedBy.join(', ') }) : undefined}
          </option>
        ))}
      </datalist>
    ) : null

  return (
    <div className={`field${spec.widget === 'boolean' ? ' field--check' : ''}`} data-field={spec.id}>
      <label className="field__label" htmlFor={id}>
        {label}
        {spec.ref ? <span className="field__ref"> {spec.ref}</span> : null}
      </label>
      <div className="field__row">
        {control}
        {spec.widget === 'duration' && spec.units ? (
          <select
            className="select field__unit"
            aria-label={t('inspector.unit', { field: label })}
            value={unit}
            disabled={disabledByEra}
            onChange={(e) => setUnit(e.target.value as DurationUnit)}
          >
            {spec.units.map((u) => (
              <option key={u} value={u}>
                {t(`inspector.units.${u}`)}
              </option>
            ))}
          </select>
        ) : spec.suffix ? (
          <span className="field__suffix">{t(`inspector.units.${spec.suffix}`)}</span>
        ) : null}
        {isSet && defaultValue !== null ? (
          <button
            type="button"
            className="button button--small field__reset"
            onClick={() => commit(undefined)}
            aria-label={t('inspector.reset', { field: label })}
            title={t('inspector.reset', { field: label })}
          >
            {t('inspector.resetShort')}
          </button>
        ) : null}
      </div>
      {suggestions}
      {hint ? (
        <p id={hintId} className={`field__hint${disabledByEra ? ' field__hint--era' : ''}`}>
          {hint}
        </p>
      ) : null}
      {hasError ? (
        <div id={errorId} className="field__error" role="alert">
          {localError ? (
            <p>
              {t(`inspector.errors.${localError.key}`, { min: localError.bound ?? '', max: localError.bound ?? '' })}
            </p>
          ) : null}
          {issues.length > 0 ? <IssueList issues={issues} /> : null}
          <p className="field__kept">{t('inspector.notApplied')}</p>
        </div>
      ) : null}
    </div>
  )
}
