import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TemplateParameter } from '../../model/template'

interface Props {
  parameters: readonly TemplateParameter[]
  /** Read the template again with these values (name → text; a parameter left out takes its default). */
  onApply: (values: Record<string, string>) => void
}

/**
 * The template's parameters with the values the import used: each takes its default, and the user can give another
 * and read the template again. Open when a parameter has no default (the import asks for it).
 */
export function ParametersForm({ parameters, onApply }: Props) {
  const { t } = useTranslation()
  const prefix = useId()
  const [values, setValues] = useState(() => new Map(parameters.map((p) => [p.name, p.value ?? ''])))
  const asking = parameters.some((p) => p.value === null)
  const apply = () => {
    const out: Record<string, string> = {} // safe-keys: defineProperty keeps a parameter named `__proto__` an own key
    for (const p of parameters) {
      const v = values.get(p.name) ?? ''
      // A parameter with no default left empty stays unknown; any other field is the value to use.
      if (v === '' && p.value === null) continue
      Object.defineProperty(out, p.name, { value: v, enumerable: true, writable: true, configurable: true })
    }
    onApply(out)
  }
  return (
    <details className="template-import__params" open={asking} data-testid="template-parameters">
      <summary>{t('templateImport.parametersHeading', { count: parameters.length })}</summary>
      <p className="field__hint">{asking ? t('templateImport.parametersAsk') : t('templateImport.parametersIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          apply()
        }}
      >
        <div className="template-import__param-grid">
          {parameters.map((p, i) => {
            const id = `${prefix}-${i}`
            const value = values.get(p.name) ?? ''
            const set = (v: string) => setValues((m) => new Map(m).set(p.name, v))
            return (
              <div key={p.name} className="template-import__param">
                <label htmlFor={id}>
                  <code>{p.name}</code> <span className="template-import__type">{p.type}</span>
                </label>
                {p.allowed ? (
                  <select id={id} className="input" value={value} onChange={(e) => set(e.target.value)}>
                    {p.value === null ? <option value="">{t('templateImport.parameterNoDefault')}</option> : null}
                    {p.allowed.map((a) => (
                      <option key={a} value={a}>
                        {a}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={id}
                    className="input"
                    value={value}
                    placeholder={p.value === null ? t('templateImport.parameterNoDefault') : undefined}
                    spellCheck={false}
                    onChange={(e) => set(e.target.value)}
                  />
                )}
              </div>
            )
          })}
        </div>
        <button type="submit" className="button">
          {t('templateImport.parametersApply')}
        </button>
      </form>
    </details>
  )
}
