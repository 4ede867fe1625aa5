import { useEffect, useRef } from 'react'
import { useSimClock } from '../../animation/simClockContext'
import { onClockThrottled } from '../../animation/throttledClock'
import { formatSimTime } from '../formatSimTime'

/** The simulated AWS time, written every frame from the sim clock (a motion value), never through React state. */
export function PlaybackBarClock({ label }: { label: string }) {
  const clock = useSimClock()
  const ref = useRef<HTMLOutputElement>(null)
  useEffect(() => {
    const write = (ms: number) => {
      if (ref.current) ref.current.textContent = formatSimTime(ms)
    }
    return onClockThrottled(clock, 50, write)
  }, [clock])
  return (
    <output ref={ref} className="transport__clock-value" aria-label={label} data-testid="sim-clock">
      {formatSimTime(clock.get())}
    </output>
  )
}
