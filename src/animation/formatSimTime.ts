/** Simulated AWS time since the scenario start, as T+HH:MM:SS.mmm (days shown as Nd when needed). */
export function formatSimTime(ms: number): string {
  const sign = ms < 0 ? '-' : '+'
  let rest = Math.abs(Math.trunc(ms))
  const days = Math.floor(rest / 86_400_000)
  rest -= days * 86_400_000
  const h = Math.floor(rest / 3_600_000)
  rest -= h * 3_600_000
  const m = Math.floor(rest / 60_000)
  rest -= m * 60_000
  const s = Math.floor(rest / 1000)
  const milli = rest - s * 1000
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `T${sign}${days > 0 ? `${days}d ` : ''}${pad(h)}:${pad(m)}:${pad(s)}.${pad(milli, 3)}`
}
