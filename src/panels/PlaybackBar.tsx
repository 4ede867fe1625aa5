import { useTranslation } from 'react-i18next'
import { formatSimTime } from './formatSimTime'
import { PlayIcon, StepBackIcon, StepForwardIcon } from './icons'

/**
 * The transport. Until a scenario has traffic there is nothing to play, so the controls are shown disabled
 * with the reason next to them (never a silent dead button).
 */
export function PlaybackBar() {
  const { t } = useTranslation()
  return (
    <section className="playback" aria-label={t('playback.label')}>
      <div className="playback__buttons">
        <button type="button" className="button button--icon" disabled aria-describedby="playback-idle">
          <StepBackIcon />
          <span className="visually-hidden">{t('playback.stepBack')}</span>
        </button>
        <button type="button" className="button button--primary" disabled aria-describedby="playback-idle">
          <PlayIcon />
          <span>{t('playback.play')}</span>
        </button>
        <button type="button" className="button button--icon" disabled aria-describedby="playback-idle">
          <StepForwardIcon />
          <span className="visually-hidden">{t('playback.stepForward')}</span>
        </button>
      </div>
      <div className="playback__clock">
        <span className="playback__clock-label">{t('playback.simTime')}</span>
        <output className="playback__clock-value" aria-label={t('playback.simTime')}>
          {formatSimTime(0)}
        </output>
      </div>
      <p id="playback-idle" className="playback__hint">
        {t('playback.idle')}
      </p>
    </section>
  )
}
