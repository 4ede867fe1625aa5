import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  checkEnvironmentVariables,
  ENV_MAX_BYTES,
  utf8Length,
  type Era,
  type Issue,
  type LambdaConfig,
} from '../../model'
import { formatNumber } from '../../i18n/formatNumber'
import { IssueList } from './IssueList'
import { isKmsKeyArn } from './kmsArn'

type Environment = NonNullable<LambdaConfig['environment']>
interface Row {
  key: string
  value: string
}

const rowsOf = (env: Environment | undefined): Row[] =>
  Object.entries(env?.variables ?? {}).map(([key, value]) => ({ key, value }))

export interface EnvVarEditorProps {
  environment: Environment | undefined
  era: Era
  /** Try the new environment (undefined = none); returns the issues when refused. */
  onCommit: (environment: Environment | undefined) => Issue[]
}

/**
 * §8 / G36: the variables map is checked as a whole, the way UpdateFunctionConfiguration takes it. A change with any
 * issue is rejected with the reason and the function keeps its previous variables; the rows keep what was typed.
 */
export function EnvVarEditor({ environment, era, onCommit }: EnvVarEditorProps) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const [rows, setRows] = useState<Row[]>(() => rowsOf(environment))
  const [seen, setSeen] = useState(environment)
  const [issues, setIssues] = useState<Issue[]>([])
  const [customerKey, setCustomerKey] = useState(environment?.kmsKeyArn !== undefined)
  const [arnDraft, setArnDraft] = useState(environment?.kmsKeyArn ?? '')
  const [arnError, setArnError] = useState(false)
  if (seen !== environment) {
    setSeen(environment)
    // Our own commit comes back equal to the rows (minus blank ones): keep the rows so a half-typed row survives.
    const incoming = JSON.stringify(environment?.variables ?? {})
    if (incoming !== JSON.stringify(toMap(rows).map)) setRows(rowsOf(environment))
    setCustomerKey(environment?.kmsKeyArn !== undefined || (customerKey && arnDraft !== ''))
  }

  const { map, duplicate } = toMap(rows)
  const bytes = utf8Length(JSON.stringify(map))

  const apply = (nextRows: Row[], kmsKeyArn: string | undefined) => {
    setRows(nextRows)
    const next = toMap(nextRows)
    if (next.duplicate !== null) {
      setIssues([
        {
          path: 'variables',
          code: 'env.duplicate',
          message: t('inspector.env.duplicateKey', { key: next.duplicate }),
          severity: 'error',
        },
      ])
      return
    }
    const found = checkEnvironmentVariables(next.map, era)
    if (found.length > 0) return setIssues(found)
    const empty = Object.keys(next.map).length === 0 && kmsKeyArn === undefined
    setIssues(onCommit(empty ? undefined : { variables: next.map, ...(kmsKeyArn !== undefined && { kmsKeyArn }) }))
  }
  const currentArn = environment?.kmsKeyArn
  const edit = (i: number, patch: Partial<Row>) =>
    apply(
      rows.map((r, j) => (j === i ? { ...r, ...patch } : r)),
      currentArn,
    )

  const onArn = (text: string) => {
    setArnDraft(text)
    const ok = isKmsKeyArn(text.trim())
    setArnError(!ok && text.trim() !== '')
    if (ok) apply(rows, text.trim())
  }

  return (
    <fieldset className="env">
      <legend className="env__title">
        {t('inspector.env.title')} <span className="field__ref">§8</span>
      </legend>
      {rows.length === 0 ? <p className="field__hint">{t('inspector.env.none')}</p> : null}
      {rows.length > 0 ? (
        <div className="env__rows">
          <span className="env__head" aria-hidden="true">
            {t('inspector.env.key')}
          </span>
          <span className="env__head" aria-hidden="true">
            {t('inspector.env.value')}
          </span>
          <span aria-hidden="true" />
          {rows.map((r, i) => (
            <div className="env__row" key={i}>
              <input
                className="input env__key"
                value={r.key}
                aria-label={t('inspector.env.keyOf', { n: i + 1 })}
                aria-invalid={issues.some((x) => x.path.endsWith(`.${r.key}`)) || undefined}
                onChange={(e) => edit(i, { key: e.target.value })}
                spellCheck={false}
              />
              <input
                className="input env__value"
                value={r.value}
                aria-label={t('inspector.env.valueOf', { n: i + 1 })}
                onChange={(e) => edit(i, { value: e.target.value })}
                spellCheck={false}
              />
              <button
                type="button"
                className="button button--small"
                aria-label={t('inspector.env.remove', { key: r.key || String(i + 1) })}
                onClick={() =>
                  apply(
                    rows.filter((_, j) => j !== i),
                    currentArn,
                  )
                }
              >
                ×
              </button>
            </div>
          ))}
        </div>
      ) : null}
      <button type="button" className="button button--small" onClick={() => setRows([...rows, { key: '', value: '' }])}>
        {t('inspector.env.add')}
      </button>
      <div className="env__meter">
        <label htmlFor={`${id}-meter`}>{t('inspector.env.meter', { bytes: formatNumber(bytes, i18n.language) })}</label>
        <meter
          id={`${id}-meter`}
          min={0}
          max={ENV_MAX_BYTES}
          high={ENV_MAX_BYTES * 0.9}
          optimum={0}
          value={Math.min(bytes, ENV_MAX_BYTES)}
          className={bytes > ENV_MAX_BYTES ? 'env__meter--over' : undefined}
        />
        <p className="field__hint">{t('inspector.env.meterHint')}</p>
      </div>
      {issues.length > 0 || duplicate !== null ? (
        <div className="field__error" role="alert">
          <IssueList issues={issues} showPath={false} />
          <p className="field__kept">{t('inspector.env.rejected')}</p>
        </div>
      ) : null}
      <fieldset className="env__kms">
        <legend>{t('inspector.env.kms')}</legend>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-kms`}
            checked={!customerKey}
            onChange={() => {
              setCustomerKey(false)
              setArnError(false)
              apply(rows, undefined)
            }}
          />
          {t('inspector.env.kmsManaged')}
        </label>
        <label className="radio">
          <input type="radio" name={`${id}-kms`} checked={customerKey} onChange={() => setCustomerKey(true)} />
          {t('inspector.env.kmsCustomer')}
        </label>
        {customerKey ? (
          <label className="field">
            <span className="field__label">{t('inspector.env.kmsArn')}</span>
            <input
              className="input"
              value={arnDraft}
              placeholder={t('inspector.env.kmsArnPlaceholder')}
              aria-invalid={arnError || undefined}
              onChange={(e) => onArn(e.target.value)}
              spellCheck={false}
            />
            {arnError ? (
              <span className="field__error" role="alert">
                {t('inspector.env.kmsBadArn')}
              </span>
            ) : null}
          </label>
        ) : null}
        <p className="field__hint">{era === '2018' ? t('inspector.env.kmsHint2018') : t('inspector.env.kmsHint')}</p>
      </fieldset>
    </fieldset>
  )
}

/** Rows → map; rows with a blank key and value are drafts and not part of it. Reports the first repeated key. */
function toMap(rows: readonly Row[]): { map: Record<string, string>; duplicate: string | null } {
  // Keys are user text: a Map, then own properties (`map['__proto__'] = v` would set the prototype and drop the key).
  const entries = new Map<string, string>()
  let duplicate: string | null = null
  for (const r of rows) {
    if (r.key === '' && r.value === '') continue
    if (entries.has(r.key) && duplicate === null) duplicate = r.key
    entries.set(r.key, r.value)
  }
  return { map: Object.fromEntries(entries), duplicate }
}
