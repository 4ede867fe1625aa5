import { afterEach, describe, expect, it, vi } from 'vitest'
import { SCENARIO_FORMAT, type Scenario } from '../../model'
import { AUTOSAVE_KEY, debounce, saveOnChange, SET_ASIDE_PREFIX, writeAutosave, type StorageLike } from './autosave'
import { loadAutosave } from './autosaveLoad'

const doc: Scenario = {
  format: SCENARIO_FORMAT,
  title: 'Orders',
  era: 'current',
  seed: 7,
  durationMs: 60_000,
  nodes: [{ id: 'fn', type: 'lambda', config: { timeoutMs: 10_000 } }],
  edges: [],
  traffic: [],
  faults: [],
}

function memoryStorage(
  initial: Record<string, string> = {},
  full = false,
): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('full', 'QuotaExceededError')
      data.set(k, v)
    },
    removeItem: (k) => void data.delete(k),
  }
}

describe('autosave', () => {
  it('round-trips a scenario under the versioned key', () => {
    const st = memoryStorage()
    expect(writeAutosave(st, doc)).toBe(true)
    expect([...st.data.keys()]).toEqual([AUTOSAVE_KEY])
    expect(loadAutosave(st, 'x')).toEqual({ kind: 'loaded', scenario: doc })
  })
  it('reports nothing saved', () => {
    expect(loadAutosave(memoryStorage(), 'x')).toEqual({ kind: 'none' })
  })
  it('sets a copy that fails validation aside, byte for byte, with located issues', () => {
    const raw = JSON.stringify({
      v: 1,
      scenario: { ...doc, nodes: [{ id: 'fn', type: 'lambda', config: { timeoutMs: 5 } }] },
    })
    const st = memoryStorage({ [AUTOSAVE_KEY]: raw })
    const r = loadAutosave(st, '2026-01-01T00-00-00Z')
    expect(r).toMatchObject({ kind: 'setAside', setAsideKey: `${SET_ASIDE_PREFIX}2026-01-01T00-00-00Z`, total: 1 })
    if (r.kind === 'setAside') expect(r.issues[0]?.path).toBe('nodes[0].config.timeoutMs')
    expect(st.data.get(`${SET_ASIDE_PREFIX}2026-01-01T00-00-00Z`)).toBe(raw)
    expect(st.data.has(AUTOSAVE_KEY)).toBe(false)
  })
  it('sets aside text that is not JSON or not our envelope', () => {
    for (const raw of ['{not json', JSON.stringify(doc), '[]']) {
      const st = memoryStorage({ [AUTOSAVE_KEY]: raw })
      const r = loadAutosave(st, 's')
      expect(r.kind).toBe('setAside')
      expect(st.data.get(`${SET_ASIDE_PREFIX}s`)).toBe(raw)
    }
  })
  it('leaves the broken copy in place when storage is full, and says so', () => {
    const st = memoryStorage({ [AUTOSAVE_KEY]: '{' }, true)
    expect(loadAutosave(st, 's')).toMatchObject({ kind: 'setAside', setAsideKey: AUTOSAVE_KEY })
    expect(st.data.get(AUTOSAVE_KEY)).toBe('{')
    expect(writeAutosave(st, doc)).toBe(false)
  })
})

describe('debounce', () => {
  afterEach(() => void vi.useRealTimers())
  it('writes once after quiet, with the last value; flush writes now; cancel drops', () => {
    vi.useFakeTimers()
    const seen: number[] = []
    const d = debounce((v: number) => seen.push(v), 500)
    for (let i = 0; i < 100; i++) d(i)
    vi.advanceTimersByTime(499)
    expect(seen).toEqual([])
    vi.advanceTimersByTime(1)
    expect(seen).toEqual([99])
    d(1)
    d.flush()
    expect(seen).toEqual([99, 1])
    d(2)
    d.cancel()
    vi.advanceTimersByTime(1000)
    expect(seen).toEqual([99, 1])
  })
})

describe('saveOnChange', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })
  it('writes the last changed state after quiet, at once on pagehide and on stop, and ignores other changes', () => {
    vi.useFakeTimers()
    vi.stubGlobal('window', new EventTarget())
    type State = { n: number; other: number }
    const watch: { listener: ((s: State, prev: State) => void) | null } = { listener: null }
    const store = {
      subscribe: (l: (s: State, prev: State) => void) => {
        watch.listener = l
        return () => void (watch.listener = null)
      },
    }
    const written: number[] = []
    const stop = saveOnChange(
      store,
      (s, prev) => s.n !== prev.n,
      (s) => written.push(s.n),
      500,
    )
    const change = (n: number, other = 0) => watch.listener?.({ n, other }, { n: n - 1, other: 0 })
    watch.listener?.({ n: 0, other: 1 }, { n: 0, other: 0 }) // not what it watches
    vi.advanceTimersByTime(1000)
    expect(written).toEqual([])
    change(1)
    change(2)
    vi.advanceTimersByTime(500)
    expect(written).toEqual([2])
    change(3)
    window.dispatchEvent(new Event('pagehide'))
    expect(written).toEqual([2, 3])
    change(4)
    stop()
    expect(written).toEqual([2, 3, 4])
    expect(watch.listener).toBeNull()
    window.dispatchEvent(new Event('pagehide'))
    expect(written).toEqual([2, 3, 4])
  })
})
