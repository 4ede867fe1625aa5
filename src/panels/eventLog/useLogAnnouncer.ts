import { useEffect, useRef, useState } from 'react'
import type { LogLine } from './buildLogLines'

/**
 * What the polite live region says: at most one announcement per `intervalMs`, summing up the lines that arrived
 * since the last one (never one announcement per token). Going back in time resets it silently.
 */
export function useLogAnnouncer(
  lines: readonly LogLine[],
  count: number,
  format: (newLines: number, latest: LogLine) => string,
  intervalMs = 2000,
): string {
  const [message, setMessage] = useState('')
  const announced = useRef(count)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latest = useRef({ lines, count, format })
  useEffect(() => {
    latest.current = { lines, count, format }
  })

  useEffect(() => {
    if (count < announced.current) {
      announced.current = count
      return
    }
    if (count === announced.current || timer.current !== null) return
    timer.current = setTimeout(() => {
      timer.current = null
      const { lines: ls, count: c, format: f } = latest.current
      const fresh = c - announced.current
      announced.current = c
      const last = ls[c - 1]
      if (fresh > 0 && last) setMessage(f(fresh, last))
    }, intervalMs)
  }, [count, intervalMs])

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current)
    },
    [],
  )
  return message
}
