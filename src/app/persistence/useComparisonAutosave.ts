import { useEffect } from 'react'
import type { AppStoreApi } from '../../store/createAppStore'
import { saveOnChange } from './autosave'
import { comparisonOf, writeComparison } from './comparisonSave'
import { localStorageOrNull } from './browserStorage'

/**
 * Saves the comparison (#19) beside the autosaved document, with the same quiet time, whenever it changes: the
 * comparison itself, the pane shown, the fork's document or either side's inputs. Leaving the comparison removes it.
 * `enabled` follows the document's autosave (off for a benchmark, a full storage or another tab's newer save).
 */
export function useComparisonAutosave(store: AppStoreApi, enabled: boolean, delayMs: number): void {
  useEffect(() => {
    const storage = enabled ? localStorageOrNull() : null
    if (!storage) return
    // Now, too: a comparison opened from a link, or one restored, is saved against the document as it is now. (None
    // now leaves a saved one alone: it may be another tab's; one saved with another document reads as stale anyway.)
    const now = comparisonOf(store.getState())
    if (now !== null) writeComparison(storage, now)
    return saveOnChange(
      store,
      (s, prev) =>
        s.compare !== prev.compare ||
        s.comparePane !== prev.comparePane ||
        (s.compare !== null && (s.scenario !== prev.scenario || s.injected !== prev.injected)),
      (s) => writeComparison(storage, comparisonOf(s)),
      delayMs,
    )
  }, [store, enabled, delayMs])
}
