import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { crossAccountVerdict } from '../../model'
import type { AppStore } from '../../store/createAppStore'
import { useAppStore } from '../../store/useAppStore'
import './around.css'

const selectScenario = (s: AppStore) => s.scenario
const selectUpdateEdge = (s: AppStore) => s.updateEdge

/**
 * §10 cross-account, for the selected wire: which grant crosses the boundary, whether the document has it, what AWS
 * answers without it (its own words), and one button to add or remove it. Read from the document, so it still speaks
 * when the document cannot run (a refused mapping).
 */
export function CrossAccountGrant({ edgeId }: { edgeId: string }) {
  const { t } = useTranslation()
  const id = useId()
  const scenario = useAppStore(selectScenario)
  const updateEdge = useAppStore(selectUpdateEdge)
  const v = useMemo(() => crossAccountVerdict(scenario, edgeId), [scenario, edgeId])
  if (!v) return null
  const state = v.granted ? 'granted' : 'missing'
  return (
    <section
      className={`inputs around cross-grant cross-grant--${state}`}
      aria-labelledby={`${id}-title`}
      data-testid="cross-account-grant"
      data-state={state}
    >
      <h3 className="inputs__title" id={`${id}-title`}>
        {t('around.crossGrant.title')}
      </h3>
      <p className="field__hint">
        {t(`around.crossGrant.needs.${v.kind}`, {
          source: v.sourceId,
          function: v.functionId,
          sourceAccount: v.sourceAccount,
          functionAccount: v.functionAccount,
          principal: v.principal,
        })}
      </p>
      <div role="status" className="cross-grant__state" data-testid="cross-account-verdict">
        {v.granted ? (
          <p>{t(`around.crossGrant.granted.${v.kind}`)}</p>
        ) : (
          <>
            <p className="cross-grant__refused">
              <strong>{t(`around.crossGrant.refused.${v.kind}`)}</strong>
            </p>
            <p className="around-req__without">
              <code>{v.refusal.errorCode}</code>{' '}
              <span className="around-req__aws" lang="en">
                “{v.refusal.awsMessage}”
              </span>
            </p>
          </>
        )}
      </div>
      <button
        type="button"
        className="button"
        onClick={() => updateEdge(edgeId, { permission: v.granted ? 'missing' : 'granted' })}
      >
        {t(v.granted ? 'around.crossGrant.remove' : 'around.crossGrant.add')}
      </button>
    </section>
  )
}
