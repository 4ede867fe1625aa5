import { useContext, useEffect, useRef } from 'react'
import { SimClockContext } from '../../animation/simClockContext'
import { onClockThrottled } from '../../animation/throttledClock'
import { remainingMs, type ContextInput } from '../../model'

/**
 * `getRemainingTimeInMillis()` as the handler would read it, written from the sim clock (a motion value) straight
 * into the DOM: it changes every frame while playing, so it never goes through React state.
 */
export function RemainingTime({
  ctx,
  fallbackNowMs,
  label,
}: {
  ctx: ContextInput
  fallbackNowMs: number
  label: string
}) {
  const clock = useContext(SimClockContext)
  const ref = useRef<HTMLOutputElement>(null)
  useEffect(() => {
    if (!clock) return
    const write = (ms: number) => {
      if (ref.current) ref.current.textContent = String(Math.round(remainingMs(ctx, ms)))
    }
    write(clock.get())
    return onClockThrottled(clock, 50, write)
  }, [clock, ctx])
  return (
    <output ref={ref} aria-label={label} data-testid="remaining-time">
      {String(Math.round(remainingMs(ctx, clock ? clock.get() : fallbackNowMs)))}
    </output>
  )
}
