/**
 * The playhead survives a reload (#19), for a plain document and for a comparison alike (one transport: the store's
 * `positionMs`). Kept under its own key, not in the autosave envelope: it moves at event rate while playing, and the
 * autosave's text is what tabs compare to notice another tab's newer work (tabSync.ts). It names the document it goes
 * with (a short fingerprint), so a playhead saved with other work is not applied to this one.
 */
import { useEffect } from 'react'
import type { Scenario } from '../../model'
import type { AppStoreApi } from '../../store/createAppStore'
import { AUTOSAVE_KEY, saveOnChange, type StorageLike } from './autosave'
import { localStorageOrNull } from './browserStorage'

export const PLAYHEAD_KEY = 'lambdascope:playhead:v1'

const MAX_MS = 2 ** 32 - 1

/** What is stored under PLAYHEAD_KEY. */
interface SavedPlayhead {
  v: 1
  positionMs: number
  /** fingerprint() of the document it was saved with. */
  of: string
}

/**
 * Three fields of our own writing, checked by hand: the schema library (zod) is not in the editor's first frame, and
 * the playhead is restored before it (#16). Exactly these keys, as the strict schema did.
 */
export function readSavedPlayhead(json: unknown): SavedPlayhead | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null
  const o = json as Record<string, unknown>
  const keys = Object.keys(o)
  const exact = keys.length === 3 && ['v', 'positionMs', 'of'].every((k) => keys.includes(k))
  if (!exact || o.v !== 1 || typeof o.of !== 'string' || o.of.length > 40) return null
  const p = o.positionMs
  if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > MAX_MS) return null
  return { v: 1, positionMs: p, of: o.of }
}

/**
 * A document's fingerprint: FNV-1a (32 bit) and length of its JSON with keys sorted (a document read back from
 * storage may list its keys in another order than the one edited in the store).
 */
export function fingerprint(scenario: unknown): string {
  const text = JSON.stringify(scenario, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  )
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return `${text.length}:${(h >>> 0).toString(16)}`
}

const read = (storage: StorageLike, key: string): string | null => {
  try {
    return storage.getItem(key)
  } catch {
    return null
  }
}

/** Save the playhead with the document it is in. */
export function writePlayhead(storage: StorageLike, positionMs: number, scenario: Scenario): boolean {
  try {
    storage.setItem(
      PLAYHEAD_KEY,
      JSON.stringify({
        v: 1,
        positionMs: Math.max(0, Math.round(positionMs)),
        of: fingerprint(scenario),
      } satisfies SavedPlayhead),
    )
    return true
  } catch {
    return false
  }
}

/** The autosaved document as stored (before the model reads it), or undefined. */
function storedDocument(storage: StorageLike): unknown {
  const text = read(storage, AUTOSAVE_KEY)
  try {
    return text === null ? undefined : (JSON.parse(text) as { scenario?: unknown }).scenario
  } catch {
    return undefined
  }
}

/**
 * The saved playhead if it was saved with `document` (the restored one): as the model read it back (saved after the
 * last reload, with no edit since) or as the autosave stored it (saved with an edit, written as it was in the store).
 * Null otherwise; never throws.
 */
export function loadPlayhead(storage: StorageLike, document: Scenario): number | null {
  const raw = read(storage, PLAYHEAD_KEY)
  if (raw === null) return null
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return null
  }
  const saved = readSavedPlayhead(json)
  if (saved === null) return null
  const stored = storedDocument(storage)
  const matches = saved.of === fingerprint(document) || (stored !== undefined && saved.of === fingerprint(stored))
  return matches ? saved.positionMs : null
}

/**
 * At startup, once the document (and its comparison) are restored: back to the saved moment, paused there (the seek
 * clamps it to the run). Not for a link, which carries its own playhead.
 */
export function restorePlayheadAtStartup(store: AppStoreApi): void {
  const storage = localStorageOrNull()
  if (!storage) return
  const positionMs = loadPlayhead(storage, store.getState().scenario)
  if (positionMs !== null && positionMs > 0) store.getState().seek(positionMs)
}

/**
 * Saves the playhead after `delayMs` of quiet and when the page is hidden (a reload), beside the document's autosave
 * and under the same conditions.
 */
export function usePlayheadAutosave(store: AppStoreApi, enabled: boolean, delayMs: number): void {
  useEffect(() => {
    const storage = enabled ? localStorageOrNull() : null
    if (!storage) return
    return saveOnChange(
      store,
      (s, prev) => s.positionMs !== prev.positionMs || s.scenario !== prev.scenario,
      (s) => writePlayhead(storage, s.positionMs, s.scenario),
      delayMs,
    )
  }, [store, enabled, delayMs])
}
