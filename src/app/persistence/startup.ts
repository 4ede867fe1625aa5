import { loadAutosave, type AutosaveLoad } from './autosave'
import { localStorageOrNull, setAsideStamp } from './browserStorage'

/** Read the autosave before the store is built, so a restored scenario is the first state (not an undo step). */
export function restoreAtStartup(): AutosaveLoad {
  const storage = localStorageOrNull()
  return storage ? loadAutosave(storage, setAsideStamp()) : { kind: 'none' }
}
