import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import { SCENARIO_FORMAT, type Scenario } from '../../model'
import { AppStoreContext } from '../../store/appStoreContext'
import { createAppStore } from '../../store/createAppStore'
import { PLAYHEAD_KEY } from './playheadSave'
import { AUTOSAVE_KEY } from './autosave'
import { AUTOSAVE_DELAY_MS, PersistenceProvider } from './PersistenceProvider'

const doc: Scenario = {
  format: SCENARIO_FORMAT,
  title: 'T',
  era: 'current',
  seed: 1,
  durationMs: 1000,
  nodes: [],
  edges: [],
  traffic: [],
  faults: [],
}

afterEach(() => void vi.useRealTimers())

describe('<PersistenceProvider />', () => {
  it('writes once after a burst of edits (a drag is not a write per frame)', () => {
    vi.useFakeTimers()
    const store = createAppStore({ scenario: doc })
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    render(
      <AppStoreContext.Provider value={store}>
        <PersistenceProvider restored={{ kind: 'none' }}>
          <p>app</p>
        </PersistenceProvider>
      </AppStoreContext.Provider>,
    )
    for (let i = 0; i < 120; i++) act(() => store.getState().setScenarioMeta({ seed: i + 2 }))
    act(() => void vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1))
    expect(setItem).not.toHaveBeenCalled()
    act(() => void vi.advanceTimersByTime(1))
    // one write of the document, and one of the playhead that goes with it (playheadSave.ts)
    expect(setItem.mock.calls.map(([key]) => key).sort()).toEqual([AUTOSAVE_KEY, PLAYHEAD_KEY])
    expect(JSON.parse(localStorage.getItem(AUTOSAVE_KEY) ?? '{}')).toEqual({ v: 1, scenario: { ...doc, seed: 121 } })
    setItem.mockRestore()
  })

  it('shows a banner for a set-aside copy and keeps autosave off while storage could not move it', () => {
    vi.useFakeTimers()
    const store = createAppStore({ scenario: doc })
    localStorage.setItem(AUTOSAVE_KEY, '{broken')
    render(
      <AppStoreContext.Provider value={store}>
        <PersistenceProvider
          restored={{
            kind: 'setAside',
            setAsideKey: AUTOSAVE_KEY,
            total: 1,
            issues: [{ path: '(document)', code: 'x', message: 'Broken', severity: 'error' }],
          }}
        >
          <p>app</p>
        </PersistenceProvider>
      </AppStoreContext.Provider>,
    )
    expect(screen.getByRole('alert').textContent).toContain('autosave is paused')
    act(() => store.getState().setScenarioMeta({ seed: 9 }))
    act(() => void vi.advanceTimersByTime(5000))
    expect(localStorage.getItem(AUTOSAVE_KEY)).toBe('{broken')
  })
})
