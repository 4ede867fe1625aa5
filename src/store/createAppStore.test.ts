import { describe, expect, it } from 'vitest'
import { createAppStore } from './createAppStore'

describe('createAppStore', () => {
  it('gives every caller its own store with the initial state', () => {
    const a = createAppStore({ theme: 'dark' })
    const b = createAppStore()
    a.getState().setLocale('ja')
    expect(a.getState()).toMatchObject({ theme: 'dark', locale: 'ja' })
    expect(b.getState()).toMatchObject({ theme: 'light', locale: 'en' })
  })

  it('toggles the theme both ways', () => {
    const s = createAppStore()
    s.getState().toggleTheme()
    expect(s.getState().theme).toBe('dark')
    s.getState().toggleTheme()
    expect(s.getState().theme).toBe('light')
  })
})
