/**
 * Whatever a URL opens becomes a copy the user owns (issue #16): autosaved at once, the earlier autosaved work set
 * aside (never dropped) when it differs, and the URL's scenario state cleared. No schema here: the editor's first
 * frame uses it (the document was read by openAtStart.ts or openFromUrl.ts).
 */
import type { Scenario } from '../../model'
import {
  AUTOSAVE_KEY,
  SET_ASIDE_PREFIX,
  writeAutosave,
  type AutosaveLoad,
  type StorageLike,
} from '../persistence/autosave'

/**
 * Remembers the last document opened from a URL (a 32-bit FNV-1a of its JSON), so an untouched copy of it is not set
 * aside again.
 */
export const LAST_OPENED_KEY = 'lambdascope:opened-from-url:v1'

export function fingerprint(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return `${text.length}:${h.toString(16)}`
}

export type Adopt = { keptAsideKey: string | null; autosaved: boolean }

/**
 * Makes the opened document the autosaved work. The earlier autosaved document is moved, byte for byte, to a set-aside
 * key when it holds something of the user's: it differs from what opens and is not an untouched copy of an earlier
 * link.
 */
export function adoptOpened(storage: StorageLike, scenario: Scenario, restored: AutosaveLoad, stamp: string): Adopt {
  let keptAsideKey: string | null = null
  try {
    const openedText = JSON.stringify(scenario)
    if (restored.kind === 'loaded') {
      const previousText = JSON.stringify(restored.scenario)
      const untouchedLinkCopy = storage.getItem(LAST_OPENED_KEY) === fingerprint(previousText)
      if (previousText !== openedText && !untouchedLinkCopy) {
        const raw = storage.getItem(AUTOSAVE_KEY)
        if (raw !== null) {
          keptAsideKey = `${SET_ASIDE_PREFIX}${stamp}`
          storage.setItem(keptAsideKey, raw)
        }
      }
    }
    // Only once the earlier work is safe is the autosave overwritten.
    const autosaved = writeAutosave(storage, scenario)
    if (autosaved) storage.setItem(LAST_OPENED_KEY, fingerprint(openedText))
    return { keptAsideKey, autosaved }
  } catch {
    // Storage full or blocked: nothing was overwritten (setItem of the set-aside copy failed first).
    return { keptAsideKey: null, autosaved: false }
  }
}

/**
 * The URL without the state that opened the document (`?example=`, `?era=`, `?scenario=`, `#s=…`); other parameters
 * stay.
 */
export function urlWithoutOpenState(href: string): string {
  const url = new URL(href)
  for (const name of ['example', 'era', 'scenario']) url.searchParams.delete(name)
  if (/(^|[#&])s=/.test(url.hash)) url.hash = ''
  return `${url.pathname}${url.search}${url.hash}`
}
