import { parseScenario, type Issue, type Scenario } from '../../model'
import type { AppStore } from '../../store/createAppStore'
import { useAppStore } from '../../store/useAppStore'

const NONE: readonly Issue[] = []

interface Memo {
  faults: Scenario['faults']
  edges: Scenario['edges']
  era: Scenario['era']
  limit: Scenario['accountConcurrencyLimit']
  issues: readonly Issue[]
}
/**
 * Keyed on the traffic list, checked against what else the issues depend on (documents are replaced, never mutated).
 */
const memo = new WeakMap<Scenario['traffic'], Memo>()

/** What the model says about the document's traffic and faults; the same array while none of their inputs changed. */
export function inputIssuesOf(s: Scenario): readonly Issue[] {
  if (s.traffic.length === 0 && s.faults.length === 0) return NONE
  const hit = memo.get(s.traffic)
  if (
    hit &&
    hit.faults === s.faults &&
    hit.edges === s.edges &&
    hit.era === s.era &&
    hit.limit === s.accountConcurrencyLimit
  )
    return hit.issues
  const parsed = parseScenario(s)
  const all = parsed.ok ? parsed.warnings : parsed.issues
  const issues = all.filter((i) => i.path.startsWith('traffic[') || i.path.startsWith('faults['))
  memo.set(s.traffic, { faults: s.faults, edges: s.edges, era: s.era, limit: s.accountConcurrencyLimit, issues })
  return issues
}

const selectInputIssues = (s: AppStore) => inputIssuesOf(s.scenario)

/**
 * Errors of a hand-written file and warnings such as an unwired source, shown at the entry they are about; re-read
 * only when traffic, faults, wires or the era change — not on every drag frame.
 */
export const useInputIssues = (): readonly Issue[] => useAppStore(selectInputIssues)

/** The issues located in one entry (`traffic[2]`, `traffic[2].source`…). */
export const issuesAt = (issues: readonly Issue[], list: 'traffic' | 'faults', index: number): Issue[] =>
  issues.filter((i) => i.path === `${list}[${index}]` || i.path.startsWith(`${list}[${index}].`))
