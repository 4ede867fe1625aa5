import type { EdgeId, NodeId, Scenario, ScenarioEdge, ScenarioNode } from '../model'
import { effectiveEdgeIds, findNode } from './documentOps'
import { freshEdgeId, freshNodeId, takenIds } from './ids'

/** What copy puts aside: the selected nodes (with everything inside selected groups) and the edges between them. */
export interface Clip {
  nodes: readonly ScenarioNode[]
  edges: readonly ScenarioEdge[]
}

export function copyOf(doc: Scenario, nodeIds: readonly NodeId[], edgeIds: readonly EdgeId[]): Clip | null {
  const picked = new Set(nodeIds.filter((id) => findNode(doc, id)))
  // Children of a copied group come along (in document order, so parents still precede children).
  let grew = true
  while (grew) {
    grew = false
    for (const n of doc.nodes)
      if (!picked.has(n.id) && n.parentId !== undefined && picked.has(n.parentId)) {
        picked.add(n.id)
        grew = true
      }
  }
  const nodes = doc.nodes.filter((n) => picked.has(n.id))
  const ids = effectiveEdgeIds(doc.edges)
  const edges = doc.edges.filter((e, i) => picked.has(e.from) && picked.has(e.to) && (nodeIds.length > 0 || edgeIds.includes(ids[i] ?? '')))
  return nodes.length === 0 ? null : { nodes, edges }
}

/**
 * Paste a clip: fresh ids, positions of top-level nodes shifted by `offset`, parents kept when the group came along
 * (or still exists), edges rewired to the copies.
 */
export function pasteInto(doc: Scenario, clip: Clip, offset: { x: number; y: number }) {
  const taken = takenIds(doc)
  const rename = new Map<NodeId, NodeId>()
  for (const n of clip.nodes) rename.set(n.id, freshNodeId(n.type, taken))
  const nodes = clip.nodes.map((n): ScenarioNode => {
    const id = rename.get(n.id) ?? n.id
    const copiedParent = n.parentId === undefined ? undefined : rename.get(n.parentId)
    const keptParent = n.parentId !== undefined && !copiedParent && findNode(doc, n.parentId) ? n.parentId : undefined
    const parentId = copiedParent ?? keptParent
    const p = n.position ?? { x: 0, y: 0 }
    const position = copiedParent ? p : { x: p.x + offset.x, y: p.y + offset.y }
    const { parentId: _drop, ...rest } = n
    return { ...rest, id, position, ...(parentId !== undefined && { parentId }) } as ScenarioNode
  })
  const edges = clip.edges.map((e): ScenarioEdge => {
    const from = rename.get(e.from) ?? e.from
    const to = rename.get(e.to) ?? e.to
    return { ...e, id: freshEdgeId(from, to, taken), from, to }
  })
  return {
    doc: { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] },
    nodeIds: nodes.map((n) => n.id),
    edgeIds: edges.map((e) => e.id ?? ''),
  }
}
