import { describe, expect, it } from 'vitest'
import { formatSimTime } from './formatSimTime'

describe('formatSimTime', () => {
  it('formats simulated time with units that read at a glance', () => {
    expect(formatSimTime(0)).toBe('T+00:00:00.000')
    expect(formatSimTime(180_000)).toBe('T+00:03:00.000')
    expect(formatSimTime(3_723_004)).toBe('T+01:02:03.004')
    expect(formatSimTime(86_400_000 + 1)).toBe('T+1d 00:00:00.001')
    expect(formatSimTime(-1500)).toBe('T-00:00:01.500')
  })
})
