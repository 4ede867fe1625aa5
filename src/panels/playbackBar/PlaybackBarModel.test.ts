import { describe, expect, it } from 'vitest'
import type { HealthBucket } from '../../sim/views'
import { formatSpeed, healthSegments, sliderFromSpeed, speedFromSlider } from './PlaybackBarModel'

describe('transport helpers', () => {
  it('maps the speed slider on a log scale, 1× … 10,000×', () => {
    expect([0, 1, 2, 3, 4].map(speedFromSlider)).toEqual([1, 10, 100, 1000, 10_000])
    expect(sliderFromSpeed(100)).toBe(2)
    expect(formatSpeed(10_000, 'en')).toBe('10,000')
    expect(formatSpeed(1.8, 'en')).toBe('1.8')
  })
  it('colours scrub segments by the worst thing in each slice and merges neighbours', () => {
    const slice = (i: number, counts: Partial<HealthBucket>): HealthBucket => ({
      startMs: i * 100,
      endMs: (i + 1) * 100,
      errors: 0,
      throttles: 0,
      blockedShards: 0,
      lost: 0,
      deadLettered: 0,
      active: true,
      level: 'ok',
      ...counts,
    })
    const buckets = [
      slice(0, {}),
      slice(1, { errors: 1 }),
      slice(2, { errors: 2, throttles: 1 }),
      slice(3, { lost: 1, errors: 1 }),
      slice(4, { deadLettered: 1 }),
      slice(5, { throttles: 3 }),
      slice(6, { blockedShards: 1 }),
      slice(7, { blockedShards: 2, errors: 1 }),
    ]
    expect(healthSegments({ bucketMs: 100, buckets }, 800)).toEqual([
      { kind: 'error', from: 1 / 8, to: 3 / 8 },
      { kind: 'lost', from: 3 / 8, to: 4 / 8 },
      { kind: 'throttle', from: 5 / 8, to: 6 / 8 },
      { kind: 'blocked', from: 6 / 8, to: 1 },
    ])
  })
})
