import { AUTOSAVE_KEY, ENVELOPE_ISSUES, setAsideAutosave, type AutosaveLoad } from './autosave'
import { readAutosaveCheaply } from './autosaveShape'
import { localStorageOrNull, setAsideStamp } from './browserStorage'
import { loadValidator } from './loadValidator'

/**
 * Read the autosave before the store is built, so a restored scenario is the first state (not an undo step). Without
 * the schema when the cheap check admits it (autosaveShape.ts): then `unchecked` holds the text the schema reads
 * after the first paint (PersistenceProvider). `withSchema`: the validator is needed at start anyway (a link, a
 * saved comparison…), so the autosave is read with the schema now.
 */
export async function restoreAtStartup(withSchema: boolean): Promise<AutosaveLoad> {
  const storage = localStorageOrNull()
  if (!storage) return { kind: 'none' }
  let raw: string | null
  try {
    raw = storage.getItem(AUTOSAVE_KEY)
  } catch {
    return { kind: 'none' }
  }
  if (raw === null) return { kind: 'none' }
  const cheap = withSchema ? null : readAutosaveCheaply(raw)
  if (cheap?.kind === 'admit') return { kind: 'loaded', scenario: cheap.scenario, unchecked: raw }
  if (cheap?.kind === 'envelope') return setAsideAutosave(storage, raw, setAsideStamp(), ENVELOPE_ISSUES)
  return (await loadValidator()).readAutosaveText(storage, raw, setAsideStamp())
}
