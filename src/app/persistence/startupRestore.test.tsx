/**
 * #16: the autosave at start without the schema — admitted by the cheap check and drawn at once, read by the schema
 * after the first paint; a copy that then fails is set aside with the same banner as one refused at start.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { act, render, screen, waitFor } from '@testing-library/react'
import { SCENARIO_FORMAT, type Scenario } from '../../model'
import { initI18n } from '../../i18n'
import { AppStoreContext } from '../../store/appStoreContext'
import { createAppStore } from '../../store/createAppStore'
import { AUTOSAVE_KEY, SET_ASIDE_PREFIX, type AutosaveLoad } from './autosave'
import { PersistenceProvider } from './PersistenceProvider'
import { restoreAtStartup } from './startup'
import { loadValidator } from './loadValidator'

// The validator chunk (zod, #16) is fetched on demand; loading it here first keeps a cold transform on a loaded
// machine out of the waits below (they still wait for the state, never for time).
beforeAll(() => loadValidator(), 60_000)

const doc: Scenario = {
  format: SCENARIO_FORMAT,
  title: 'Orders',
  era: 'current',
  seed: 1,
  durationMs: 60_000,
  nodes: [{ id: 'fn', type: 'lambda', position: { x: 0, y: 0 } }],
  edges: [],
  traffic: [],
  faults: [],
}
const saved = (scenario: unknown) => JSON.stringify({ v: 1, scenario })
const setAsideKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(SET_ASIDE_PREFIX))

beforeEach(() => {
  localStorage.clear()
  initI18n('en')
})
afterEach(() => localStorage.clear())

describe('restoreAtStartup', () => {
  it('admits our own autosave without the schema, keeping the text for the check after paint', async () => {
    localStorage.setItem(AUTOSAVE_KEY, saved(doc))
    expect(await restoreAtStartup(false)).toEqual({ kind: 'loaded', scenario: doc, unchecked: saved(doc) })
    // With the validator needed anyway (a link, a saved comparison), it reads with the schema at once.
    expect(await restoreAtStartup(true)).toEqual({ kind: 'loaded', scenario: doc })
  })

  it('reads a copy the cheap check cannot vouch for with the schema before the first frame: located issues', async () => {
    const broken = saved({ ...doc, nodes: [{ id: 'x', type: 'nope' }] })
    localStorage.setItem(AUTOSAVE_KEY, broken)
    const r = await restoreAtStartup(false)
    expect(r.kind === 'setAside' && r.issues.map((i) => i.path)).toEqual(['nodes[0].type'])
    expect(setAsideKeys().map((k) => localStorage.getItem(k))).toEqual([broken])
    expect(localStorage.getItem(AUTOSAVE_KEY)).toBeNull()
  })

  it('sets aside what is not our envelope', async () => {
    localStorage.setItem(AUTOSAVE_KEY, '{broken')
    expect(await restoreAtStartup(false)).toMatchObject({ kind: 'setAside', issues: [{ code: 'autosave.envelope' }] })
    expect(setAsideKeys().map((k) => localStorage.getItem(k))).toEqual(['{broken'])
  })
})

function start(restored: AutosaveLoad) {
  const store = createAppStore(restored.kind === 'loaded' ? { scenario: restored.scenario } : {})
  render(
    <AppStoreContext.Provider value={store}>
      <PersistenceProvider restored={restored}>
        <p>app</p>
      </PersistenceProvider>
    </AppStoreContext.Provider>,
  )
  return store
}

describe('the check after the first paint', () => {
  it('sets aside an admitted copy the schema refuses: the banner, the text kept, the empty document, no undo', async () => {
    // Shaped like ours (the canvas can draw it) but not allowed: a 5 ms timeout.
    const broken = saved({ ...doc, nodes: [{ id: 'fn', type: 'lambda', config: { timeoutMs: 5 } }] })
    localStorage.setItem(AUTOSAVE_KEY, broken)
    const restored = await restoreAtStartup(false)
    expect(restored).toMatchObject({ kind: 'loaded', unchecked: broken })
    const store = start(restored)
    expect(store.getState().scenario.nodes).toHaveLength(1) // drawn in the first frame
    const banner = await screen.findByRole('alert')
    expect(banner.textContent).toContain('Your autosaved scenario could not be loaded')
    expect(banner.textContent).toContain('nodes[0].config.timeoutMs')
    expect(store.getState().scenario.nodes).toEqual([])
    expect(store.temporal.getState().pastStates).toEqual([])
    expect(setAsideKeys().map((k) => localStorage.getItem(k))).toEqual([broken])
    expect(localStorage.getItem(AUTOSAVE_KEY)).toBeNull()
  })

  it('keeps an admitted copy the schema accepts, and saves the edits made while it was being read', async () => {
    localStorage.setItem(AUTOSAVE_KEY, saved(doc))
    const store = start(await restoreAtStartup(false))
    // Before the check (it waits for a frame and a task): autosave is held, nothing is written yet.
    act(() => store.getState().setScenarioMeta({ title: 'Edited at once' }))
    expect(localStorage.getItem(AUTOSAVE_KEY)).toBe(saved(doc))
    await waitFor(() => expect(localStorage.getItem(AUTOSAVE_KEY)).toContain('Edited at once'))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(setAsideKeys()).toEqual([])
  })
})
