import { useTranslation } from 'react-i18next'
import { awaitsEngine, type PlaybackRun } from '../store/playback/run'
import { formatSimTime } from './formatSimTime'
import './RunStatus.css'

/**
 * How far a long run is (it is simulated off the main thread), and when a run stopped at its budget, why — with the
 * part simulated still shown. Polite live region: a screen reader hears progress settle, not every tick.
 */
export function RunStatus({ run }: { run: PlaybackRun }) {
  const { t, i18n } = useTranslation()
  const fmt = (n: number) => n.toLocaleString(i18n.language)
  const progress = run.ok ? run.partial : run.pending
  const stopped = run.ok && !run.partial ? run.result.stopped : null
  if ((progress === undefined && stopped === null) || awaitsEngine(run)) return null
  let body: React.ReactNode = null
  if (progress !== undefined) {
    const percent =
      progress === null ? 0 : Math.min(99, Math.floor((100 * progress.atMs) / Math.max(1, progress.untilMs)))
    const text =
      progress === null
        ? t('safety.run.simulatingStart')
        : run.ok
          ? t('safety.run.firstPart', { percent })
          : t('safety.run.simulating', { percent, events: fmt(progress.events) })
    body = (
      <>
        <progress className="run-status__bar" max={100} value={percent} aria-label={t('safety.run.progressLabel')} />
        <span>{text}</span>
      </>
    )
  } else if (stopped !== null) {
    const vars = { limit: fmt(stopped.limit), time: formatSimTime(stopped.atMs) }
    body = (
      <span>
        {stopped.reason === 'maxEvents' ? t('safety.run.stoppedEvents', vars) : t('safety.run.stoppedTrace', vars)}
      </span>
    )
  }
  return (
    <p
      className={`run-status${stopped ? ' run-status--stopped' : ''}`}
      role="status"
      aria-live="polite"
      data-testid="run-status"
    >
      {body}
    </p>
  )
}
