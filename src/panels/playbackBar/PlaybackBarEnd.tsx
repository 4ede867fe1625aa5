import { useTranslation } from 'react-i18next'
import type { PlaybackRun } from '../../store/playback/run'
import { useAppStoreApi } from '../../store/useAppStore'
import { formatSimTime } from '../formatSimTime'

/**
 * How the run ends, in one line beside the transport: a settling run says it goes on after traffic stops; a capped
 * one says what it leaves pending (sim/views `pendingAtEnd`) and offers to extend it (removes `runLimitMs`).
 */
export function PlaybackBarEnd({ run }: { run: PlaybackRun }) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  if (!run.ok) return null
  const p = run.atEnd
  const end = formatSimTime(p.endMs)
  let text: string
  if (p.code === 'none') {
    // A run kept while the document has an error can come without `end` (seen after an invalid mapping edit): say
    // nothing.
    const runEnd = run.result.end as typeof run.result.end | undefined
    if (runEnd === undefined) return null
    const trafficEndMs = runEnd.trafficEndMs
    if (runEnd.kind !== 'settled' || p.endMs <= trafficEndMs) return null
    text = t('runEnd.settledAfterTraffic', { traffic: formatSimTime(trafficEndMs), end })
  } else if (p.code === 'stuck') text = t('runEnd.stuck', { count: p.openEvents, end })
  else {
    const lead = p.limited ? t('runEnd.limitAt', { end }) : t('runEnd.stoppedAt', { end })
    const body =
      p.code === 'retry'
        ? t('runEnd.retry', { count: p.count, at: formatSimTime(p.atMs) })
        : t('runEnd.inFlight', { count: p.openEvents, at: formatSimTime(p.atMs) })
    text = `${lead} ${body}`
  }
  const canExtend = (p.code === 'retry' || p.code === 'inFlight') && !p.limited && run.scenario.runLimitMs !== undefined
  return (
    <p className={`transport__end transport__end--${p.code}`} data-testid="run-end" title={text}>
      <span className="transport__end-text">{text}</span>
      {canExtend && (
        <button
          type="button"
          className="button transport__extend"
          title={t('runEnd.extendHint')}
          onClick={() =>
            store.getState().editScenario((doc) => {
              const { runLimitMs: _cap, ...rest } = doc
              return rest
            })
          }
        >
          {t('runEnd.extend')}
        </button>
      )}
    </p>
  )
}
