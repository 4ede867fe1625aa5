import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { functionPermissions, policyDocument, wirePermissions, type Requirement } from '../../model'
import type { AppStore } from '../../store/createAppStore'
import { selectPlaybackRun } from '../../store/playback/selectors'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { formatSimTime } from '../formatSimTime'
import { CopyBlock } from './CopyBlock'
import { EnvironmentView } from './EnvironmentView'
import './around.css'

const selectInject = (s: AppStore) => s.injectFault
const selectResolved = (s: AppStore) => {
  const run = selectPlaybackRun(s)
  return run.ok ? run.resolved : null
}

/** One statement: where it lives, its JSON and CLI, what AWS does without it, and a button that revokes it now. */
function RequirementView({ r, revokeTarget }: { r: Requirement; revokeTarget: string }) {
  const { t } = useTranslation()
  const inject = useAppStore(selectInject)
  const store = useAppStoreApi()
  const [done, setDone] = useState('')
  const revoke = () => {
    if (r.permission === null) return
    inject({ kind: 'fault', fault: { kind: 'revokePermission', target: revokeTarget, permission: r.permission } })
    // Read at the click, not subscribed: the panel must not re-render every frame while playing.
    setDone(t('around.permissions.revoked', { time: formatSimTime(store.getState().positionMs) }))
  }
  return (
    <li className="around-req" data-place={r.place} data-testid={`requirement-${r.statement.Sid}`}>
      <p className={`around-req__place around-req__place--${r.place}`}>{t(`around.permissions.places.${r.place}`)}</p>
      {r.managedPolicy && <p className="field__hint">{t('around.permissions.managed', { name: r.managedPolicy })}</p>}
      <CopyBlock label={t('around.permissions.policyJson')} text={policyDocument([r.statement])} testId="policy-json" />
      <CopyBlock label={t('around.permissions.cli')} text={r.cli} testId="policy-cli" />
      {r.refusal && (
        <p className="around-req__without">
          <strong>{t('around.permissions.without')}:</strong> {t(`around.permissions.at.${r.refusal.at}`)} —{' '}
          <code>{r.refusal.errorCode}</code> <span className="around-req__aws">“{r.refusal.awsMessage}”</span>
        </p>
      )}
      {r.permission !== null && (
        <div className="around-req__revoke">
          <button type="button" className="button" onClick={revoke} title={t('around.permissions.revokeHint')}>
            {t('around.permissions.revoke')} <code>{r.permission}</code>
          </button>
          <span role="status" className="field__hint">
            {done}
          </span>
        </div>
      )}
    </li>
  )
}

/**
 * §10 for the selected wire: the statements it needs, each as policy JSON and CLI, and the resource/identity
 * explanation.
 */
export function WirePermissionsSection({ edgeId }: { edgeId: string }) {
  const { t } = useTranslation()
  const id = useId()
  const resolved = useAppStore(selectResolved)
  const wire = useMemo(() => (resolved ? wirePermissions(resolved, edgeId) : null), [resolved, edgeId])
  if (!wire) return null
  return (
    <section className="inputs around" aria-labelledby={`${id}-title`} data-testid="wire-permissions">
      <h3 className="inputs__title" id={`${id}-title`}>
        {t('around.permissions.title')}
      </h3>
      <p className="field__hint around__explain">{t('around.permissions.explain')}</p>
      {wire.crossAccount && (
        <p className="around__cross" data-testid="cross-account">
          {t('around.permissions.crossAccount', {
            source: wire.crossAccount.sourceAccount,
            function: wire.crossAccount.functionAccount,
          })}
        </p>
      )}
      {wire.requirements.length === 0 ? (
        <p className="inputs__none">{t('around.permissions.none')}</p>
      ) : (
        <ul className="around__list">
          {wire.requirements.map((r) => (
            <RequirementView key={`${r.place}:${r.statement.Sid}`} r={r} revokeTarget={edgeId} />
          ))}
        </ul>
      )}
    </section>
  )
}

/**
 * §10 for a function: its whole resource-based policy, its execution role (trust + statements), and what lives
 * elsewhere.
 */
export function FunctionPermissionsSection({ functionId }: { functionId: string }) {
  const { t } = useTranslation()
  const id = useId()
  const resolved = useAppStore(selectResolved)
  const p = useMemo(() => (resolved ? functionPermissions(resolved, functionId) : null), [resolved, functionId])
  const fn = resolved?.nodeById.get(functionId)
  if (!p || fn?.type !== 'lambda') return null
  return (
    <section className="inputs around" aria-labelledby={`${id}-title`} data-testid="function-permissions">
      <h3 className="inputs__title" id={`${id}-title`}>
        {t('around.permissions.titleFunction')}
      </h3>
      <p className="field__hint around__explain">{t('around.permissions.explain')}</p>
      <p className="around__role">
        {t('around.permissions.role')}: <code>{p.roleArn}</code>
      </p>
      <CopyBlock label={t('around.permissions.trust')} text={policyDocument([p.trust])} />
      <h4 className="around__sub">{t('around.permissions.resourcePolicy')}</h4>
      {p.resourcePolicy.length === 0 ? (
        <p className="inputs__none">{t('around.permissions.noneResource')}</p>
      ) : (
        <CopyBlock
          label={t('around.permissions.policyJson')}
          text={policyDocument(p.resourcePolicy.map((r) => r.statement))}
          testId="function-resource-policy"
        />
      )}
      <h4 className="around__sub">{t('around.permissions.rolePolicy')}</h4>
      <CopyBlock
        label={t('around.permissions.policyJson')}
        text={policyDocument(p.rolePolicy.map((r) => r.statement))}
        testId="function-role-policy"
      />
      <ul className="around__list">
        {p.rolePolicy
          .filter((r) => r.permission === 'kmsDecrypt')
          .map((r) => (
            <RequirementView key={r.statement.Sid} r={r} revokeTarget={functionId} />
          ))}
      </ul>
      <EnvironmentView variables={fn.config.variables} kmsKeyArn={fn.config.kmsKeyArn} />
      {p.elsewhere.length > 0 && (
        <>
          <h4 className="around__sub">{t('around.permissions.elsewhere')}</h4>
          <CopyBlock
            label={t('around.permissions.policyJson')}
            text={policyDocument(p.elsewhere.map((r) => r.statement))}
          />
        </>
      )}
    </section>
  )
}
