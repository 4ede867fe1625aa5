/** #19: a comparison survives a reload — the saved format (versioned, zod-validated), and a bad copy is set aside. */
import { describe, expect, it, vi } from 'vitest'
import { act, fireEvent, render, screen } from '@testing-library/react'
import kinesis from '../../../examples/kinesis-poison.json'
import type { Scenario } from '../../model'
import { createAppStore, type AppStoreApi } from '../../store/createAppStore'
import { compareFigures } from '../../store/forkRun'
import { originalRunOf } from '../../store/forkSlice'
import { selectPlaybackRun } from '../../store/playback/selectors'
import { AppStoreProvider } from '../../store/AppStoreProvider'
import { AUTOSAVE_KEY, SET_ASIDE_PREFIX, writeAutosave } from './autosave'
import { loadAutosave } from './autosaveLoad'
import * as download from './download'
import { ComparisonSetAsideNotice } from './ComparisonSetAsideNotice'
import { COMPARISON_KEY, comparisonOf, writeComparison } from './comparisonSave'
import { loadComparison, restoreComparisonAtStartup } from './comparisonLoad'
import { useComparisonAutosave } from './useComparisonAutosave'

const doc = kinesis as unknown as Scenario

/** Kinesis forked at T+30 s, the fork edited, an input on each side, the original's pane shown. */
function comparing(): AppStoreApi {
  const store = createAppStore()
  store.getState().openDocument(doc)
  store.getState().seek(30_000)
  store.getState().startFork()
  store.getState().updateEdge('clicks-esm', {
    config: { batchSize: 100, startingPosition: 'TRIM_HORIZON', bisectOnError: true, maxRetryAttempts: 2 },
  })
  store.getState().seek(40_000)
  store.getState().injectFault({ kind: 'event', source: 'clicks' })
  const c = store.getState().compare!
  const input = {
    id: 'injected-7',
    atMs: 45_000,
    request: { kind: 'fault' as const, fault: { kind: 'fail' as const, target: 'aggregator' } },
  }
  store
    .getState()
    .setOriginalInjected([
      ...c.originalInjected,
      { ...input, faults: [{ kind: 'fail', target: 'aggregator', id: input.id, atMs: input.atMs }], traffic: [] },
    ])
  store.getState().showComparePane('original')
  return store
}

/** What a reload does: the document from the autosave, then the comparison saved beside it. */
function reload(): { store: AppStoreApi; dropped: ReturnType<typeof restoreComparisonAtStartup> } {
  const restored = loadAutosave(localStorage, 'stamp')
  if (restored.kind !== 'loaded') throw new Error(`autosave did not load: ${restored.kind}`)
  const store = createAppStore({ scenario: restored.scenario })
  return { store, dropped: restoreComparisonAtStartup(store) }
}

const save = (store: AppStoreApi) => {
  writeAutosave(localStorage, store.getState().scenario)
  writeComparison(localStorage, comparisonOf(store.getState()))
}

const figures = (store: AppStoreApi) =>
  compareFigures(originalRunOf(store.getState())!, selectPlaybackRun(store.getState()))

