import type { EdgeId, Fault, NodeId, Scenario, ScenarioEdge, ScenarioNode, Traffic } from '../model'
import { findNode } from './documentOps'
import { effectiveEdgeIds } from '../model'
import { freshEdgeId, freshNodeId, takenIds } from './ids'

/**
 * What copy puts aside: the selected nodes (with everything inside selected groups), the edges between them — each
 * carrying the id it went by, so references to it (`config.mapping`, fault targets) can follow — and the traffic and
 * faults aimed only at copied parts, so a copy behaves like its original.
 */
export interface Clip {
  nodes: readonly ScenarioNode[]
  edges: readonly ScenarioEdge[]
  traffic: readonly Traffic[]
  faults: readonly Fault[]
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
  if (nodes.length === 0) return null
  const ids = effectiveEdgeIds(doc.edges)
  const edges: ScenarioEdge[] = []
  doc.edges.forEach((e, i) => {
    const id = ids[i] ?? ''
    if (picked.has(e.from) && picked.has(e.to) && (nodeIds.length > 0 || edgeIds.includes(id))) edges.push({ ...e, id })
  })
  const copiedEdges = new Set(edges.map((e) => e.id))
  const traffic = doc.traffic.filter((t) => picked.has(t.source))
  const faults = doc.faults.filter((f) => picked.has(f.target) || copiedEdges.has(f.target))
  return { nodes, edges, traffic, faults }
}

/** The clip moved by `by` (top-level nodes only: children keep their place in their copied group). */
export function shiftClip(clip: Clip, by: number): Clip {
  const inClip = new Set(clip.nodes.map((n) => n.id))
  const nodes = clip.nodes.map((n) => {
    if (n.parentId !== undefined && inClip.has(n.parentId)) return n
    const p = n.position ?? { x: 0, y: 0 }
    return { ...n, position: { x: p.x + by, y: p.y + by } }
  })
  return { ...clip, nodes }
}

/** `base-copy`, `base-copy-2`… (ids of traffic and faults are optional; a copy of a named one gets a new name). */
function freshCopyId(base: string, taken: Set<string>): string {
  const stem = `${base.slice(0, 70)}-copy`
  let id = stem
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`
  taken.add(id)
  return id
}

/**
 * An edge's config with its references rewired: `mapping` (the stream mapping an on-failure destination belongs to,
 * §3.2) follows the pasted mapping, or is dropped when that mapping was not copied — the copy's source has no such
 * edge.
 */
function rewireEdgeConfig(e: ScenarioEdge, renameEdge: ReadonlyMap<EdgeId, EdgeId>): ScenarioEdge {
  const mapping = e.config?.mapping
  if (mapping === undefined || !e.config) return e
  const renamed = renameEdge.get(mapping)
  if (renamed !== undefined) return { ...e, config: { ...e.config, mapping: renamed } }
  const { mapping: _gone, ...rest } = e.config
  const { config: _old, ...edge } = e
  return Object.keys(rest).length > 0 ? { ...edge, config: rest } : edge
}

/**
 * Paste a clip: fresh ids, positions of top-level nodes shifted by `offset`, parents kept when the group came along
 * (or still exists), and every id-bearing field rewired to the copies: `parentId`, edge `from`/`to`, edge
 * `config.mapping`, traffic `source`, fault `target` (a node or an edge).
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
  const renameEdge = new Map<EdgeId, EdgeId>()
  const rewired = clip.edges.map((e): ScenarioEdge => {
    const from = rename.get(e.from) ?? e.from
    const to = rename.get(e.to) ?? e.to
    const id = freshEdgeId(from, to, taken)
    if (e.id !== undefined) renameEdge.set(e.id, id)
    return { ...e, id, from, to }
  })
  const edges = rewired.map((e) => rewireEdgeConfig(e, renameEdge))
  const inputIds = new Set([...doc.traffic, ...doc.faults].flatMap((x) => (x.id === undefined ? [] : [x.id])))
  const traffic = clip.traffic.map((t): Traffic => ({
    ...t,
    source: rename.get(t.source) ?? t.source,
    ...(t.id !== undefined && { id: freshCopyId(t.id, inputIds) }),
  }))
  const faults = clip.faults.map((f): Fault => ({
    ...f,
    target: rename.get(f.target) ?? renameEdge.get(f.target) ?? f.target,
    ...(f.id !== undefined && { id: freshCopyId(f.id, inputIds) }),
  }))
  return {
    doc: {
      ...doc,
      nodes: [...doc.nodes, ...nodes],
      edges: [...doc.edges, ...edges],
      ...(traffic.length > 0 && { traffic: [...doc.traffic, ...traffic] }),
      ...(faults.length > 0 && { faults: [...doc.faults, ...faults] }),
    },
    nodeIds: nodes.map((n) => n.id),
    edgeIds: edges.map((e) => e.id ?? ''),
  }
}
