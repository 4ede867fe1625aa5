import { formatPath, parseScenario, type Issue, type Scenario } from '../../model'
import { setAtPath, type FieldPath } from './docPath'

/**
 * What an inspector form edits: the scenario's own settings, or one node, edge, traffic entry or fault by its index.
 */
export type EditTarget =
  | { kind: 'scenario' }
  | { kind: 'node'; index: number }
  | { kind: 'edge'; index: number }
  | { kind: 'traffic'; index: number }
  | { kind: 'fault'; index: number }

const LIST_OF = { node: 'nodes', edge: 'edges', traffic: 'traffic', fault: 'faults' } as const

export type EditResult = { ok: true; scenario: Scenario } | { ok: false; issues: Issue[] }

/** The document path of a field, as the model's issues spell it (`nodes[2].config.timeoutMs`). */
export function fieldDocPath(target: EditTarget, path: FieldPath): string {
  if (target.kind === 'scenario') return formatPath(path)
  return formatPath([LIST_OF[target.kind], target.index, ...path])
}

/** `item` with `path` set; the empty path replaces the whole item (a traffic pattern switched to another kind). */
const setIn = <T extends object>(item: T, path: FieldPath, value: unknown): T =>
  path.length === 0 ? (value as T) : setAtPath(item, path, value)

export function withValue(s: Scenario, target: EditTarget, path: FieldPath, value: unknown): Scenario {
  if (target.kind === 'scenario') return setAtPath(s, path, value)
  const at = target.index
  switch (target.kind) {
    case 'node':
      return { ...s, nodes: s.nodes.map((n, i) => (i === at ? setIn(n, path, value) : n)) }
    case 'edge':
      return { ...s, edges: s.edges.map((e, i) => (i === at ? setIn(e, path, value) : e)) }
    case 'traffic':
      return { ...s, traffic: s.traffic.map((t, i) => (i === at ? setIn(t, path, value) : t)) }
    case 'fault':
      return { ...s, faults: s.faults.map((f, i) => (i === at ? setIn(f, path, value) : f)) }
  }
}

const issueKey = (i: Issue) => `${i.path}|${i.code}`

/**
 * Try a change the way AWS would take it: the whole document is validated (schema, era, AWS create-time rules) and the
 * change is refused with located reasons if it brings a new error. Errors the document already had do not block it,
 * so one broken corner never freezes the rest. `value` undefined = back to the AWS default.
 */
export function tryEdit(s: Scenario, target: EditTarget, path: FieldPath, value: unknown): EditResult {
  return tryScenario(s, withValue(s, target, path, value))
}

export function tryScenario(current: Scenario, candidate: Scenario): EditResult {
  const after = parseScenario(candidate)
  // The candidate, not zod's copy: unchanged nodes keep their identity, so the canvas re-renders only what changed.
  if (after.ok) return { ok: true, scenario: candidate }
  const before = parseScenario(current)
  const known = new Set(before.ok ? [] : before.issues.map(issueKey))
  const fresh = after.issues.filter((i) => i.severity === 'error' && !known.has(issueKey(i)))
  return fresh.length === 0 ? { ok: true, scenario: candidate } : { ok: false, issues: fresh }
}
