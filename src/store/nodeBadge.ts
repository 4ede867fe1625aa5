import {
  inferEdgeRole,
  invocationStyle,
  type InvocationStyle,
  type NodeId,
  type NodeType,
  type Scenario,
  type ScenarioNode,
} from '../model'

/** Styles drawn as a badge on a node (the rest — function, network, data, group — say it with the icon and type). */
const BADGED: ReadonlySet<InvocationStyle> = new Set(['sync', 'async', 'polled', 'target'])

export const isBadged = (style: InvocationStyle): boolean => BADGED.has(style)

/** The style a node type has on its own, before wiring (§1.2; SES and a client follow their invocation type). */
function ownStyle(node: ScenarioNode, era: Scenario['era']): InvocationStyle {
  return invocationStyle(
    node.type,
    era,
    node.type === 'ses' || node.type === 'client' ? node.config?.invocationType : undefined,
  )
}

const cache = new WeakMap<Scenario, ReadonlyMap<NodeId, InvocationStyle>>()
/**
 * Per edge list: the nodes it was derived with. A drag makes new documents and nodes but keeps edges, types, configs.
 */
const byEdges = new WeakMap<
  Scenario['edges'],
  { nodes: Scenario['nodes']; era: Scenario['era']; badges: ReadonlyMap<NodeId, InvocationStyle> }
>()

const sameKinds = (a: Scenario['nodes'], b: Scenario['nodes']) =>
  a === b ||
  (a.length === b.length && a.every((n, i) => n.id === b[i]?.id && n.type === b[i]?.type && n.config === b[i]?.config))

/**
 * What each node *is in this scenario*, for its badge, colour and spoken label. A source that invokes a function
 * (a trigger, §1.2) or is polled by one (an event source mapping, §3–4) keeps its invocation style; one that only
 * receives a function's DLQ messages or destination records (§2.2, §2.4) or a queue's redrive (§4.1) is a `target`;
 * an unwired node shows what its type can do. Pure and memoised per document.
 */
export function nodeBadges(doc: Scenario): ReadonlyMap<NodeId, InvocationStyle> {
  const known = cache.get(doc)
  if (known) return known
  const before = byEdges.get(doc.edges)
  if (before && before.era === doc.era && sameKinds(before.nodes, doc.nodes)) {
    cache.set(doc, before.badges)
    return before.badges
  }
  const typeOf = new Map<NodeId, NodeType>()
  for (const n of doc.nodes) if (!typeOf.has(n.id)) typeOf.set(n.id, n.type)
  const invokes = new Set<NodeId>()
  const receives = new Set<NodeId>()
  for (const e of doc.edges) {
    const a = typeOf.get(e.from)
    const b = typeOf.get(e.to)
    if (!a || !b) continue
    const role = e.role ?? inferEdgeRole(a, b)
    if (role === 'trigger' || role === 'eventSourceMapping') invokes.add(e.from)
    else if (role === 'dlq' || role === 'onFailure' || role === 'onSuccess') receives.add(e.to)
  }
  const out = new Map<NodeId, InvocationStyle>()
  for (const n of doc.nodes) {
    if (out.has(n.id)) continue
    const own = ownStyle(n, doc.era)
    const isSource = own === 'sync' || own === 'async' || own === 'polled'
    out.set(n.id, isSource && receives.has(n.id) && !invokes.has(n.id) ? 'target' : own)
  }
  cache.set(doc, out)
  byEdges.set(doc.edges, { nodes: doc.nodes, era: doc.era, badges: out })
  return out
}

/** One node's badge style (a selector's worth: a string, so subscribers re-render only when it changes). */
export function nodeBadge(doc: Scenario, id: NodeId): InvocationStyle | undefined {
  return nodeBadges(doc).get(id)
}
