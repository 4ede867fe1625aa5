/** Pure helpers behind the transport (tested without a DOM). */
import { MAX_SPEED, MIN_SPEED } from '../store/playbackSlice'
import { HEALTH } from '../store/playbackSliceRun'

/** The slider runs over log10(speed), so 1× … 10× … 100× … 10,000× are evenly spaced. */
export const LOG_MIN = Math.log10(MIN_SPEED)
export const LOG_MAX = Math.log10(MAX_SPEED)
export const SPEED_STEP = 0.25

export const speedFromSlider = (v: number) => Math.round(10 ** v * 100) / 100
export const sliderFromSpeed = (speed: number) => Math.log10(speed)

export function formatSpeed(speed: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: speed < 10 ? 1 : 0 }).format(speed)
}

export type HealthKind = 'lost' | 'blocked' | 'error' | 'throttle'
export interface HealthSegment {
  kind: HealthKind
  from: number
  to: number
}

/** One colour per bucket (the worst wins: lost > blocked > error > throttle), adjacent buckets merged. Fractions 0…1. */
export function healthSegments(health: readonly number[]): HealthSegment[] {
  const kindOf = (h: number): HealthKind | null =>
    h & HEALTH.lost ? 'lost' : h & HEALTH.blocked ? 'blocked' : h & HEALTH.error ? 'error' : h & HEALTH.throttle ? 'throttle' : null
  const out: HealthSegment[] = []
  const n = health.length
  health.forEach((h, i) => {
    const kind = kindOf(h)
    if (!kind) return
    const last = out[out.length - 1]
    if (last && last.kind === kind && last.to === i / n) last.to = (i + 1) / n
    else out.push({ kind, from: i / n, to: (i + 1) / n })
  })
  return out
}

