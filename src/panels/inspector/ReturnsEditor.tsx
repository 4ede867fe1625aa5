import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { HANDLER_RETURN_EXAMPLES, type HandlerReturnExample, type Issue } from '../../model'
import { formatJson, parseJsonText } from './inputEntries'
import { IssueList } from './IssueList'

/** Which examples fit where the function is wired: batch responses for mappings, proxy responses behind API Gateway. */
export type ReturnsContext = { batch: boolean; api: boolean }

const BASIC: readonly HandlerReturnExample[] = ['value', 'error', 'timeout', 'failThenOk']
const API: readonly HandlerReturnExample[] = ['proxy', 'noStatusCode']
const BATCH: readonly HandlerReturnExample[] = ['partial', 'unknownId', 'emptyId', 'wrongKey', 'emptyList']

export interface ReturnsEditorProps {
  /** The `returns` as written (undefined = none). */
  value: unknown
  context: ReturnsContext
  /** A fault's `returns` cannot be emptied. */
  required?: boolean
  /** Try the value (undefined = remove); returns the located issues when refused. */
  onCommit: (value: unknown) => Issue[]
}

type JsonError = { line: number; column: number; found: string | null }
const textOf = (v: unknown) => (v === undefined ? '' : formatJson(v))

/**
 * The handler's return value as JSON text, with example buttons: a typo is located (line, column) and kept until it
 * parses; a value the model refuses is located too and not applied. The engine decides everything from the value.
 */
export function ReturnsEditor({ value, context, required, onCommit }: ReturnsEditorProps) {
  const { t } = useTranslation()
  const id = useId()
  const [draft, setDraft] = useState(() => textOf(value))
  const [seen, setSeen] = useState(value)
  const [jsonError, setJsonError] = useState<JsonError | null>(null)
  const [issues, setIssues] = useState<Issue[]>([])
  const [applied, setApplied] = useState(false)
  if (seen !== value) {
    setSeen(value)
    const typed = parseJsonText(draft)
    const same =
      draft.trim() === '' ? value === undefined : typed.ok && JSON.stringify(typed.value) === JSON.stringify(value)
    if (!same) {
      setDraft(textOf(value))
      setJsonError(null)
      setIssues([])
    }
  }
  const tryValue = (v: unknown) => {
    setJsonError(null)
    const refused = onCommit(v)
    setIssues(refused)
    setApplied(refused.length === 0)
  }
  const onText = (text: string) => {
    setDraft(text)
    setApplied(false)
    if (text.trim() === '') {
      if (required) return setJsonError({ line: 1, column: 1, found: null })
      return tryValue(undefined)
    }
    const parsed = parseJsonText(text)
    if (!parsed.ok) return setJsonError({ line: parsed.line, column: parsed.column, found: parsed.found })
    tryValue(parsed.value)
  }
  const applyExample = (name: HandlerReturnExample) => {
    const v = HANDLER_RETURN_EXAMPLES[name]
    setDraft(textOf(v))
    tryValue(v)
  }
  const examples = [...BASIC, ...(context.api ? API : []), ...(context.batch ? BATCH : [])]
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const hasError = jsonError !== null || issues.length > 0
  return (
    <div className="field payload returns" data-field="returns">
      <label className="field__label" htmlFor={id}>
        {t('handler.returns.label')}
      </label>
      <textarea
        id={id}
        className="input payload__text"
        value={draft}
        rows={Math.min(12, Math.max(3, draft.split('\n').length))}
        spellCheck={false}
        aria-invalid={hasError || undefined}
        aria-describedby={[hintId, hasError ? errorId : null].filter(Boolean).join(' ')}
        onChange={(e) => onText(e.target.value)}
      />
      <p id={hintId} className="field__hint">
        {t('handler.returns.hint')}
      </p>
      <div className="payload__actions" role="group" aria-label={t('handler.returns.examples')}>
        {examples.map((name) => (
          <button
            key={name}
            type="button"
            className="button button--small"
            title={t(`handler.returns.exampleHint.${name}`)}
            data-example={name}
            onClick={() => applyExample(name)}
          >
            {t(`handler.returns.example.${name}`)}
          </button>
        ))}
      </div>
      {hasError ? (
        <div id={errorId} className="field__error" role="alert">
          {jsonError ? (
            <p>
              {jsonError.found === null
                ? t('handler.returns.errorEnd', jsonError)
                : t('handler.returns.errorAt', { ...jsonError, found: jsonError.found })}
            </p>
          ) : null}
          {issues.length > 0 ? <IssueList issues={issues} /> : null}
          <p className="field__kept">{jsonError ? t('handler.returns.kept') : t('handler.returns.refused')}</p>
        </div>
      ) : applied ? (
        <p className="field__hint" role="status">
          {t('handler.returns.applied')}
        </p>
      ) : null}
    </div>
  )
}
