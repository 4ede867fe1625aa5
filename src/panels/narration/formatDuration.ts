import type { Translate } from './translate'

/** A duration in the largest fitting unit, at most one decimal ("250 ms", "1.5 s", "2 min", "24 h"). */
export function formatDuration(ms: number, t: Translate): string {
  const abs = Math.abs(ms)
  const one = (n: number) => (Number.isInteger(n) ? n : Math.round(n * 10) / 10)
  if (abs < 1000) return t('narration.duration.ms', { n: Math.round(ms) })
  if (abs < 60_000) return t('narration.duration.s', { n: one(ms / 1000) })
  if (abs < 3_600_000) return t('narration.duration.min', { n: one(ms / 60_000) })
  if (abs < 86_400_000) return t('narration.duration.h', { n: one(ms / 3_600_000) })
  return t('narration.duration.d', { n: one(ms / 86_400_000) })
}

/** A countdown in whole seconds: "45 s", "1 min 02 s", "2 h 05 min". */
export function formatCountdown(ms: number, t: Translate): string {
  const s = Math.max(0, Math.ceil(ms / 1000))
  if (s < 60) return t('narration.duration.s', { n: s })
  const pad = (n: number) => String(n).padStart(2, '0')
  if (s < 3600) return t('narration.countdown.minSec', { m: Math.floor(s / 60), s: pad(s % 60) })
  return t('narration.countdown.hMin', { h: Math.floor(s / 3600), m: pad(Math.floor((s % 3600) / 60)) })
}
