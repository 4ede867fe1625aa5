/**
 * The saved playhead is checked by hand (zod is not in the editor's first frame, #16): it accepts exactly what the
 * strict schema it replaced accepted, with the same values.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { PROPERTY_TIMEOUT_MS } from '../../test/timeouts'
import { readSavedPlayhead } from './playheadSave'

const schema = z.strictObject({
  v: z.literal(1),
  positionMs: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  of: z.string().max(40),
})

const candidateArb = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.record(
    {
      v: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 0 })),
      positionMs: fc.oneof(
        fc.integer({ min: -10, max: 2 ** 32 + 10 }),
        fc.double(),
        fc.constantFrom(2 ** 32 - 1, 2 ** 32, -0, Number.MAX_SAFE_INTEGER),
        fc.jsonValue({ maxDepth: 0 }),
      ),
      of: fc.oneof(fc.string({ maxLength: 45 }), fc.jsonValue({ maxDepth: 0 })),
      extra: fc.jsonValue({ maxDepth: 0 }),
    },
    { requiredKeys: [] },
  ),
)

describe('the saved playhead, checked by hand', () => {
  it(
    'accepts what the strict schema accepts, with the same values, and nothing else',
    () => {
      fc.assert(
        fc.property(candidateArb, (json) => {
          const zod = schema.safeParse(json)
          expect(readSavedPlayhead(json)).toEqual(zod.success ? zod.data : null)
        }),
        { numRuns: 3000 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
