/**
 * A saved comparison read back (comparisonSave.ts says what is saved): with the schema (zod), so this module is part
 * of the validator chunk (validator.ts), fetched at start only when a comparison is saved.
 */
import { z } from 'zod'
import { parseScenario, type Issue, type Scenario } from '../../model'
import type { AppStoreApi } from '../../store/createAppStore'
import { checkDocument, inputSchema, placeInputs, type ShareInput } from '../share/shareLink'
import { firstIssues } from './codec'
import { SET_ASIDE_PREFIX, type StorageLike } from './autosave'
import { localStorageOrNull, setAsideStamp } from './browserStorage'
import { COMPARISON_KEY, writeComparison, type ComparisonLoad, type SavedComparison } from './comparisonSave'

const MAX_MS = 2 ** 32 - 1
const savedSchema = z.strictObject({
  v: z.literal(1),
  kind: z.enum(['fork', 'eras']),
  atMs: z.number().int().min(0).max(MAX_MS),
  pane: z.enum(['original', 'fork']),
  original: z.unknown(),
  originalInputs: z.array(inputSchema).max(1000),
  fork: z.unknown(),
  forkInputs: z.array(inputSchema).max(1000),
})

const envelopeIssue = (path: string): Issue => ({
  path,
  code: 'autosave.envelope',
  message: 'The saved copy is not in the expected form.',
  severity: 'error',
})

const sameDocument = (a: Scenario, b: Scenario) => JSON.stringify(a) === JSON.stringify(b)

/** The saved comparison, read against the document restored as the fork (`stamp` names a set-aside copy). */
export function loadComparison(storage: StorageLike, document: Scenario, stamp: string): ComparisonLoad {
  let raw: string | null
  try {
    raw = storage.getItem(COMPARISON_KEY)
  } catch {
    return { kind: 'none' }
  }
  if (raw === null) return { kind: 'none' }
  const result = read(raw, document)
  if (result.kind === 'stale') writeComparison(storage, null)
  if (result.kind !== 'dropped') return result
  const setAsideKey = `${SET_ASIDE_PREFIX}comparison-${stamp}`
  try {
    storage.setItem(setAsideKey, raw)
    storage.removeItem(COMPARISON_KEY)
  } catch {
    return { kind: 'setAside', setAsideKey: COMPARISON_KEY, issues: result.issues, total: result.total }
  }
  return { kind: 'setAside', setAsideKey, issues: result.issues, total: result.total }
}

/** What `read` finds wrong, before the copy is set aside. */
type Dropped = { kind: 'dropped'; issues: Issue[]; total: number }

function read(raw: string, document: Scenario): Exclude<ComparisonLoad, { kind: 'setAside' }> | Dropped {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { kind: 'dropped', issues: [envelopeIssue('comparison')], total: 1 }
  }
  const shape = savedSchema.safeParse(json)
  if (!shape.success) {
    const path = shape.error.issues[0]?.path.join('/') ?? ''
    return { kind: 'dropped', issues: [envelopeIssue(path === '' ? 'comparison' : `comparison/${path}`)], total: 1 }
  }
  const d = shape.data
  const fork = parseScenario(d.fork)
  if (!fork.ok || !sameDocument(fork.scenario, document)) return { kind: 'stale' }
  const original = parseScenario(d.original)
  const bad = [
    ...checkDocument(d.original, d.originalInputs as ShareInput[], 'comparison/original'),
    ...checkDocument(d.fork, d.forkInputs as ShareInput[], 'comparison/fork'),
  ]
  if (!original.ok || bad.length > 0) return { kind: 'dropped', ...firstIssues(bad) }
  return {
    kind: 'loaded',
    saved: {
      ...d,
      original: original.scenario,
      fork: fork.scenario,
      originalInputs: d.originalInputs as ShareInput[],
      forkInputs: d.forkInputs as ShareInput[],
    },
  }
}

/** Bring a saved comparison back into a store whose document is its fork: both sides' inputs, fork time, pane. */
export function applySavedComparison(store: AppStoreApi, saved: SavedComparison): void {
  const injected = placeInputs(saved.forkInputs)
  const injectedCount = Math.max(0, ...injected.map((i) => Number(/^injected-(\d+)$/.exec(i.id)?.[1] ?? 0)))
  store.setState({ injected, injectedCount })
  store.getState().openComparison(
    {
      kind: saved.kind,
      atMs: saved.atMs,
      original: saved.original,
      originalInjected: placeInputs(saved.originalInputs),
    },
    saved.pane,
  )
}

/**
 * At startup, once the store holds the restored document: the saved comparison, if it still belongs to it. Returns
 * what to tell the user (null: nothing to say).
 */
export function restoreComparisonAtStartup(store: AppStoreApi): Extract<ComparisonLoad, { kind: 'setAside' }> | null {
  const storage = localStorageOrNull()
  if (!storage) return null
  const load = loadComparison(storage, store.getState().scenario, setAsideStamp())
  if (load.kind === 'loaded') applySavedComparison(store, load.saved)
  return load.kind === 'setAside' ? load : null
}
