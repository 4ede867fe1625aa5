import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countAtOrBefore, lowerBound, upperBound } from './sorted'
import { PROPERTY_TIMEOUT_MS } from '../test/timeouts'

describe('sorted searches', () => {
  it(
    'agree with a linear count',
    () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (xs, t) => {
          const sorted = [...xs].sort((a, b) => a - b)
          expect(upperBound(sorted, t)).toBe(sorted.filter((x) => x <= t).length)
          expect(lowerBound(sorted, t)).toBe(sorted.filter((x) => x < t).length)
          expect(
            countAtOrBefore(
              sorted.map((atMs) => ({ atMs })),
              t,
            ),
          ).toBe(sorted.filter((x) => x <= t).length)
        }),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
