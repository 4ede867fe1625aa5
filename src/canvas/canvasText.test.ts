import type { TFunction } from 'i18next'
import { describe, expect, it, vi } from 'vitest'
import { rememberingT } from './canvasText'

describe('rememberingT', () => {
  it('looks a plain key up once and passes keys with options through every time', () => {
    const lookups = vi.fn((key: string, options?: { n?: number }) => (options ? `${key}:${options.n}` : `text of ${key}`))
    const t = rememberingT(lookups as unknown as TFunction)
    const plain = t as unknown as (key: string, options?: { n: number }) => string
    expect(plain('edges.role.trigger')).toBe('text of edges.role.trigger')
    expect(plain('edges.role.trigger')).toBe('text of edges.role.trigger')
    expect(plain('edges.role.dlq')).toBe('text of edges.role.dlq')
    expect(lookups).toHaveBeenCalledTimes(2)
    expect(plain('edges.aria', { n: 1 })).toBe('edges.aria:1')
    expect(plain('edges.aria', { n: 2 })).toBe('edges.aria:2')
    expect(lookups).toHaveBeenCalledTimes(4)
  })
})