describe('a saved comparison (#19)', () => {
  it('comes back after a reload: both documents, both sides’ inputs, the fork time, the pane — and the same diff', () => {
    const before = comparing()
    save(before)
    const { store, dropped } = reload()
    expect(dropped).toBeNull()
    const s = store.getState()
    const c = s.compare!
    expect(c.kind).toBe('fork')
    expect(c.atMs).toBe(30_000)
    expect(c.original).toEqual(doc)
    expect(c.originalInjected).toEqual(before.getState().compare!.originalInjected)
    expect(s.injected).toEqual(before.getState().injected)
    expect(s.comparePane).toBe('original')
    expect(s.scenario).toEqual(before.getState().scenario)
    expect(figures(store)).toEqual(figures(before))
    // The next input on the fork's side does not reuse an id.
    expect(store.getState().injectFault({ kind: 'event', source: 'clicks' })).toBe('injected-2')
  })

  it('is stored versioned, as plain data', () => {
    save(comparing())
    const raw = JSON.parse(localStorage.getItem(COMPARISON_KEY)!) as Record<string, unknown>
    expect(raw).toMatchObject({ v: 1, kind: 'fork', atMs: 30_000, pane: 'original' })
    expect(Object.keys(raw).sort()).toEqual([
      'atMs',
      'fork',
      'forkInputs',
      'kind',
      'original',
      'originalInputs',
      'pane',
      'v',
    ])
  })

  it.each([
    ['not JSON', () => '{"v":1,', 'comparison'],
    ['another version', (raw: string) => raw.replace('"v":1', '"v":2'), 'comparison/v'],
    ['an unknown field', (raw: string) => raw.replace('"v":1', '"v":1,"extra":true'), 'comparison'],
    ['a fork time that is no time', (raw: string) => raw.replace('"atMs":30000', '"atMs":-5'), 'comparison/atMs'],
    [
      'an original document that does not read',
      (raw: string) => raw.replace('"original":{', '"original":{"bogus":1,'),
      'comparison/original',
    ],
    [
      'an input aimed at a node that is not there',
      (raw: string) => raw.replace('"target":"aggregator"', '"target":"nobody"'),
      'comparison/original',
    ],
  ])('with %s is set aside, not dropped, with a located message; the document is kept', (_, corrupt, path) => {
    const before = comparing()
    save(before)
    const autosaved = localStorage.getItem(AUTOSAVE_KEY)
    const broken = corrupt(localStorage.getItem(COMPARISON_KEY)!)
    localStorage.setItem(COMPARISON_KEY, broken)
    const { store, dropped } = reload()
    expect(dropped?.issues[0]?.path.startsWith(path)).toBe(true)
    expect(store.getState().compare).toBeNull()
    expect(store.getState().scenario).toEqual(before.getState().scenario)
    expect(localStorage.getItem(AUTOSAVE_KEY)).toBe(autosaved)
    // moved, byte for byte, out of the way of the next comparison saved
    expect(localStorage.getItem(COMPARISON_KEY)).toBeNull()
    const key = dropped!.setAsideKey
    expect(key.startsWith(`${SET_ASIDE_PREFIX}comparison-`)).toBe(true)
    expect(localStorage.getItem(key)).toBe(broken)

    const saveFile = vi.spyOn(download, 'downloadText').mockImplementation(() => undefined)
    try {
      render(
        <AppStoreProvider store={store}>
          <ComparisonSetAsideNotice storageKey={key} issues={dropped!.issues} />
        </AppStoreProvider>,
      )
      const alert = screen.getByRole('alert')
      expect(alert.textContent).toContain('The comparison could not be restored')
      expect(alert.textContent).toContain(`It was set aside, not deleted (storage key ${key})`)
      expect(alert.textContent).toContain('your document is kept as it was.')
      expect(alert.textContent).toContain(dropped!.issues[0]!.path)
      // the banner offers it as it was stored, as the document's own set-aside copy is offered
      fireEvent.click(screen.getByRole('button', { name: 'Download the saved copy' }))
      expect(saveFile).toHaveBeenCalledWith('set-aside-comparison.json', broken)
      fireEvent.click(screen.getByRole('button', { name: 'Discard it' }))
      expect(localStorage.getItem(key)).toBeNull()
      expect(screen.queryByRole('alert')).toBeNull()
    } finally {
      saveFile.mockRestore()
    }
  })

  it('stays under its own key when storage is too full to move it (still not lost)', () => {
    save(comparing())
    const broken = '{"v":1,'
    localStorage.setItem(COMPARISON_KEY, broken)
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    try {
      const { dropped } = reload()
      expect(dropped?.setAsideKey).toBe(COMPARISON_KEY)
      expect(localStorage.getItem(COMPARISON_KEY)).toBe(broken)
    } finally {
      full.mockRestore()
    }
  })

  it('saved with another document (another tab, a link opened since) is forgotten without a word', () => {
    save(comparing())
    writeAutosave(localStorage, { ...doc, title: 'Something else' })
    const { store, dropped } = reload()
    expect(dropped).toBeNull()
    expect(store.getState().compare).toBeNull()
    expect(localStorage.getItem(COMPARISON_KEY)).toBeNull()
    expect(loadComparison(localStorage, store.getState().scenario, 'stamp')).toEqual({ kind: 'none' })
  })
})

function Saver({ store }: { store: AppStoreApi }) {
  useComparisonAutosave(store, true, 400)
  return null
}

describe('useComparisonAutosave', () => {
  it('writes after the quiet time what changed (the pane, an input) and removes it when the comparison ends', () => {
    vi.useFakeTimers()
    try {
      const store = comparing()
      render(<Saver store={store} />)
      const saved = () =>
        JSON.parse(localStorage.getItem(COMPARISON_KEY) ?? 'null') as { pane: string; forkInputs: unknown[] } | null
      expect(saved()?.pane).toBe('original')
      act(() => store.getState().showComparePane('fork'))
      expect(saved()?.pane).toBe('original')
      act(() => vi.advanceTimersByTime(400))
      expect(saved()?.pane).toBe('fork')
      act(() => void store.getState().injectFault({ kind: 'event', source: 'clicks' }))
      act(() => vi.advanceTimersByTime(400))
      expect(saved()?.forkInputs).toHaveLength(2)
      act(() => store.getState().leaveComparison('fork'))
      act(() => vi.advanceTimersByTime(400))
      expect(localStorage.getItem(COMPARISON_KEY)).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })
})
