import i18next, { type TFunction } from 'i18next'
import { describe, expect, it, vi } from 'vitest'
import { resources } from '../i18n/resources'
import { rememberingT } from './canvasText'

describe('rememberingT', () => {
  it('looks a plain key up once, and a template once, whatever the values', () => {
    const lookups = vi.fn((key: string, options?: { skipInterpolation?: boolean }) =>
      options?.skipInterpolation ? '{{n}} of {{key}}' : `text of ${key}`,
    )
    const t = rememberingT(lookups as unknown as TFunction) as unknown as (
      key: string,
      options?: Record<string, unknown>,
    ) => string
    expect(t('edges.role.trigger')).toBe('text of edges.role.trigger')
    expect(t('edges.role.trigger')).toBe('text of edges.role.trigger')
    expect(t('edges.role.dlq')).toBe('text of edges.role.dlq')
    expect(lookups).toHaveBeenCalledTimes(2)
    expect(t('edges.aria', { n: 1, key: 'a' })).toBe('1 of a')
    expect(t('edges.aria', { n: 2, key: 'b' })).toBe('2 of b')
    expect(lookups).toHaveBeenCalledTimes(3)
  })

  it('says exactly what i18next says, in both languages, and leaves plurals and formats to i18next', async () => {
    for (const lng of ['en', 'ja'] as const) {
      const i18n = i18next.createInstance()
      await i18n.init({ resources, lng, fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false })
      const plainT = i18n.t.bind(i18n) as unknown as TFunction
      const t = rememberingT(plainT) as unknown as (key: string, options?: Record<string, unknown>) => string
      const real = plainT as unknown as (key: string, options?: Record<string, unknown>) => string
      const cases: [string, Record<string, unknown>][] = [
        ['nodes.aria', { label: 'Orders <b>', type: 'SQS', style: 'polled' }],
        ['nodes.ariaPlain', { label: 'fn', type: 'Lambda' }],
        ['edges.aria', { role: 'DLQ', from: 'a', to: 'b' }],
        ['edges.aria', { role: 'DLQ', from: 'a' }], // a missing value: i18next decides
        ['files.issueCount', { count: 3, shown: 2 }], // a plural
      ]
      for (const [key, values] of cases) expect(t(key, values)).toBe(real(key, values))
    }
  })
})
