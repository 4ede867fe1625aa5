import { loadAutosave, type AutosaveLoad } from './autosave'

/** Read the autosave before the store is built, so a restored scenario is the first state (not an undo step). */
export function restoreAtStartup(): AutosaveLoad {
  let storage: Storage
  try {
    storage = window.localStorage
  } catch {
    return { kind: 'none' }
  }
  return loadAutosave(storage, new Date().toISOString().replace(/[:.]/g, '-'))
}
