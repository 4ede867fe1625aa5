import { useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Era, Issue, ScenarioNode } from '../../model'
import type { Choice } from './fieldChoices'
import type { FieldSpec } from './fieldSpecs'
import { optionLabel } from './formatValue'
import { IssueList } from './IssueList'
import type { SchemaInfo } from './schemaInfo'
import './listField.css'

export interface ListFieldProps {
  spec: FieldSpec
  /** The schema's description of the list (its items: enum options or free strings). */
  info: Extract<SchemaInfo, { kind: 'list' }>
  value: unknown
  era: Era
  node: ScenarioNode | null
  onCommit: (value: unknown) => Issue[]
  choices: readonly Choice[]
}

type LocalError = { key: 'duplicate' | 'blank'; item: string }

const asList = (v: unknown): readonly string[] | null =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : null

/**
 * A list setting. Enum items (gateway endpoints) are a set of checkboxes; free items (security groups) are rows with
 * remove buttons, an entry box with the canvas's values as suggestions, and one-click chips for those not yet listed.
 * Unset, it shows the AWS default (editing starts from it). A refused change keeps what was typed and says where.
 */
export function ListField({ spec, info, value, era, node, onCommit, choices }: ListFieldProps) {
  const { t } = useTranslation()
  const id = useId()
  const label = t(spec.label ?? (`inspector.fields.${spec.id}` as 'inspector.fields.inboundFrom'))
  const fallback = spec.defaultValue(era, node)
  const isSet = value !== undefined
  const items = asList(value) ?? asList(fallback) ?? []
  const [draft, setDraft] = useState('')
  const [localError, setLocalError] = useState<LocalError | null>(null)
  const [issues, setIssues] = useState<Issue[]>([])
  const [status, setStatus] = useState('')
  const [seen, setSeen] = useState(value)
  if (seen !== value) {
    setSeen(value)
    setIssues([])
  }

  const tryList = (next: readonly string[] | undefined, done: string): boolean => {
    const refused = onCommit(next)
    setIssues(refused)
    setLocalError(null)
    if (refused.length === 0) setStatus(done)
    return refused.length === 0
  }
  const add = (raw: string) => {
    const item = raw.trim()
    if (item === '') return setLocalError({ key: 'blank', item })
    if (items.includes(item)) return setLocalError({ key: 'duplicate', item })
    if (tryList([...items, item], t('inspector.list.added', { item, field: label }))) setDraft('')
  }
  const remove = (item: string) => {
    const next = items.filter((x) => x !== item)
    // Where "none" has its own meaning (no partition keys), the last removal leaves the field out.
    tryList(next.length === 0 && spec.emptyHint ? undefined : next, t('inspector.list.removed', { item, field: label }))
  }
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return
    e.preventDefault()
    add(draft)
  }

  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const hasError = localError !== null || issues.length > 0
  const hintText = spec.note ? t(`inspector.notes.${spec.note}`) : spec.hint ? t(spec.hint) : null
  const describedBy = [hintText ? hintId : null, hasError ? errorId : null].filter(Boolean).join(' ') || undefined
  const hint = hintText ? (
    <p id={hintId} className="field__hint">
      {hintText}
    </p>
  ) : null
  const reset = isSet ? (
    <button
      type="button"
      className="button button--small field__reset"
      onClick={() => tryList(undefined, t('inspector.reset', { field: label }))}
      aria-label={t('inspector.reset', { field: label })}
      title={t('inspector.reset', { field: label })}
    >
      {t('inspector.resetShort')}
    </button>
  ) : null
  const errors = hasError ? (
    <div id={errorId} className="field__error" role="alert">
      {localError ? <p>{t(`inspector.list.${localError.key}`, { item: localError.item })}</p> : null}
      {issues.length > 0 ? <IssueList issues={issues} /> : null}
      <p className="field__kept">{t('inspector.notApplied')}</p>
    </div>
  ) : null
  const legend = (
    <legend className="field__label">
      {label}
      {spec.ref ? <span className="field__ref"> {spec.ref}</span> : null}
    </legend>
  )
  const live = (
    <p className="visually-hidden" role="status" aria-live="polite">
      {status}
    </p>
  )

  if (info.item.kind === 'enum') {
    const options = info.item.options
    const toggle = (option: string, on: boolean) => {
      const next = options.filter((o) => (o === option ? on : items.includes(o)))
      // An empty set is what AWS does by default: leave the field out rather than write [].
      const empty = next.length === 0 && (asList(fallback)?.length ?? 0) === 0
      tryList(
        empty ? undefined : next,
        t(on ? 'inspector.list.added' : 'inspector.list.removed', { item: optionLabel(t, option), field: label }),
      )
    }
    return (
      <fieldset className="field list-field" data-field={spec.id} aria-describedby={describedBy}>
        {legend}
        <div className="list-field__set">
          {options.map((o) => (
            <label key={o} className="list-field__option">
              <input
                type="checkbox"
                className="field__check"
                checked={items.includes(o)}
                onChange={(e) => toggle(o, e.target.checked)}
              />
              {optionLabel(t, o)}
            </label>
          ))}
          {reset}
        </div>
        {hint}
        {errors}
        {live}
      </fieldset>
    )
  }

  const usedBy = new Map(choices.map((c) => [c.value, c.usedBy ?? []]))
  const suggestions = choices.filter((c) => !items.includes(c.value))
  return (
    <fieldset className="field list-field" data-field={spec.id} aria-describedby={describedBy}>
      {legend}
      {items.length === 0 ? (
        <p className="list-field__empty">{t(spec.emptyHint ?? 'inspector.list.empty')}</p>
      ) : (
        <ul className="list-field__items" aria-label={label}>
          {items.map((item) => {
            const users = usedBy.get(item) ?? []
            return (
              <li key={item} className="list-field__item">
                <span className="list-field__value">{item}</span>
                <span className="list-field__detail">
                  {!isSet
                    ? t('inspector.list.isDefault')
                    : spec.choices
                      ? users.length > 0
                        ? t('inspector.usedBy', { names: users.join(', ') })
                        : t('inspector.list.unusedGroup')
                      : null}
                </span>
                <button
                  type="button"
                  className="button button--small list-field__remove"
                  aria-label={t('inspector.list.remove', { item, field: label })}
                  title={t('inspector.list.remove', { item, field: label })}
                  onClick={() => remove(item)}
                >
                  ×
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <div className="field__row">
        <input
          className="input field__input"
          value={draft}
          aria-label={t('inspector.list.newItem', { field: label })}
          aria-invalid={hasError || undefined}
          aria-describedby={describedBy}
          list={`${id}-choices`}
          spellCheck={false}
          onChange={(e) => {
            setDraft(e.target.value)
            setLocalError(null)
          }}
          onKeyDown={onKey}
        />
        <button
          type="button"
          className="button button--small"
          aria-label={t('inspector.list.addLabel', { field: label })}
          onClick={() => add(draft)}
        >
          {t('inspector.list.add')}
        </button>
        {reset}
      </div>
      {/* Always there, so the entry keeps one role (combobox) whether or not anything is left to suggest. */}
      <datalist id={`${id}-choices`}>
        {suggestions.map((c) => (
          <option key={c.value} value={c.value} />
        ))}
      </datalist>
      {suggestions.length > 0 ? (
        <>
          <div className="list-field__chips" role="group" aria-label={t('inspector.list.addLabel', { field: label })}>
            {suggestions.slice(0, 6).map((c) => (
              <button
                key={c.value}
                type="button"
                className="list-field__chip"
                onClick={() => add(c.value)}
                aria-label={t('inspector.list.addItem', { item: c.value, field: label })}
                title={
                  c.usedBy && c.usedBy.length > 0 ? t('inspector.usedBy', { names: c.usedBy.join(', ') }) : undefined
                }
              >
                + {c.value}
              </button>
            ))}
          </div>
        </>
      ) : null}
      {hint}
      {errors}
      {live}
    </fieldset>
  )
}
