/** #19: the playhead survives a reload, of a plain document and of a comparison; it never lands on other work. */
import { beforeEach, describe, expect, it } from 'vitest'
import { act, render } from '@testing-library/react'
import kinesis from '../../../examples/kinesis-poison.json'
import type { Scenario } from '../../model'
import { createAppStore, type AppStoreApi } from '../../store/createAppStore'
import { writeAutosave } from './autosave'
import { loadAutosave } from './autosaveLoad'
import { comparisonOf, writeComparison } from './comparisonSave'
import { restoreComparisonAtStartup } from './comparisonLoad'
import {
  loadPlayhead,
  PLAYHEAD_KEY,
  restorePlayheadAtStartup,
  usePlayheadAutosave,
  writePlayhead,
} from './playheadSave'

const doc = kinesis as unknown as Scenario

/** What a reload does (main.tsx): the autosaved document, its comparison, then the playhead. */
function reload(): AppStoreApi {
  const restored = loadAutosave(localStorage, 'stamp')
  if (restored.kind !== 'loaded') throw new Error(`autosave did not load: ${restored.kind}`)
  const store = createAppStore({ scenario: restored.scenario })
  restoreComparisonAtStartup(store)
  restorePlayheadAtStartup(store)
  return store
}

function Saver({ store }: { store: AppStoreApi }) {
  usePlayheadAutosave(store, true, 400)
  return null
}

beforeEach(() => localStorage.clear())

describe('the saved playhead (#19)', () => {
  it('brings a plain document back at the moment it was at, paused there', () => {
    const before = createAppStore()
    before.getState().openDocument(doc)
    before.getState().seek(42_500)
    writeAutosave(localStorage, before.getState().scenario)
    writePlayhead(localStorage, before.getState().positionMs, before.getState().scenario)
    const s = reload().getState()
    expect(s.positionMs).toBe(42_500)
    expect(s.status).toBe('paused')
  })

  it('brings a comparison back at its playhead, on the fork’s run', () => {
    const before = createAppStore()
    before.getState().openDocument(doc)
    before.getState().seek(30_000)
    before.getState().startFork()
    before.getState().updateEdge('clicks-esm', {
      config: { batchSize: 100, startingPosition: 'TRIM_HORIZON', bisectOnError: true, maxRetryAttempts: 2 },
    })
    before.getState().seek(95_000)
    writeAutosave(localStorage, before.getState().scenario)
    writeComparison(localStorage, comparisonOf(before.getState()))
    writePlayhead(localStorage, before.getState().positionMs, before.getState().scenario)
    const s = reload().getState()
    expect(s.compare?.atMs).toBe(30_000)
    expect(s.positionMs).toBe(95_000)
  })

  it('is not applied to other work: a document changed since (another tab, a link) starts at the beginning', () => {
    const other = { ...doc, title: 'Something else' }
    writePlayhead(localStorage, 42_000, doc)
    writeAutosave(localStorage, other)
    expect(loadPlayhead(localStorage, other)).toBeNull()
    expect(reload().getState().positionMs).toBe(0)
  })

  it.each([
    ['not JSON', '{"v":1,'],
    ['another version', (raw: string) => raw.replace('"v":1', '"v":2')],
    ['a negative time', (raw: string) => raw.replace(/"positionMs":\d+/, '"positionMs":-5')],
    ['an unknown field', (raw: string) => raw.replace('"v":1', '"v":1,"x":1')],
  ])('that does not read (%s) is ignored: the document opens at the start', (_, corrupt) => {
    writeAutosave(localStorage, doc)
    writePlayhead(localStorage, 42_000, doc)
    const raw = localStorage.getItem(PLAYHEAD_KEY)!
    localStorage.setItem(PLAYHEAD_KEY, typeof corrupt === 'string' ? corrupt : corrupt(raw))
    expect(loadPlayhead(localStorage, doc)).toBeNull()
    expect(reload().getState().positionMs).toBe(0)
  })

  it('holds when the document read back lists its keys in another order than the store had them', () => {
    const reordered = Object.fromEntries(Object.entries(doc).reverse()) as unknown as Scenario
    writeAutosave(localStorage, reordered)
    writePlayhead(localStorage, 42_000, doc)
    expect(reload().getState().positionMs).toBe(42_000)
  })

  it('a playhead past the end of the run is clamped to it', () => {
    writeAutosave(localStorage, doc)
    writePlayhead(localStorage, 2 ** 31, doc)
    const s = reload().getState()
    expect(s.positionMs).toBe(doc.durationMs)
  })
})

describe('usePlayheadAutosave', () => {
  it('saves the playhead when the page is hidden (a reload), against the document it is in', () => {
    const store = createAppStore()
    store.getState().openDocument(doc)
    writeAutosave(localStorage, store.getState().scenario)
    render(<Saver store={store} />)
    act(() => store.getState().seek(61_000))
    expect(localStorage.getItem(PLAYHEAD_KEY)).toBeNull() // not yet: after the quiet time, or at pagehide
    act(() => void window.dispatchEvent(new Event('pagehide')))
    expect(loadPlayhead(localStorage, doc)).toBe(61_000)
  })
})
