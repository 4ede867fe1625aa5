import { useDeferredValue, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { lintScenario, type Consequence } from '../model/consequences'
import { selectScenario, selectSelect, selectSelection } from '../store/selectors'
import { useAppStore } from '../store/useAppStore'

/** The live list of predictions: each tied to the nodes and edges it is about, with its AWS rule. */
export function ConsequenceList() {
  const { t } = useTranslation()
  // Deferred like the inspector: predictions follow edits, not every frame of a drag.
  const scenario = useDeferredValue(useAppStore(selectScenario))
  const selection = useAppStore(selectSelection)
  const select = useAppStore(selectSelect)
  const items = useMemo(() => lintScenario(scenario), [scenario])
  // Rule params are typed loosely (one shape for all rules); the role is translated like the inspector's.
  const sentence = (c: Consequence) => {
    const params = { ...c.params }
    if (typeof params.role === 'string') params.role = t(`inspector.roles.${params.role}` as 'inspector.roles.dlq')
    return (t as unknown as (key: string, options: object) => string)(`lint.rules.${c.code}`, params)
  }
  const involves = (c: Consequence) =>
    c.nodeIds.some((id) => selection.nodeIds.includes(id)) || c.edgeIds.some((id) => selection.edgeIds.includes(id))
  return (
    <section className="consequences" aria-labelledby="consequences-title">
      <h2 id="consequences-title" className="inspector__title consequences__title">
        {t('lint.title')} <span className="consequences__count">{t('lint.count', { count: items.length })}</span>
      </h2>
      {/* Polite: a prediction appearing or going away is announced without stealing focus. */}
      <div aria-live="polite" className="consequences__live">
        {items.length === 0 ? (
          <p className="consequences__none">{t('lint.none')}</p>
        ) : (
          <ul className="consequences__list">
            {items.map((c) => (
              <li
                key={c.key}
                className={`consequence consequence--${c.severity}${involves(c) ? ' consequence--selected' : ''}`}
                data-code={c.code}
              >
                <button
                  type="button"
                  className="consequence__main"
                  onClick={() => select({ nodeIds: c.nodeIds, edgeIds: c.edgeIds })}
                  title={t('lint.select')}
                >
                  <span className="consequence__severity">{t(`lint.severity.${c.severity}`)}</span>
                  <span className="consequence__text">{sentence(c)}</span>
                </button>
                <a
                  className="consequence__rule"
                  href={c.docUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={t('lint.ruleLink', { ref: c.ref })}
                >
                  {t('lint.rule', { ref: c.ref })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
