import { describe, expect, it } from 'vitest'
import { createAppStore } from './createAppStore'
import { emptyScenario } from './scenarioDefaults'

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

  it('openDocument replaces the document and starts a fresh run in one action', () => {
    const s = createAppStore()
    s.getState().injectFault({ kind: 'event', source: 'nowhere' })
    s.getState().advanceTo(5_000)
    expect(s.getState().injected).toHaveLength(1)
    const next = { ...emptyScenario(), title: 'Fresh' }
    s.getState().openDocument(next)
    expect(s.getState().scenario.title).toBe('Fresh')
    expect(s.getState()).toMatchObject({
      positionMs: 0,
      injected: [],
      status: 'idle',
      selectedEventId: null,
      seenUntilMs: 0,
    })
  })
})
