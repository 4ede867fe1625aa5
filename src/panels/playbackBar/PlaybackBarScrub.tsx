import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useSimClock } from '../../animation/simClockContext'
import { onClockThrottled } from '../../animation/throttledClock'
import type { PlaybackRun } from '../../store/playback/run'
import { healthSegments } from './PlaybackBarModel'
import { selectPositionMs, selectSkippedGaps } from '../../store/playback/selectors'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { formatSimTime } from '../formatSimTime'

const pct = (f: number) => `${(f * 100).toFixed(3)}%`

/** The scrub bar: health colours, skipped gaps, a playhead moved every frame, and a native range input to seek. */
export function PlaybackBarScrub({ run }: { run: PlaybackRun }) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const clock = useSimClock()
  const positionMs = useAppStore(selectPositionMs)
  const gaps = useAppStore(selectSkippedGaps)
  const head = useRef<HTMLDivElement>(null)
  const endMs = Math.max(1, run.endMs)
  const segments = useMemo(() => (run.ok ? healthSegments(run.health, run.endMs) : []), [run])
  useEffect(() => {
    const place = (ms: number) => {
      if (head.current) head.current.style.transform = `scaleX(${Math.min(1, Math.max(0, ms / endMs))})`
    }
    return onClockThrottled(clock, 50, place)
  }, [clock, endMs])
  return (
    <div className="transport__scrub" data-testid="scrub">
      <div className="transport__track" aria-hidden="true">
        <div ref={head} className="transport__played" />
        {segments.map((s) => (
          <span
            key={`${s.kind}${s.from}`}
            className={`transport__health transport__health--${s.kind}`}
            style={{ left: pct(s.from), width: pct(s.to - s.from) }}
          />
        ))}
        {gaps.map((g) => (
          <span
            key={`${g.fromMs}-${g.toMs}`}
            className="transport__gap"
            data-testid="skipped-gap"
            title={t('transport.health.skipped')}
            style={{ left: pct(g.fromMs / endMs), width: pct((g.toMs - g.fromMs) / endMs) }}
          />
        ))}
      </div>
      <input
        type="range"
        className="transport__range"
        min={0}
        max={endMs}
        step={1}
        value={Math.round(positionMs)}
        disabled={!run.ok}
        aria-label={t('transport.scrub')}
        aria-valuetext={formatSimTime(positionMs)}
        onChange={(e) => store.getState().seek(Number(e.target.value))}
        onKeyDown={(e) => {
          // a 1 ms step is useless: arrows move by a second of playback (Shift ×10), Home/End to the ends
          const s = store.getState()
          const by = 1000 * s.speed * (e.shiftKey ? 10 : 1)
          const to = {
            ArrowRight: s.positionMs + by,
            ArrowUp: s.positionMs + by,
            ArrowLeft: s.positionMs - by,
            ArrowDown: s.positionMs - by,
            Home: 0,
            End: endMs,
          }[e.key]
          if (to === undefined) return
          e.preventDefault()
          s.seek(to)
        }}
      />
    </div>
  )
}
