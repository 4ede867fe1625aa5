import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { untimedInRepo, untimedProperties } from './propertyTimeouts.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
// Assembled so this file holds no property test of its own for the repository scan.
const assert = ['fc', 'assert'].join('.')

describe('property tests set their own timeout', () => {
  it('flags a property test without a timeout, and only that one', () => {
    const src = [
      "it('a', () => {",
      `  ${assert}(fc.property(fc.nat(), () => true))`,
      '})',
      "it('b', () => {",
      `  ${assert}(fc.property(fc.nat(), () => true))`,
      '}, PROPERTY_TIMEOUT_MS)',
      "it('c', () => {",
      '  expect(1).toBe(1)',
      '})',
      "describe('d', () => {",
      "  it('e', () => {",
      `    ${assert}(fc.property(fc.nat(), () => true))`,
      '  }, 60_000)',
      "  it('f', () => {",
      `    ${assert}(fc.property(fc.nat(), () => true))`,
      '  })',
      '})',
    ].join('\n')
    expect(untimedProperties('x.test.ts', src)).toEqual([
      { path: 'x.test.ts', line: 1 },
      { path: 'x.test.ts', line: 14 },
    ])
  })

  it("reads Prettier's long form: the timeout on its own line before the closing parenthesis", () => {
    const src = [
      'it(',
      "  'g',",
      '  () => {',
      `    ${assert}(fc.property(fc.nat(), () => true))`,
      '  },',
      '  PROPERTY_TIMEOUT_MS,',
      ')',
      'it(',
      "  'h',",
      '  () => {',
      `    ${assert}(fc.property(fc.nat(), () => true))`,
      '  },',
      ')',
    ].join('\n')
    expect(untimedProperties('x.test.ts', src)).toEqual([{ path: 'x.test.ts', line: 8 }])
  })

  it('every property test in src and scripts passes a timeout', () => {
    expect(untimedInRepo(root)).toEqual([])
  })
})
