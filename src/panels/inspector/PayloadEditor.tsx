import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../model'
import { formatJson, parseJsonText } from './inputEntries'
import { IssueList } from './IssueList'

export interface PayloadEditorProps {
  payload: unknown
  /** The service's name for hints and the sample button ("S3"). */
  typeName: string
  /** Queue and stream payloads are the record's data, not the whole event. */
  isRecord: boolean
  /** A sample event for the source type; null when there is none. */
  sample: unknown
  /** Try the payload (undefined = none); returns the located issues when refused. */
  onCommit: (payload: unknown) => Issue[]
}

type JsonError = { line: number; column: number; found: string | null }

const textOf = (v: unknown) => (v === undefined ? '' : formatJson(v))

/** The event body as JSON text: a typo is located (line, column) and the text stays as typed until it parses. */
export function PayloadEditor({ payload, typeName, isRecord, sample, onCommit }: PayloadEditorProps) {
  const { t } = useTranslation()
  const id = useId()
  const [draft, setDraft] = useState(() => textOf(payload))
  const [seen, setSeen] = useState(payload)
  const [jsonError, setJsonError] = useState<JsonError | null>(null)
  const [issues, setIssues] = useState<Issue[]>([])
  if (seen !== payload) {
    setSeen(payload)
    // Our own commit comes back equal to what is typed: keep the text (its spacing) then; anything else replaces it.
    const typed = parseJsonText(draft)
    const same =
      draft.trim() === '' ? payload === undefined : typed.ok && JSON.stringify(typed.value) === JSON.stringify(payload)
    if (!same) {
      setDraft(textOf(payload))
      setJsonError(null)
      setIssues([])
    }
  }

  const tryValue = (value: unknown) => {
    setJsonError(null)
    setIssues(onCommit(value))
  }
  const onText = (text: string) => {
    setDraft(text)
    if (text.trim() === '') return tryValue(undefined)
    const parsed = parseJsonText(text)
    if (!parsed.ok) return setJsonError({ line: parsed.line, column: parsed.column, found: parsed.found })
    tryValue(parsed.value)
  }
  const useSample = () => {
    setDraft(textOf(sample))
    tryValue(sample)
  }

  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const hasError = jsonError !== null || issues.length > 0
  return (
    <div className="field payload" data-field="payload">
      <label className="field__label" htmlFor={id}>
        {t('inputs.fields.payload')}
      </label>
      <textarea
        id={id}
        className="input payload__text"
        value={draft}
        rows={Math.min(10, Math.max(3, draft.split('\n').length))}
        spellCheck={false}
        aria-invalid={hasError || undefined}
        aria-describedby={[hintId, hasError ? errorId : null].filter(Boolean).join(' ')}
        onChange={(e) => onText(e.target.value)}
      />
      <p id={hintId} className="field__hint">
        {isRecord ? t('inputs.payload.hintRecord', { type: typeName }) : t('inputs.payload.hintPush')}
      </p>
      {sample !== null ? (
        <div className="payload__actions">
          <button type="button" className="button button--small" onClick={useSample}>
            {t('inputs.payload.useDefault', { type: typeName })}
          </button>
        </div>
      ) : null}
      {hasError ? (
        <div id={errorId} className="field__error" role="alert">
          {jsonError ? (
            <p>
              {jsonError.found === null
                ? t('inputs.payload.errorEnd', jsonError)
                : t('inputs.payload.errorAt', { ...jsonError, found: jsonError.found })}
            </p>
          ) : null}
          {issues.length > 0 ? <IssueList issues={issues} /> : null}
          <p className="field__kept">{jsonError ? t('inputs.payload.kept') : t('inputs.payload.refused')}</p>
        </div>
      ) : null}
    </div>
  )
}
