import { describe, expect, it } from 'vitest'
import { formatInUnit, naturalUnit, parseInUnit } from './units'
import { getAtPath, setAtPath } from './docPath'

describe('duration units', () => {
  it('picks the largest whole unit', () => {
    expect(naturalUnit(10_000)).toBe('s')
    expect(naturalUnit(1500)).toBe('ms')
    expect(naturalUnit(7_200_000)).toBe('h')
    expect(naturalUnit(900_000)).toBe('min')
    expect(naturalUnit(0)).toBe('ms')
    expect(naturalUnit(7_200_000, ['ms', 's'])).toBe('s')
  })
  it('formats and parses in a unit, as integer ms', () => {
    expect(formatInUnit(1500, 's')).toBe('1.5')
    expect(parseInUnit('10', 's')).toEqual({ ok: true, ms: 10_000 })
    expect(parseInUnit('1,5', 'min')).toEqual({ ok: true, ms: 90_000 })
    expect(parseInUnit('0.0005', 's')).toEqual({ ok: false, reason: 'notWholeMs' })
    expect(parseInUnit('ten', 's')).toEqual({ ok: false, reason: 'notNumber' })
    expect(parseInUnit('', 's')).toEqual({ ok: false, reason: 'notNumber' })
  })
})

describe('doc paths', () => {
  it('sets and reads nested values without touching the original', () => {
    const node = { id: 'fn', type: 'lambda' }
    const next = setAtPath(node, ['config', 'async', 'maxRetryAttempts'], 0)
    expect(next).toEqual({ id: 'fn', type: 'lambda', config: { async: { maxRetryAttempts: 0 } } })
    expect(node).toEqual({ id: 'fn', type: 'lambda' })
    expect(getAtPath(next, ['config', 'async', 'maxRetryAttempts'])).toBe(0)
  })
  it('removes a reset value and the objects it leaves empty', () => {
    const node = { id: 'fn', config: { async: { maxRetryAttempts: 0 }, timeoutMs: 3000 } }
    expect(setAtPath(node, ['config', 'async', 'maxRetryAttempts'], undefined)).toEqual({
      id: 'fn',
      config: { timeoutMs: 3000 },
    })
    expect(setAtPath(setAtPath(node, ['config', 'timeoutMs'], undefined), ['config', 'async'], undefined)).toEqual({
      id: 'fn',
    })
  })
})
