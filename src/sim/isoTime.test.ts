import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isoFromMs } from './isoTime'
import { PROPERTY_TIMEOUT_MS } from '../test/timeouts'

describe('isoFromMs', () => {
  it(
    'matches Date#toISOString (tests may use the clock object; the core may not)',
    () => {
      expect(isoFromMs(0)).toBe('1970-01-01T00:00:00.000Z')
      expect(isoFromMs(951_782_400_000)).toBe('2000-02-29T00:00:00.000Z')
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
          expect(isoFromMs(ms)).toBe(new Date(ms).toISOString())
        }),
        { numRuns: 2000 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
