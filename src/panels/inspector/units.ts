/** Units a duration input offers. Values are stored as integer milliseconds (`…Ms` fields). */
export const DURATION_UNITS = ['ms', 's', 'min', 'h'] as const
export type DurationUnit = (typeof DURATION_UNITS)[number]

export const UNIT_MS: Record<DurationUnit, number> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 }

/** The largest unit that shows `ms` as a whole number (10,000 → s; 90,000 → s; 7,200,000 → h). */
export function naturalUnit(ms: number, allowed: readonly DurationUnit[] = DURATION_UNITS): DurationUnit {
  let best: DurationUnit = allowed[0] ?? 'ms'
  for (const u of allowed) if (ms !== 0 && ms % UNIT_MS[u] === 0) best = u
  return best
}

/** `ms` in `unit`, without floating noise (1,500 ms → "1.5" s). */
export function formatInUnit(ms: number, unit: DurationUnit): string {
  return String(Math.round((ms / UNIT_MS[unit]) * 1000) / 1000)
}

export type ParsedDuration = { ok: true; ms: number } | { ok: false; reason: 'notNumber' | 'notWholeMs' }

/** Text typed in `unit` → integer ms; fractions are fine as long as they land on a whole millisecond. */
export function parseInUnit(text: string, unit: DurationUnit): ParsedDuration {
  const trimmed = text.trim().replace(',', '.')
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return { ok: false, reason: 'notNumber' }
  const exact = Number(trimmed) * UNIT_MS[unit]
  const ms = Math.round(exact)
  if (Math.abs(exact - ms) > 1e-6) return { ok: false, reason: 'notWholeMs' }
  return { ok: true, ms }
}
