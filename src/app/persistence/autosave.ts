import type { Issue, Scenario } from '../../model'

/** Versioned key: a future format gets a new key and a migration, never a silent misread of this one. */
export const AUTOSAVE_KEY = 'lambdascope:autosave:v1'
export const SET_ASIDE_PREFIX = 'lambdascope:set-aside:'

/** What is stored under AUTOSAVE_KEY. */
interface AutosaveEnvelope {
  v: 1
  scenario: Scenario
}

export type AutosaveLoad =
  | { kind: 'none' }
  /**
   * `unchecked`: the stored text, shown after the cheap check only (autosaveShape.ts); the schema reads it after the
   * first paint (PersistenceProvider.tsx) and sets it aside if it fails.
   */
  | { kind: 'loaded'; scenario: Scenario; unchecked?: string }
  /**
   * The saved copy did not load: its text was moved to `setAsideKey` untouched, and the issues say why. When storage
   * was too full to move it, `setAsideKey` is AUTOSAVE_KEY itself and autosave must stay off until the user decides.
   */
  | { kind: 'setAside'; setAsideKey: string; issues: Issue[]; total: number }

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** The stored document, or undefined when the text is not our envelope. */
export function unwrapAutosave(raw: string): unknown {
  try {
    const value: unknown = JSON.parse(raw)
    if (typeof value === 'object' && value !== null && (value as { v?: unknown }).v === 1 && 'scenario' in value)
      return (value as { scenario: unknown }).scenario
  } catch {
    return undefined
  }
  return undefined
}

/** Why a saved text is not our envelope at all (not JSON, or no `{v: 1, scenario}`). */
export const ENVELOPE_ISSUES = {
  total: 1,
  issues: [
    {
      path: '(document)',
      code: 'autosave.envelope',
      message: 'The saved copy is not in the expected form.',
      severity: 'error',
    } satisfies Issue,
  ],
}

/**
 * A saved copy that does not load is never dropped: its text `raw` is moved, byte for byte, to a set-aside key (named
 * with `stamp`) and reported with `found`, so the user can download it and nothing is overwritten. The reading itself
 * is the caller's: autosaveLoad.ts (the schema), or the envelope check alone (startupRestore.ts).
 */
export function setAsideAutosave(
  storage: StorageLike,
  raw: string,
  stamp: string,
  found: { issues: Issue[]; total: number },
): Extract<AutosaveLoad, { kind: 'setAside' }> {
  const setAsideKey = `${SET_ASIDE_PREFIX}${stamp}`
  try {
    storage.setItem(setAsideKey, raw)
    // Only the text that failed: never a newer save written since it was read.
    if (storage.getItem(AUTOSAVE_KEY) === raw) storage.removeItem(AUTOSAVE_KEY)
  } catch {
    // Storage full: leave the broken copy where it is (still not lost); autosave will not overwrite it (the provider
    // pauses while the set-aside key is AUTOSAVE_KEY).
    return { kind: 'setAside', setAsideKey: AUTOSAVE_KEY, issues: found.issues, total: found.total }
  }
  return { kind: 'setAside', setAsideKey, issues: found.issues, total: found.total }
}

/** Write the scenario; false when storage refuses (full, private mode), so the UI can say so. */
export function writeAutosave(storage: StorageLike, scenario: Scenario): boolean {
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ v: 1, scenario } satisfies AutosaveEnvelope))
    return true
  } catch {
    return false
  }
}

export interface Debounced<T> {
  (value: T): void
  flush: () => void
  cancel: () => void
}

/** Trailing debounce: many edits (a drag, typing) become one write after `delayMs` of quiet. */
export function debounce<T>(fn: (value: T) => void, delayMs: number): Debounced<T> {
  let timer: ReturnType<typeof setTimeout> | null = null
  let last: { value: T } | null = null
  const run = () => {
    timer = null
    if (last) fn(last.value)
    last = null
  }
  const d = ((value: T) => {
    last = { value }
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(run, delayMs)
  }) as Debounced<T>
  d.flush = () => {
    if (timer !== null) clearTimeout(timer)
    run()
  }
  d.cancel = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    last = null
  }
  return d
}

/** What `saveOnChange` watches: a zustand-style store (state and previous state on every change). */
interface Watchable<S> {
  subscribe: (listener: (state: S, prev: S) => void) => () => void
}

/**
 * Writes `write(state)` after `delayMs` of quiet whenever `changed(state, prev)`, and at once when the page is hidden
 * or the watch stops (so the last edit before a reload or an unmount is never lost). Returns the stop.
 */
export function saveOnChange<S>(
  store: Watchable<S>,
  changed: (state: S, prev: S) => boolean,
  write: (state: S) => void,
  delayMs: number,
): () => void {
  const save = debounce(write, delayMs)
  const unsubscribe = store.subscribe((state, prev) => {
    if (changed(state, prev)) save(state)
  })
  const flush = () => save.flush()
  window.addEventListener('pagehide', flush)
  return () => {
    unsubscribe()
    window.removeEventListener('pagehide', flush)
    save.flush()
  }
}
