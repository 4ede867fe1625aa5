import {
  effectiveEdgeIds,
  type EdgeId,
  type NodeId,
  type Scenario,
  type ScenarioEdge,
  type ScenarioNode,
} from '../model'

/**
 * Pure edits of a scenario document *as written*. Every function returns a new document and keeps every object it
 * did not change (so derived views can reuse their work by identity).
 */

export type XY = { x: number; y: number }

export function findNode(doc: Scenario, id: NodeId): ScenarioNode | undefined {
  return doc.nodes.find((n) => n.id === id)
}

/** Set or (with `undefined`) remove optional fields, keeping the object when nothing changes. */
function patchObject<T extends object>(obj: T, patch: object): T {
  let changed = false
  const next = { ...obj } as Record<string, unknown>
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) {
      if (k in next) {
        delete next[k]
        changed = true
      }
    } else if (next[k] !== v) {
      next[k] = v
      changed = true
    }
  }
  return changed ? (next as T) : obj
}

export interface NodePatch {
  label?: string | undefined
  config?: ScenarioNode['config'] | undefined
  position?: XY | undefined
  parentId?: NodeId | undefined
}

export function updateNodeIn(doc: Scenario, id: NodeId, patch: NodePatch): Scenario {
  let changed = false
  const nodes = doc.nodes.map((n) => {
    if (n.id !== id) return n
    const next = patchObject(n, patch)
    if (next !== n) changed = true
    return next
  })
  return changed ? { ...doc, nodes } : doc
}

/** Many position (and parent) updates at once: one document per drag frame, whatever the selection size. */
export function moveNodesIn(doc: Scenario, moves: ReadonlyMap<NodeId, XY>): Scenario {
  let changed = false
  const nodes = doc.nodes.map((n) => {
    const to = moves.get(n.id)
    if (!to || (n.position && n.position.x === to.x && n.position.y === to.y)) return n
    changed = true
    return { ...n, position: { x: to.x, y: to.y } }
  })
  return changed ? { ...doc, nodes } : doc
}

export type EdgePatch = Partial<Pick<ScenarioEdge, 'role' | 'config' | 'permission'>>

export function updateEdgeIn(doc: Scenario, id: EdgeId, patch: EdgePatch): Scenario {
  const ids = effectiveEdgeIds(doc.edges)
  let changed = false
  const edges = doc.edges.map((e, i) => {
    if (ids[i] !== id) return e
    const next = patchObject(e, patch)
    if (next !== e) changed = true
    return next
  })
  return changed ? { ...doc, edges } : doc
}

/** Absolute position of a node (document positions of children are relative to their parent group). */
export function absolutePosition(doc: Scenario, id: NodeId): XY {
  let x = 0
  let y = 0
  const seen = new Set<NodeId>()
  let cur = findNode(doc, id)
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id)
    x += cur.position?.x ?? 0
    y += cur.position?.y ?? 0
    cur = cur.parentId === undefined ? undefined : findNode(doc, cur.parentId)
  }
  return { x, y }
}

/**
 * Remove nodes and edges, and everything that would dangle: edges touching a removed node, traffic entering it,
 * faults aimed at it. Children of a removed group stay, lifted to the group's parent at the same place on screen.
 */
export function removeFrom(doc: Scenario, nodeIds: readonly NodeId[], edgeIds: readonly EdgeId[]): Scenario {
  const goneNodes = new Set(nodeIds.filter((id) => findNode(doc, id)))
  const ids = effectiveEdgeIds(doc.edges)
  const goneEdges = new Set<EdgeId>()
  doc.edges.forEach((e, i) => {
    const id = ids[i] ?? ''
    if (edgeIds.includes(id) || goneNodes.has(e.from) || goneNodes.has(e.to)) goneEdges.add(id)
  })
  if (goneNodes.size === 0 && goneEdges.size === 0) return doc
  const nodes = doc.nodes
    .filter((n) => !goneNodes.has(n.id))
    .map((n) => {
      if (n.parentId === undefined || !goneNodes.has(n.parentId)) return n
      let parentId: NodeId | undefined = n.parentId
      while (parentId !== undefined && goneNodes.has(parentId)) parentId = findNode(doc, parentId)?.parentId
      const abs = absolutePosition(doc, n.id)
      const base = parentId === undefined ? { x: 0, y: 0 } : absolutePosition(doc, parentId)
      const { parentId: _old, ...rest } = n
      return {
        ...rest,
        ...(parentId !== undefined && { parentId }),
        position: { x: abs.x - base.x, y: abs.y - base.y },
      } as ScenarioNode
    })
  const edges = doc.edges.filter((_, i) => !goneEdges.has(ids[i] ?? ''))
  const gone = (id: string) => goneNodes.has(id) || goneEdges.has(id)
  const traffic = doc.traffic.some((t) => gone(t.source)) ? doc.traffic.filter((t) => !gone(t.source)) : doc.traffic
  const faults = doc.faults.some((f) => gone(f.target)) ? doc.faults.filter((f) => !gone(f.target)) : doc.faults
  return { ...doc, nodes, edges, traffic, faults }
}
