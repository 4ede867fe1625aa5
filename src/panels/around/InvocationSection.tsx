import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contextFields, remainingMethod, type ResolvedScenario, type Runtime } from '../../model'
import type { SimResult } from '../../sim'
import { contextInputOf, invocationsOfEvent, type InvocationView } from '../../sim/views'
import type { AppStore } from '../../store/createAppStore'
import { selectPlaybackRun, selectPositionMs, selectSelectedEventId } from '../../store/playback/selectors'
import { useAppStore } from '../../store/useAppStore'
import type { Commit } from '../inspector/forms'
import { CopyBlock } from './CopyBlock'
import { ExportLocalTest } from './ExportLocalTest'
import { RemainingTime } from './RemainingTime'
import './around.css'
import { displayNames } from '../narration/displayNames'
import { translatorOf } from '../narration/translate'

const selectRun = (s: AppStore) => selectPlaybackRun(s)

/**
 * §9, §11 for the event selected in the log: the invocations it took part in (so far), and for the chosen one the
 * event its handler received, the context object in the function's runtime (remaining time counting down on the sim
 * clock), the messages written for it (DLQ message, destination record) and the local-test export.
 */
export function InvocationSection({ commit }: { commit: Commit }) {
  const eventId = useAppStore(selectSelectedEventId)
  const run = useAppStore(selectRun)
  const nowMs = useAppStore(selectPositionMs)
  if (eventId === null || !run.ok) return null
  return <InvocationBody eventId={eventId} result={run.result} resolved={run.resolved} nowMs={nowMs} commit={commit} />
}

function InvocationBody({
  eventId,
  result,
  resolved,
  nowMs,
  commit,
}: {
  eventId: string
  result: SimResult
  resolved: ResolvedScenario
  nowMs: number
  commit: Commit
}) {
  const { t, i18n } = useTranslation()
  const names = displayNames(resolved, translatorOf(i18n, i18n.language))
  const id = useId()
  const all = useMemo(() => invocationsOfEvent(result, resolved, eventId), [result, resolved, eventId])
  const past = all.invocations.filter((i) => i.startMs <= nowMs)
  const [chosen, setChosen] = useState<number | null>(null)
  const index = chosen !== null && chosen < past.length ? chosen : past.length - 1
  const inv = past[index]
  const messages = all.messages.filter((m) => m.atMs <= nowMs)
  return (
    <section
      className="inputs around around--invocation"
      aria-labelledby={`${id}-title`}
      data-testid="invocation-section"
    >
      <h3 className="inputs__title" id={`${id}-title`}>
        {t('around.invocation.title')} — {names.event(eventId)}
      </h3>
      {all.invocations.length === 0 ? (
        <p className="inputs__none">{t('around.invocation.none')}</p>
      ) : !inv ? (
        <p className="inputs__none">{t('around.invocation.notYet')}</p>
      ) : (
        <>
          <label className="field around__choose">
            <span className="field__label">{t('around.invocation.choose')}</span>
            <select value={index} onChange={(e) => setChosen(Number(e.target.value))} data-testid="invocation-choice">
              {past.map((p, i) => (
                <option key={`${p.requestId}/${p.attempt}/${p.startMs}`} value={i}>
                  {t('around.invocation.option', {
                    attempt: p.attempt,
                    fn: p.functionId,
                    requestId: p.requestId,
                    result: t(
                      `around.invocation.results.${p.endMs !== null && p.endMs <= nowMs ? p.result : 'running'}`,
                    ),
                  })}
                </option>
              ))}
            </select>
          </label>
          <InvocationDetail inv={inv} resolved={resolved} nowMs={nowMs} commit={commit} />
        </>
      )}
      <h4 className="around__sub">{t('around.invocation.messages')}</h4>
      {messages.length === 0 ? (
        <p className="inputs__none">{t('around.invocation.noMessages')}</p>
      ) : (
        messages.map((m) => {
          const role = resolved.edgeById.get(m.edgeId)?.role
          const roleKey = role === 'dlq' || role === 'onSuccess' || role === 'onFailure' ? role : 'other'
          const target = resolved.nodeById.get(m.nodeId)?.label ?? m.nodeId
          return (
            <CopyBlock
              key={m.seq}
              label={t('around.invocation.messageTo', { role: t(`around.invocation.roles.${roleKey}`), target })}
              text={JSON.stringify(m.message, null, 2)}
              testId={`message-${roleKey}`}
            />
          )
        })
      )}
    </section>
  )
}

function InvocationDetail({
  inv,
  resolved,
  nowMs,
  commit,
}: {
  inv: InvocationView
  resolved: ResolvedScenario
  nowMs: number
  commit: Commit
}) {
  const { t } = useTranslation()
  const fn = resolved.nodeById.get(inv.functionId)
  const runtime: Runtime = fn?.type === 'lambda' ? fn.config.runtime : 'nodejs'
  const ctx = useMemo(() => contextInputOf(resolved, inv), [resolved, inv])
  const source = resolved.nodeById.get(inv.sourceId)?.label ?? inv.sourceId
  const count = inv.input.records.length
  const eventJson = useMemo(() => JSON.stringify(inv.event, null, 2), [inv])
  const setRuntime = (r: Runtime) => commit({ kind: 'node', id: inv.functionId }, ['config', 'runtime'], r)
  return (
    <>
      {count > 1 && <p className="field__hint">{t('around.invocation.batch', { count, source })}</p>}
      <CopyBlock label={t('around.invocation.event', { source })} text={eventJson} testId="handler-event" />
      <p className="field__hint">{t('around.invocation.simplified')}</p>
      <h4 className="around__sub">{t('around.invocation.context')}</h4>
      <fieldset className="around__runtime">
        <legend>{t('around.invocation.runtime')}</legend>
        {(['nodejs', 'python'] as const).map((r) => (
          <label key={r}>
            <input
              type="radio"
              name={`runtime-${inv.functionId}`}
              checked={runtime === r}
              onChange={() => setRuntime(r)}
            />{' '}
            {t(`inspector.options.${r}`)}
          </label>
        ))}
      </fieldset>
      {ctx && (
        <dl className="around__context" data-testid="context-object" data-runtime={runtime}>
          {contextFields(runtime, ctx).map(([k, v]) => (
            <div key={k} className="around__context-row">
              <dt>
                <code>{k}</code>
              </dt>
              <dd>
                <code>{JSON.stringify(v)}</code>
              </dd>
            </div>
          ))}
          <div className="around__context-row" title={t('around.invocation.remainingHelp')}>
            <dt>
              <code>{remainingMethod(runtime)}</code>
            </dt>
            <dd>
              <code>
                <RemainingTime ctx={ctx} fallbackNowMs={nowMs} label={t('around.invocation.remaining')} />
              </code>
            </dd>
          </div>
        </dl>
      )}
      {ctx && <ExportLocalTest inv={inv} runtime={runtime} ctx={ctx} />}
    </>
  )
}
