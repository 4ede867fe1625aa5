import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ENGINE_UNAVAILABLE, type PlaybackRun } from '../../store/playback/run'
import {
  selectLastInjection,
  selectPlaybackRun,
  selectPlaybackStatus,
  selectSkipIdle,
} from '../../store/playback/selectors'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { formatSimTime } from '../formatSimTime'
import { PauseIcon, PlayIcon, StepBackIcon, StepForwardIcon } from '../icons'
import { PlaybackBarClock } from './PlaybackBarClock'
import { PlaybackBarEnd } from './PlaybackBarEnd'
import { usePresenterKeys } from './PlaybackBarKeys'
import { PlaybackBarScrub } from './PlaybackBarScrub'
import { PlaybackBarSpeed } from './PlaybackBarSpeed'
import { RunStatus } from '../RunStatus'
import './PlaybackBar.css'

/** Why there is nothing to play, in words (a located issue for a broken document), or null. */
function useBlockedReason(run: PlaybackRun): string | null {
  const { t } = useTranslation()
  if (!run.ok && run.pending !== undefined) return t('safety.run.simulatingStart')
  if (!run.ok && run.issues[0]?.code === ENGINE_UNAVAILABLE) return t('safety.run.engineUnavailable')
  if (!run.ok) {
    const errors = run.issues.filter((i) => i.severity === 'error')
    const first = errors[0] ?? run.issues[0]
    const vars = { count: errors.length, path: first?.path ?? '', message: first?.message ?? '' }
    return errors.length === 1 ? t('transport.invalidOne', vars) : t('transport.invalidMany', vars)
  }
  return run.result.trace.length === 0 ? t('transport.nothingToPlay') : null
}

/** How long the injection notice stays (it floats over the drawer: it must not keep covering it). */
const NOTICE_MS = 8000

/**
 * Announces injections (aria-live) and says when the future that was already watched has changed. It closes
 * itself after NOTICE_MS, on Escape, or with its × button.
 */
function InjectionNotice() {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const notice = useAppStore(selectLastInjection)
  const shown = notice?.inputId ?? null
  useEffect(() => {
    if (shown === null) return
    const dismiss = () => store.getState().dismissInjectionNotice()
    const timer = window.setTimeout(dismiss, NOTICE_MS)
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) dismiss()
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.clearTimeout(timer)
      window.removeEventListener('keydown', onKey)
    }
  }, [shown, store])
  return (
    <div className="transport__notice" role="status" aria-live="polite" data-testid="injection-notice">
      {notice && (
        <p className="transport__notice-card">
          <span>
            {t('transport.injected', { time: formatSimTime(notice.atMs) })}
            {notice.forked && <> {t('transport.forked', { until: formatSimTime(notice.seenUntilMs) })}</>}
          </span>
          <button
            type="button"
            className="button button--icon transport__dismiss"
            onClick={() => store.getState().dismissInjectionNotice()}
          >
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{t('transport.dismiss')}</span>
          </button>
        </p>
      )}
    </div>
  )
}

/** The transport: play/pause, steps, a health-coloured scrub bar, the dual clock, speed and skip-idle. */
export function PlaybackBar() {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const run = useAppStore(selectPlaybackRun)
  const status = useAppStore(selectPlaybackStatus)
  const skipIdle = useAppStore(selectSkipIdle)
  usePresenterKeys(store)
  const blocked = useBlockedReason(run)
  const disabled = blocked !== null
  const playing = status === 'playing'
  return (
    <section
      className="playback transport"
      aria-label={t('transport.label')}
      aria-keyshortcuts="Space . , ArrowLeft ArrowRight"
    >
      <div className="transport__buttons">
        <button
          type="button"
          className="button button--icon"
          disabled={disabled}
          aria-describedby={disabled ? 'transport-blocked' : undefined}
          onClick={() => store.getState().stepBack()}
          title={t('transport.stepBack')}
        >
          <StepBackIcon />
          <span className="visually-hidden">{t('transport.stepBack')}</span>
        </button>
        <button
          type="button"
          className="button button--primary transport__play"
          disabled={disabled}
          aria-describedby={disabled ? 'transport-blocked' : undefined}
          onClick={() => store.getState().toggle()}
          data-testid="play"
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
          <span>
            {playing ? t('transport.pause') : status === 'ended' ? t('transport.replay') : t('transport.play')}
          </span>
        </button>
        <button
          type="button"
          className="button button--icon"
          disabled={disabled}
          aria-describedby={disabled ? 'transport-blocked' : undefined}
          onClick={() => store.getState().stepForward()}
          title={t('transport.stepForward')}
        >
          <StepForwardIcon />
          <span className="visually-hidden">{t('transport.stepForward')}</span>
        </button>
      </div>
      <div className="transport__clock">
        <span className="transport__small-label" aria-hidden="true">
          {t('transport.simTime')}
        </span>
        <PlaybackBarClock label={t('transport.simTime')} />
      </div>
      <PlaybackBarScrub run={run} />
      <PlaybackBarSpeed />
      <label className="transport__skip">
        <input type="checkbox" checked={skipIdle} onChange={(e) => store.getState().setSkipIdle(e.target.checked)} />
        <span>{t('transport.skipIdle')}</span>
      </label>
      <ul className="transport__legend" aria-label={t('transport.health.legend')}>
        {(['error', 'throttle', 'blocked', 'lost', 'skipped'] as const).map((k) => (
          <li key={k}>
            <span className={`transport__swatch transport__swatch--${k}`} aria-hidden="true" />
            {t(`transport.health.${k}`)}
          </li>
        ))}
      </ul>
      {blocked === null && <PlaybackBarEnd run={run} />}
      {blocked !== null && (
        <p id="transport-blocked" className="transport__blocked" role="status">
          {blocked}
        </p>
      )}
      <RunStatus run={run} />
      <InjectionNotice />
      <p className="visually-hidden">{t('transport.keys')}</p>
    </section>
  )
}
