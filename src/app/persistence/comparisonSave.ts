/**
 * A comparison survives a reload (#19). The document being edited (the fork) is autosaved as always (autosave.ts);
 * beside it, under its own versioned key, the rest of the comparison: the original document, the inputs injected on
 * each side, the fork time and the pane shown. It carries a copy of the fork's document too, so a comparison saved
 * with another document than the one autosaved (another tab, a link opened since) is known to be stale, not misread.
 * A saved comparison that does not read is set aside, not dropped (moved as it was to a set-aside key, like a broken
 * autosave: autosave.ts), with located issues; the autosaved document is never touched. Saving is here; reading
 * it back (with the schema, zod) is comparisonLoad.ts, in the validator chunk.
 */
import type { Issue, Scenario } from '../../model'
import type { AppStoreApi } from '../../store/createAppStore'
import type { TimedFault } from '../../store/playback/inputs'
import type { ShareInput } from '../share/shareLink'
import type { StorageLike } from './autosave'

/** Versioned key: a later format gets a new key (and a migration), never a misread of this one. */
export const COMPARISON_KEY = 'lambdascope:comparison:v1'

/** What is stored under COMPARISON_KEY. */
export interface SavedComparison {
  v: 1
  kind: 'fork' | 'eras'
  atMs: number
  pane: 'original' | 'fork'
  original: Scenario
  originalInputs: ShareInput[]
  fork: Scenario
  forkInputs: ShareInput[]
}

export type ComparisonLoad =
  | { kind: 'none' }
  | { kind: 'loaded'; saved: SavedComparison }
  /** Saved with another document than the autosaved one: forgotten without a word (it belongs to work set aside). */
  | { kind: 'stale' }
  /**
   * It did not read: moved, as it was, to `setAsideKey` (the user can download it), and the issues say why; the
   * document is kept. When storage is too full to move it, `setAsideKey` is COMPARISON_KEY itself (still not lost: no
   * comparison is saved over it until one is opened).
   */
  | { kind: 'setAside'; setAsideKey: string; issues: Issue[]; total: number }

const asInputs = (inputs: readonly TimedFault[]): ShareInput[] =>
  inputs.map((i) => ({ id: i.id, atMs: i.atMs, request: i.request }))

/** The store's comparison as saved; null when there is none. */
export function comparisonOf(s: ReturnType<AppStoreApi['getState']>): SavedComparison | null {
  const c = s.compare
  if (c === null) return null
  return {
    v: 1,
    kind: c.kind,
    atMs: c.atMs,
    pane: s.comparePane,
    original: c.original,
    originalInputs: asInputs(c.originalInjected),
    fork: s.scenario,
    forkInputs: asInputs(s.injected),
  }
}

/** Write (or, with null, remove) the saved comparison; false when storage refuses. */
export function writeComparison(storage: StorageLike, saved: SavedComparison | null): boolean {
  try {
    if (saved === null) storage.removeItem(COMPARISON_KEY)
    else storage.setItem(COMPARISON_KEY, JSON.stringify(saved))
    return true
  } catch {
    return false
  }
}

/** Whether a comparison is saved (then the validator chunk reads it at start: comparisonLoad.ts). Never throws. */
export function hasSavedComparison(storage: StorageLike | null): boolean {
  try {
    return storage?.getItem(COMPARISON_KEY) != null
  } catch {
    return false
  }
}
