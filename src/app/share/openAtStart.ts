/**
 * What the editor opens from its URL at start, without the schema when it can (#16): a bundled example is our own
 * document, kept valid by a unit test (bundledExamples.test.ts), and is read as it is. A share link (`#s=`), an inline
 * `?scenario=` and an example shown in another era (`&era=`) are checked by the validator chunk
 * (persistence/validator.ts) before anything is shown, as they always were.
 */
import type { Scenario } from '../../model'
import { hasSavedComparison } from '../persistence/comparisonSave'
import { loadValidator } from '../persistence/loadValidator'
import type { StorageLike } from '../persistence/autosave'
import { loadExampleText, unknownExampleIssue } from './bundledExamples'
import type { UrlOpen } from './openFromUrl'

const LINK = /(^#?|&)s=/

/** Whether the URL carries a document the validator must read before it is shown. */
function untrustedUrl(search: string, hash: string): boolean {
  const params = new URLSearchParams(search)
  return LINK.test(hash) || params.has('scenario') || (params.has('example') && params.has('era'))
}

/**
 * Whether start-up needs the validator before the first frame anyway: untrusted input in the URL, or a saved
 * comparison to read back. Then the autosave is read with the schema too, as before (no cheap check).
 */
export function validatorNeededAtStart(search: string, hash: string, storage: StorageLike | null): boolean {
  return untrustedUrl(search, hash) || hasSavedComparison(storage)
}

/** The URL's document: the same answers as openFromUrl.ts `readUrl`, which it defers to for untrusted input. */
export async function readUrlAtStart(search: string, hash: string): Promise<UrlOpen> {
  if (untrustedUrl(search, hash)) return (await loadValidator()).readUrl(search, hash)
  const name = new URLSearchParams(search).get('example')
  if (name === null || name === '') return { kind: 'none' }
  const text = loadExampleText(name)
  if (text === null) return { kind: 'error', error: { name, issues: [unknownExampleIssue(name)] } }
  return { kind: 'ok', source: 'example', scenario: JSON.parse(await text) as Scenario, inputs: [], view: {} }
}
