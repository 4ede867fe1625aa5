import { Graph, layout } from '@dagrejs/dagre'
import type { NodeId, Scenario } from '../model'
import { findNode, type XY } from './documentOps'
import { EMPTY_SELECTION } from './selection'
import { createGraphCache, scenarioToGraph } from './graphMapping'

const topLevelOf = (doc: Scenario, id: NodeId): NodeId => {
  let cur = findNode(doc, id)
  const seen = new Set<NodeId>()
  while (cur?.parentId !== undefined && !seen.has(cur.id)) {
    seen.add(cur.id)
    const parent = findNode(doc, cur.parentId)
    if (!parent) break
    cur = parent
  }
  return cur?.id ?? id
}

/**
 * Left-to-right layout by invocation flow (sources → functions → DLQs and destinations) with dagre. Top-level nodes
 * move (groups as one block, their contents keep their places inside); returns the new top-left positions.
 */
export function layoutScenario(doc: Scenario): Map<NodeId, XY> {
  const { nodes } = scenarioToGraph(doc, EMPTY_SELECTION, createGraphCache())
  const g = new Graph({ multigraph: false })
  g.setGraph({ rankdir: 'LR', nodesep: 36, ranksep: 96, marginx: 0, marginy: 0 })
  g.setDefaultEdgeLabel(() => ({}))
  const top = nodes.filter((n) => n.parentId === undefined)
  for (const n of top) g.setNode(n.id, { width: n.width ?? 0, height: n.height ?? 0 })
  for (const e of doc.edges) {
    const a = topLevelOf(doc, e.from)
    const b = topLevelOf(doc, e.to)
    if (a !== b && g.hasNode(a) && g.hasNode(b)) g.setEdge(a, b)
  }
  layout(g)
  const out = new Map<NodeId, XY>()
  for (const n of top) {
    const p = g.node(n.id) as { x: number; y: number; width: number; height: number } | undefined
    if (p) out.set(n.id, { x: Math.round(p.x - p.width / 2), y: Math.round(p.y - p.height / 2) })
  }
  return out
}
