import { ID_PATTERN, type Scenario, type NodeType } from '../model'
import { ID_PREFIX } from './scenarioDefaults'

/** The first free `<prefix>-<n>` among `taken`. */
function firstFree(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`
    if (!taken.has(id)) return id
  }
}

export function takenIds(doc: Scenario): Set<string> {
  const taken = new Set<string>()
  for (const n of doc.nodes) taken.add(n.id)
  for (const e of doc.edges) if (e.id !== undefined) taken.add(e.id)
  return taken
}

export function freshNodeId(type: NodeType, taken: Set<string>): string {
  const id = firstFree(ID_PREFIX[type], taken)
  taken.add(id)
  return id
}

/** `from:to` when it fits the id rules (readable in the JSON), else `edge-<n>`. */
export function freshEdgeId(from: string, to: string, taken: Set<string>): string {
  const pair = `${from}:${to}`
  let id = pair
  if (!ID_PATTERN.test(pair) || taken.has(pair))
    id = firstFree(pair.length <= 60 && ID_PATTERN.test(pair) ? pair : 'edge', taken)
  taken.add(id)
  return id
}
