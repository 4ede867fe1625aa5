import { useContext, useEffect, useRef } from 'react'
import { SimClockContext } from '../../animation/simClockContext'

/**
 * Text that follows the per-frame sim clock without React renders: written into the DOM when it changes.
 * Without a clock (tests, a paused view) it shows `format(fallbackNowMs)`.
 */
export function ClockText({
  format,
  fallbackNowMs,
  className,
}: {
  format: (nowMs: number) => string
  fallbackNowMs: number
  className?: string
}) {
  const clock = useContext(SimClockContext)
  const ref = useRef<HTMLSpanElement>(null)
  const fmt = useRef(format)
  useEffect(() => {
    fmt.current = format
  })
  useEffect(() => {
    if (!clock) return
    let shown = ''
    const write = (ms: number) => {
      const text = fmt.current(ms)
      if (text !== shown && ref.current) ref.current.textContent = shown = text
    }
    write(clock.get())
    return clock.on('change', write)
  }, [clock])
  return (
    <span ref={ref} className={className}>
      {format(fallbackNowMs)}
    </span>
  )
}
