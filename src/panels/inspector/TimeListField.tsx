import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../model'
import type { FieldSpec } from './fieldSpecs'
import { formatTimeList, parseTimeList } from './inputEntries'
import { IssueList } from './IssueList'
import { naturalUnit, type DurationUnit } from './units'

type LocalError = { reason: 'empty' | 'notNumber' | 'notWholeMs'; item: string; position: number }

/** A list of times ("0, 1.5, 10" in seconds), stored as integer ms; a bad item is named by its position. */
export function TimeListField({
  spec,
  value,
  onCommit,
}: {
  spec: FieldSpec
  value: readonly number[]
  onCommit: (ms: number[]) => Issue[]
}) {
  const { t } = useTranslation()
  const id = useId()
  const label = t(spec.label ?? 'inputs.fields.listAtMs')
  const units = spec.units ?? ['ms']
  const [unit, setUnit] = useState<DurationUnit>(() => naturalUnit(value.find((v) => v > 0) ?? 1000, units))
  const [seen, setSeen] = useState({ value, unit })
  const [draft, setDraft] = useState(() => formatTimeList(value, unit))
  const [localError, setLocalError] = useState<LocalError | null>(null)
  const [issues, setIssues] = useState<Issue[]>([])
  if (seen.value !== value || seen.unit !== unit) {
    setSeen({ value, unit })
    setDraft(formatTimeList(value, unit))
    setLocalError(null)
  }
  const onText = (text: string) => {
    setDraft(text)
    const parsed = parseTimeList(text, unit)
    if (!parsed.ok) return setLocalError(parsed)
    setLocalError(null)
    setIssues(onCommit(parsed.ms))
  }
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const hasError = localError !== null || issues.length > 0
  return (
    <div className="field" data-field={spec.id}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__row">
        <input
          id={id}
          className="input field__input"
          type="text"
          inputMode="decimal"
          value={draft}
          spellCheck={false}
          aria-invalid={hasError || undefined}
          aria-describedby={[hintId, hasError ? errorId : null].filter(Boolean).join(' ')}
          onChange={(e) => onText(e.target.value)}
        />
        <select
          className="select field__unit"
          aria-label={t('inspector.unit', { field: label })}
          value={unit}
          onChange={(e) => setUnit(e.target.value as DurationUnit)}
        >
          {units.map((u) => (
            <option key={u} value={u}>
              {t(`inspector.units.${u}`)}
            </option>
          ))}
        </select>
      </div>
      {spec.hint ? (
        <p id={hintId} className="field__hint">
          {t(spec.hint)}
        </p>
      ) : null}
      {hasError ? (
        <div id={errorId} className="field__error" role="alert">
          {localError ? (
            <p>{t(`inputs.times.${localError.reason}`, { item: localError.item, position: localError.position })}</p>
          ) : null}
          {issues.length > 0 ? <IssueList issues={issues} /> : null}
          <p className="field__kept">{t('inspector.notApplied')}</p>
        </div>
      ) : null}
    </div>
  )
}
