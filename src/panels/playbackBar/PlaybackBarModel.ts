/** Pure helpers behind the transport (tested without a DOM). */
import { formatNumber } from '../../i18n/formatNumber'
import { MAX_SPEED, MIN_SPEED } from '../../store/playback/slice'
import type { HealthBands, HealthBucket } from '../../sim/views'

/** The slider runs over log10(speed), so 1× … 10× … 100× … 10,000× are evenly spaced. */
export const LOG_MIN = Math.log10(MIN_SPEED)
export const LOG_MAX = Math.log10(MAX_SPEED)
export const SPEED_STEP = 0.25

export const speedFromSlider = (v: number) => Math.round(10 ** v * 100) / 100
export const sliderFromSpeed = (speed: number) => Math.log10(speed)

export function formatSpeed(speed: number, locale: string): string {
  return formatNumber(speed, locale, { maximumFractionDigits: speed < 10 ? 1 : 0 })
}

export type HealthKind = 'lost' | 'blocked' | 'error' | 'throttle'
export interface HealthSegment {
  kind: HealthKind
  from: number
  to: number
}

const kindOf = (b: HealthBucket): HealthKind | null =>
  b.lost > 0 ? 'lost' : b.blockedShards > 0 ? 'blocked' : b.errors > 0 ? 'error' : b.throttles > 0 ? 'throttle' : null

/**
 * One colour per slice (the worst wins: lost > blocked > error > throttle), adjacent slices of one kind merged.
 * Fractions 0…1 of `endMs`.
 */
export function healthSegments(health: HealthBands, endMs: number): HealthSegment[] {
  const span = Math.max(1, endMs)
  const out: HealthSegment[] = []
  for (const b of health.buckets) {
    const kind = kindOf(b)
    if (!kind) continue
    const from = Math.min(1, b.startMs / span)
    const to = Math.min(1, (b.startMs + health.bucketMs) / span)
    const last = out[out.length - 1]
    if (last && last.kind === kind && last.to === from) last.to = to
    else out.push({ kind, from, to })
  }
  return out
}
