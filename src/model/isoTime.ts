/**
 * ISO-8601 text for a simulated instant, without the Date object (the core reads no clock, and the fences ban
 * `Date` outright). Sim time 0 is the Unix epoch, so records read `1970-01-01T00:00:00.000Z` at the run's start.
 * Days → civil date by the days-from-civil inverse (proleptic Gregorian calendar).
 */
export function isoFromMs(ms: number): string {
  const t = Math.floor(ms)
  const days = Math.floor(t / 86_400_000)
  const msOfDay = t - days * 86_400_000
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  const h = Math.floor(msOfDay / 3_600_000)
  const m = Math.floor((msOfDay % 3_600_000) / 60_000)
  const s = Math.floor((msOfDay % 60_000) / 1000)
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(h)}:${pad(m)}:${pad(s)}.${pad(msOfDay % 1000, 3)}Z`
}
