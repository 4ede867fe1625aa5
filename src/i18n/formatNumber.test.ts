import { describe, expect, it } from 'vitest'
import { formatNumber } from './formatNumber'

describe('formatNumber', () => {
  it('formats for the locale, with options, the same on every call', () => {
    expect(formatNumber(4096, 'en')).toBe('4,096')
    expect(formatNumber(4096, 'ja')).toBe('4,096')
    expect(formatNumber(1.25, 'en', { maximumFractionDigits: 1 })).toBe('1.3')
    expect(formatNumber(1.25, 'en')).toBe('1.25')
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5')
  })
})
