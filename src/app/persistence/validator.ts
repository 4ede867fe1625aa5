/**
 * The validator chunk (#16): the document schema (zod), the share-link codec and what reads untrusted or unread input
 * at start. Never in the editor's first frame: `loadValidator()` fetches it, and start-up awaits it only when such
 * input exists (a `#s=` link, `?scenario=`, an example in another era, a saved comparison, an autosave the cheap check
 * cannot vouch for); an ordinary start fetches it after the first paint, to read the autosave (PersistenceProvider).
 */
export { loadAutosave, readAutosaveText, scenarioOfSaved } from './autosaveLoad'
export { restoreComparisonAtStartup } from './comparisonLoad'
export { readUrl } from '../share/openFromUrl'
export { applyShareView, lessonsForView } from '../share/applyShare'
export { parseScenario } from '../../model'
export { parseScenarioText } from './parseText'
