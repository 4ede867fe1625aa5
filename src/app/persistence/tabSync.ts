import type { Scenario } from '../../model'
import { AUTOSAVE_KEY, writeAutosave, type StorageLike } from './autosave'

/**
 * Several tabs share one autosave. Each tab remembers the saved text it last read or wrote; a saved text it does not
 * know was written by another tab, after it: newer work this tab must not overwrite without asking. Reading the other
 * tab's document (with the schema) is autosaveLoad.ts `scenarioOfSaved`, in the validator chunk.
 */
export type GuardedWrite = { kind: 'written'; text: string } | { kind: 'newer'; text: string } | { kind: 'failed' }

export function readSaved(storage: StorageLike): string | null {
  try {
    return storage.getItem(AUTOSAVE_KEY)
  } catch {
    return null
  }
}

/** Write unless another tab saved since `lastText`; then say so (and write nothing). */
export function guardedWrite(storage: StorageLike, scenario: Scenario, lastText: string | null): GuardedWrite {
  const now = readSaved(storage)
  if (now !== null && now !== lastText) return { kind: 'newer', text: now }
  if (!writeAutosave(storage, scenario)) return { kind: 'failed' }
  return { kind: 'written', text: readSaved(storage) ?? '' }
}
