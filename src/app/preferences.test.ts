import { afterEach, describe, expect, it, vi } from 'vitest'
import { initialPreferences, savePreferences } from './preferences'

// A tiny in-memory localStorage: this project runs in node.
function stubStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  })
  vi.stubGlobal('matchMedia', () => ({ matches: false }))
  vi.stubGlobal('navigator', { language: 'en-GB' })
  return data
}

afterEach(() => vi.unstubAllGlobals())

describe('initialPreferences', () => {
  it('takes the URL first, then what was saved, then the browser', () => {
    stubStorage({ 'lambdascope.preferences.v1': JSON.stringify({ theme: 'dark', locale: 'ja' }) })
    expect(initialPreferences('?lang=en')).toEqual({ theme: 'dark', locale: 'en' })
    expect(initialPreferences('?theme=light')).toEqual({ theme: 'light', locale: 'ja' })
    expect(initialPreferences('')).toEqual({ theme: 'dark', locale: 'ja' })
  })

  it('ignores unknown values and corrupt storage', () => {
    stubStorage({ 'lambdascope.preferences.v1': '{not json' })
    expect(initialPreferences('?lang=fr&theme=pink')).toEqual({ theme: 'light', locale: 'en' })
  })

  it('saves what it reads back', () => {
    const data = stubStorage()
    savePreferences({ theme: 'dark', locale: 'ja' })
    expect(JSON.parse(data.get('lambdascope.preferences.v1') ?? '')).toEqual({ theme: 'dark', locale: 'ja' })
  })
})
