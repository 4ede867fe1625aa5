import { parseScenario, type Scenario } from '../../model'
import { firstIssues } from './codec'
import {
  AUTOSAVE_KEY,
  ENVELOPE_ISSUES,
  setAsideAutosave,
  unwrapAutosave,
  type AutosaveLoad,
  type StorageLike,
} from './autosave'

/**
 * The autosaved text read with the document schema (zod): part of the validator chunk (validator.ts). A copy that
 * fails to load is set aside, never dropped (autosave.ts `setAsideAutosave`).
 */
export function readAutosaveText(storage: StorageLike, raw: string, stamp: string): AutosaveLoad {
  const inner = unwrapAutosave(raw)
  const parsed = inner === undefined ? null : parseScenario(inner)
  if (parsed?.ok) return { kind: 'loaded', scenario: parsed.scenario }
  return setAsideAutosave(storage, raw, stamp, parsed ? firstIssues(parsed.issues) : ENVELOPE_ISSUES)
}

/** Read the autosaved scenario with the schema; see readAutosaveText. */
export function loadAutosave(storage: StorageLike, stamp: string): AutosaveLoad {
  let raw: string | null
  try {
    raw = storage.getItem(AUTOSAVE_KEY)
  } catch {
    return { kind: 'none' }
  }
  return raw === null ? { kind: 'none' } : readAutosaveText(storage, raw, stamp)
}

/** The scenario another tab saved, if it reads as one. */
export function scenarioOfSaved(text: string): Scenario | null {
  try {
    const value = JSON.parse(text) as { v?: unknown; scenario?: unknown }
    if (value?.v !== 1) return null
    const parsed = parseScenario(value.scenario)
    return parsed.ok ? parsed.scenario : null
  } catch {
    return null
  }
}
