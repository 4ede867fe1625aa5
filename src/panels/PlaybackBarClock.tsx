import { useEffect, useRef } from 'react'
import { useSimClock } from '../animation/simClockContext'
import { formatSimTime } from './formatSimTime'

/** The simulated AWS time, written every frame from the sim clock (a motion value), never through React state. */
export function PlaybackBarClock({ label }: { label: string }) {
  const clock = useSimClock()
  const ref = useRef<HTMLOutputElement>(null)
  useEffect(() => {
    const write = (ms: number) => {
      if (ref.current) ref.current.textContent = formatSimTime(ms)
    }
    write(clock.get())
    return clock.on('change', write)
  }, [clock])
  return (
    <output ref={ref} className="transport__clock-value" aria-label={label} data-testid="sim-clock">
      {formatSimTime(clock.get())}
    </output>
  )
}
