/** Several tabs (issue #13): the last tab to autosave used to overwrite the other's work silently. */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SCENARIO_FORMAT, type Scenario } from '../../model'
import { initI18n } from '../../i18n'
import { AppStoreContext } from '../../store/appStoreContext'
import { createAppStore } from '../../store/createAppStore'
import { AUTOSAVE_KEY } from './autosave'
import { AUTOSAVE_DELAY_MS, PersistenceProvider } from './PersistenceProvider'
import { guardedWrite } from './tabSync'
import { loadValidator } from './loadValidator'

// The validator chunk (zod, #16) is fetched on demand; loading it here first keeps a cold transform on a loaded
// machine out of the waits below (they still wait for the state, never for time).
beforeAll(() => loadValidator(), 60_000)

const doc = (title: string): Scenario => ({
  format: SCENARIO_FORMAT,
  title,
  era: 'current',
  seed: 1,
  durationMs: 1000,
  nodes: [],
  edges: [],
  traffic: [],
  faults: [],
})
const saved = (title: string) => JSON.stringify({ v: 1, scenario: doc(title) })

afterEach(() => {
  vi.useRealTimers()
  localStorage.clear()
})

describe('guardedWrite', () => {
  it('writes over what this tab last saw, and not over another tab’s newer save', () => {
    const first = guardedWrite(localStorage, doc('mine'), null)
    expect(first.kind).toBe('written')
    const mine = first.kind === 'written' ? first.text : ''
    expect(guardedWrite(localStorage, doc('mine 2'), mine).kind).toBe('written')
    localStorage.setItem(AUTOSAVE_KEY, saved('theirs'))
    expect(guardedWrite(localStorage, doc('mine 3'), mine)).toEqual({ kind: 'newer', text: saved('theirs') })
    expect(localStorage.getItem(AUTOSAVE_KEY)).toBe(saved('theirs'))
  })
})

describe('<PersistenceProvider /> with another tab', () => {
  function setup() {
    initI18n('en')
    localStorage.setItem(AUTOSAVE_KEY, saved('start'))
    const store = createAppStore({ scenario: doc('start') })
    render(
      <AppStoreContext.Provider value={store}>
        <PersistenceProvider restored={{ kind: 'loaded', scenario: doc('start') }}>
          <p>app</p>
        </PersistenceProvider>
      </AppStoreContext.Provider>,
    )
    const otherTabSaves = (title: string) =>
      act(() => {
        localStorage.setItem(AUTOSAVE_KEY, saved(title))
        window.dispatchEvent(new StorageEvent('storage', { key: AUTOSAVE_KEY, newValue: saved(title) }))
      })
    return { store, otherTabSaves }
  }

  it('warns instead of overwriting, and loads the other tab’s version on request (this tab’s undo brings its own back)', async () => {
    const { store, otherTabSaves } = setup()
    otherTabSaves('from the other tab')
    expect(screen.getByTestId('tab-conflict').textContent).toContain(
      'Another tab saved a newer version of this scenario.',
    )
    vi.useFakeTimers()
    act(() => store.getState().setScenarioMeta({ title: 'edited here' }))
    act(() => void vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 3))
    expect(localStorage.getItem(AUTOSAVE_KEY)).toBe(saved('from the other tab'))
    vi.useRealTimers()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Load it' }))
    // Read with the schema, fetched on demand (the validator chunk, #16).
    await waitFor(() => expect(store.getState().scenario.title).toBe('from the other tab'))
    expect(screen.queryByTestId('tab-conflict')).toBeNull()
    act(() => store.temporal.getState().undo())
    expect(store.getState().scenario.title).toBe('edited here')
  })

  it('keeps this tab’s version when asked, and saves it', async () => {
    const { store, otherTabSaves } = setup()
    act(() => store.getState().setScenarioMeta({ title: 'mine' }))
    otherTabSaves('theirs')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Keep mine' }))
    expect(JSON.parse(localStorage.getItem(AUTOSAVE_KEY) ?? '{}').scenario.title).toBe('mine')
    expect(screen.queryByTestId('tab-conflict')).toBeNull()
  })
})
