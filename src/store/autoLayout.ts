import { Graph, layout } from '@dagrejs/dagre'
import type { NodeId, Scenario } from '../model'
import type { XY } from './documentOps'
import { EMPTY_SELECTION } from './selection'
import {
  createGraphCache,
  GROUP_HEADER,
  GROUP_MIN,
  GROUP_PADDING,
  NODE_HEIGHT,
  NODE_WIDTH,
  scenarioToGraph,
} from './graphMapping'

type Size = { width: number; height: number }
const ROOT = '\u0000root'
const ROW_GAP = 36

/**
 * Left-to-right layout by invocation flow (sources → functions → DLQs and destinations) with dagre, from the inside
 * out: each group's children are laid out first (edges between their contents count), the group is sized around them
 * (padding, header — the same rule graphMapping draws groups with), then its parent, up to the top level. Returns every
 * node's new top-left position (children relative to their group, as the document stores them).
 */
export function layoutScenario(doc: Scenario): Map<NodeId, XY> {
  // The drawn graph settles parents (missing, non-group and cyclic parents are cut) and gives group flags.
  const { nodes } = scenarioToGraph(doc, EMPTY_SELECTION, createGraphCache())
  const parentOf = new Map<NodeId, string>()
  const childrenOf = new Map<string, NodeId[]>()
  const isGroup = new Set<NodeId>()
  for (const n of nodes) {
    const parent = n.parentId ?? ROOT
    parentOf.set(n.id, parent)
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), n.id])
    if (n.type === 'serviceGroup') isGroup.add(n.id)
  }
  /** The child of `container` that holds `id` (itself or an ancestor), if any. */
  const childOf = (container: string, id: NodeId): NodeId | undefined => {
    let cur: string | undefined = id
    for (let guard = 0; cur !== undefined && guard <= nodes.length; guard++) {
      const p = parentOf.get(cur)
      if (p === container) return cur
      cur = p === ROOT ? undefined : p
    }
    return undefined
  }

  const out = new Map<NodeId, XY>()
  const sizes = new Map<NodeId, Size>()
  const place = (container: string): Size => {
    const kids = childrenOf.get(container) ?? []
    for (const k of kids) if (isGroup.has(k)) sizes.set(k, place(k))
    const g = new Graph({ multigraph: false })
    g.setGraph({ rankdir: 'LR', nodesep: ROW_GAP, ranksep: 96, marginx: 0, marginy: 0 })
    g.setDefaultEdgeLabel(() => ({}))
    // Children with edges leaving the group (a function's DLQ, destinations): those edges must not cross a sibling.
    const leaving = new Set<NodeId>()
    if (container !== ROOT)
      for (const e of doc.edges) {
        const a = childOf(container, e.from)
        if (a !== undefined && childOf(container, e.to) === undefined) leaving.add(a)
      }
    for (const k of kids) g.setNode(k, sizes.get(k) ?? { width: NODE_WIDTH, height: NODE_HEIGHT })
    for (const e of doc.edges) {
      const a = childOf(container, e.from)
      const b = childOf(container, e.to)
      if (a !== undefined && b !== undefined && a !== b) g.setEdge(a, b)
    }
    layout(g)
    const boxes = kids.flatMap((k) => {
      const p = g.node(k) as { x: number; y: number; width: number; height: number } | undefined
      return p ? [{ id: k, x: p.x - p.width / 2, y: p.y - p.height / 2, width: p.width, height: p.height }] : []
    })
    // An edge leaving to the right from a child's middle would run through a sibling on its row (its database): that
    // child moves up to a row of its own, so the edge passes above (as nextChildSpot places data stores a row lower).
    let top = Math.min(0, ...boxes.map((b) => b.y))
    for (const b of boxes) {
      if (!leaving.has(b.id)) continue
      const lineY = b.y + b.height / 2
      if (boxes.some((o) => o !== b && o.x >= b.x + b.width && o.y < lineY && lineY < o.y + o.height)) {
        top -= b.height + ROW_GAP
        b.y = top
      }
    }
    const minX = Math.min(0, ...boxes.map((b) => b.x))
    const minY = Math.min(0, ...boxes.map((b) => b.y))
    const inset = container === ROOT ? { x: 0, y: 0 } : { x: GROUP_PADDING, y: GROUP_HEADER }
    let right = 0
    let bottom = 0
    for (const b of boxes) {
      const x = Math.round(b.x - minX + inset.x)
      const y = Math.round(b.y - minY + inset.y)
      out.set(b.id, { x, y })
      right = Math.max(right, x + b.width)
      bottom = Math.max(bottom, y + b.height)
    }
    return {
      width: Math.max(GROUP_MIN.width, right + GROUP_PADDING),
      height: Math.max(GROUP_MIN.height, bottom + GROUP_PADDING),
    }
  }
  place(ROOT)
  return out
}
