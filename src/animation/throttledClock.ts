import type { SimClock } from './simClock'

/**
 * Subscribe to the sim clock at most every `everyMs` of wall time (text and bars need not change 60×/s; the last value
 * is always written, so a pause or seek shows the exact time). Returns the unsubscribe function.
 */
export function onClockThrottled(clock: SimClock, everyMs: number, write: (ms: number) => void): () => void {
  let lastWall = -Infinity
  let trailing: ReturnType<typeof setTimeout> | null = null
  const flush = () => {
    trailing = null
    lastWall = performance.now()
    write(clock.get())
  }
  const off = clock.on('change', () => {
    const now = performance.now()
    if (now - lastWall >= everyMs) {
      if (trailing !== null) clearTimeout(trailing)
      trailing = null
      lastWall = now
      write(clock.get())
    } else if (trailing === null) trailing = setTimeout(flush, everyMs - (now - lastWall))
  })
  write(clock.get())
  return () => {
    off()
    if (trailing !== null) clearTimeout(trailing)
  }
}
