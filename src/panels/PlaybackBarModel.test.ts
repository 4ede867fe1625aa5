import { describe, expect, it } from 'vitest'
import { HEALTH } from '../store/playbackSliceRun'
import { formatSpeed, healthSegments, sliderFromSpeed, speedFromSlider } from './PlaybackBarModel'

describe('transport helpers', () => {
  it('maps the speed slider on a log scale, 1× … 10,000×', () => {
    expect([0, 1, 2, 3, 4].map(speedFromSlider)).toEqual([1, 10, 100, 1000, 10_000])
    expect(sliderFromSpeed(100)).toBe(2)
    expect(formatSpeed(10_000, 'en')).toBe('10,000')
    expect(formatSpeed(1.8, 'en')).toBe('1.8')
  })
  it('colours scrub segments by the worst thing in each bucket and merges neighbours', () => {
    const h = [0, HEALTH.error, HEALTH.error | HEALTH.throttle, HEALTH.lost | HEALTH.error, 0, HEALTH.throttle, 0, 0]
    expect(healthSegments(h)).toEqual([
      { kind: 'error', from: 1 / 8, to: 3 / 8 },
      { kind: 'lost', from: 3 / 8, to: 4 / 8 },
      { kind: 'throttle', from: 5 / 8, to: 6 / 8 },
    ])
  })
})
