import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { formatSpeed, LOG_MAX, LOG_MIN, sliderFromSpeed, speedFromSlider, SPEED_STEP } from './PlaybackBarModel'
import { selectSpeed } from '../../store/playback/selectors'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'

export function PlaybackBarSpeed() {
  const { t, i18n } = useTranslation()
  const store = useAppStoreApi()
  const speed = useAppStore(selectSpeed)
  const id = useId()
  const text = t('transport.speedValue', { speed: formatSpeed(speed, i18n.language) })
  return (
    <div className="transport__speed">
      <label htmlFor={id} className="transport__small-label">
        {t('transport.speed')}
      </label>
      <input
        id={id}
        type="range"
        min={LOG_MIN}
        max={LOG_MAX}
        step={SPEED_STEP}
        value={sliderFromSpeed(speed)}
        aria-valuetext={text}
        onChange={(e) => store.getState().setSpeed(speedFromSlider(Number(e.target.value)))}
      />
      <span className="transport__speed-value" aria-hidden="true" data-testid="speed-value">
        {text}
      </span>
    </div>
  )
}
