import { nodeTypeInfo, type NodeId, type NodeType, type Scenario } from '../model'
import { absolutePosition, findNode, type XY } from './documentOps'
import { GROUP_HEADER, GROUP_PADDING, NODE_HEIGHT, NODE_WIDTH, createGraphCache, scenarioToGraph } from './graphMapping'
import { EMPTY_SELECTION } from './selection'

/**
 * What may sit inside which group. A VPC holds what Lambda attaches to it (functions, RDS, ElastiCache, §7.2–7.5);
 * an account holds anything but another account (cross-account wiring, §10).
 */
export function canNestIn(child: NodeType, group: NodeType): boolean {
  if (group === 'vpc') return child === 'lambda' || child === 'rds' || child === 'elastiCache'
  if (group === 'account') return child !== 'account'
  return false
}

export interface Box {
  id: NodeId
  x: number
  y: number
  width: number
  height: number
}

/** Every drawn node's box in absolute canvas coordinates (groups sized from their contents). */
export function absoluteBoxes(doc: Scenario): Box[] {
  const { nodes } = scenarioToGraph(doc, EMPTY_SELECTION, createGraphCache())
  const abs = new Map<NodeId, XY>()
  return nodes.map((n) => {
    const p = n.parentId === undefined ? { x: 0, y: 0 } : (abs.get(n.parentId) ?? { x: 0, y: 0 })
    const at = { x: p.x + n.position.x, y: p.y + n.position.y }
    abs.set(n.id, at)
    return { id: n.id, ...at, width: n.width ?? NODE_WIDTH, height: n.height ?? NODE_HEIGHT }
  })
}

/** The innermost group under `point` that a node of `type` may go into (excluding `self` and what is inside it). */
export function groupAt(doc: Scenario, point: XY, type: NodeType, self?: NodeId): NodeId | undefined {
  const inside = (id: NodeId): boolean => {
    let cur = findNode(doc, id)
    const seen = new Set<NodeId>()
    while (cur && !seen.has(cur.id)) {
      if (cur.id === self) return true
      seen.add(cur.id)
      cur = cur.parentId === undefined ? undefined : findNode(doc, cur.parentId)
    }
    return false
  }
  let best: Box | undefined
  for (const b of absoluteBoxes(doc)) {
    const node = findNode(doc, b.id)
    if (!node || !canNestIn(type, node.type) || (self !== undefined && inside(b.id))) continue
    const hit = point.x >= b.x && point.x <= b.x + b.width && point.y >= b.y && point.y <= b.y + b.height
    // Later boxes are deeper (parents come first), so the last hit is the innermost.
    if (hit) best = b
  }
  return best?.id
}

/** A position relative to `parentId` for an absolute point. */
export function relativeTo(doc: Scenario, parentId: NodeId | undefined, point: XY): XY {
  if (parentId === undefined) return point
  const p = absolutePosition(doc, parentId)
  return { x: point.x - p.x, y: point.y - p.y }
}

const GAP = 24

/**
 * A place near `preferred` (absolute, top-left) where a new node overlaps nothing: try downwards, then the next
 * column, snapped to `grid`. Used by click / Enter in the palette.
 */
export function freeSpot(doc: Scenario, preferred: XY, grid = 20): XY {
  const boxes = absoluteBoxes(doc)
  const snap = (v: number) => Math.round(v / grid) * grid
  const clear = (x: number, y: number) =>
    boxes.every(
      (b) =>
        x + NODE_WIDTH + GAP <= b.x ||
        x >= b.x + b.width + GAP ||
        y + NODE_HEIGHT + GAP <= b.y ||
        y >= b.y + b.height + GAP,
    )
  for (let col = 0; col < 12; col++)
    for (let row = 0; row < 12; row++) {
      const x = snap(preferred.x + col * (NODE_WIDTH + GAP * 2))
      const y = snap(preferred.y + row * (NODE_HEIGHT + GAP))
      if (clear(x, y)) return { x, y }
    }
  return { x: snap(preferred.x), y: snap(preferred.y) }
}

/**
 * Where a node added into a group (palette click with the group selected) goes: right of what is already inside, so a
 * function and its database read left to right; data stores one row lower, so the function's other edges (DLQ,
 * destinations) pass above them rather than through them.
 */
export function nextChildSpot(doc: Scenario, parentId: NodeId, type: NodeType): XY {
  const children = doc.nodes.filter((n) => n.parentId === parentId)
  const right = children.reduce((m, n) => Math.max(m, (n.position?.x ?? 0) + NODE_WIDTH + GAP * 2), GROUP_PADDING)
  const dataRow = nodeTypeInfo(type).style === 'data'
  return { x: right, y: dataRow ? GROUP_HEADER + NODE_HEIGHT + GAP * 2 : GROUP_HEADER }
}
