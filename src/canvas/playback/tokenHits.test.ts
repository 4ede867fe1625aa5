import { describe, expect, it } from 'vitest'
import { TokenHits } from './tokenHits'

describe('TokenHits', () => {
  it('finds the token under a point, within the slop, closest centre first', () => {
    const h = new TokenHits()
    h.add(0, 0, 5, 'a')
    h.add(8, 0, 5, 'b')
    expect(h.eventAt(1, 0, 0)).toBe('a')
    expect(h.eventAt(6, 0, 0)).toBe('b') // inside both discs: b's centre is closer
    expect(h.eventAt(0, 9, 4)).toBe('a') // 9 from a: radius 5 + slop 4
    expect(h.eventAt(0, 9.5, 4)).toBeNull()
    expect(h.eventAt(100, 100, 4)).toBeNull()
  })

  it('forgets the previous frame when cleared, reusing its storage', () => {
    const h = new TokenHits()
    h.add(0, 0, 5, 'a')
    h.clear()
    expect(h.size).toBe(0)
    expect(h.eventAt(0, 0, 0)).toBeNull()
    h.add(50, 50, 5, 'c')
    expect(h.size).toBe(1)
    expect(h.eventAt(50, 50, 0)).toBe('c')
  })
})
