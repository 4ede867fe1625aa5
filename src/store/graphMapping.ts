/**
 * THE boundary between React Flow's graph and the scenario document. React Flow types go no lower than this folder:
 * the canvas renders what `scenarioToGraph` derives, and hands positions and parents back through `graphToScenario`
 * (or the store's actions). Document positions of a group's children are relative to the group, as in React Flow.
 */
import type { Edge, Node } from '@xyflow/react'
import {
  indexScenario,
  inferEdgeRole,
  loopWires,
  nodeTypeInfo,
  type EdgeRole,
  type LoopVerdict,
  type InvocationStyle,
  type Scenario,
  type ScenarioEdge,
  type ScenarioNode,
} from '../model'
import type { Selection } from './selection'
import { type XY } from './documentOps'
import { effectiveEdgeIds } from '../model'
import { handleBoxes } from './nodeHandles'
import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize'
import { nodeBadges } from './nodeBadge'

export interface ServiceNodeData extends Record<string, unknown> {
  /** The document's own node object (unchanged objects are reused, so components can memoise on it). */
  node: ScenarioNode
  /**
   * What this node is in the scenario (§1.2): how it invokes or is polled, or a DLQ/destination `target`
   * (nodeBadge.ts).
   */
  invocation: InvocationStyle
}
export type ServiceFlowNode = Node<ServiceNodeData, 'service'>
export type GroupFlowNode = Node<ServiceNodeData, 'serviceGroup'>
export type FlowNode = ServiceFlowNode | GroupFlowNode

export interface RoleEdgeData extends Record<string, unknown> {
  edge: ScenarioEdge
  /** The role as written, or inferred (null: the document must say, see the model's check). */
  role: EdgeRole | null
  /** §16: a `writes` wire that closes a loop back to its function, and whether detection stops it. */
  loop?: LoopVerdict
  /** The two ends sit in different AWS accounts (§10): drawn as crossing, with the other account named. */
  crossAccount?: { from: string; to: string }
}
export type FlowEdge = Edge<RoleEdgeData, 'role'>

export { NODE_HEIGHT, NODE_WIDTH } from './nodeSize'
export const GROUP_PADDING = 24
export const GROUP_HEADER = 36
export const GROUP_MIN = { width: 260, height: 150 } as const
/** Where nodes without a position go: a column per invocation style, left to right by flow. */
const COLUMN: Record<InvocationStyle, number> = {
  sync: 0,
  async: 0,
  polled: 0,
  compute: 1,
  target: 2,
  data: 2,
  network: 1,
  group: 3,
}
// Room between columns for a function's runtime chips and the role labels of its outgoing wires.
const COLUMN_GAP = 340
const ROW_GAP = 96

export const isGroupType = (type: ScenarioNode['type']) => nodeTypeInfo(type).group

/**
 * The column a node without a position goes to: what it is in this scenario (nodeBadges). A target sits right of the
 * function that sends to it; a queue's own redrive DLQ (§4.1) stays below that queue, off the queue→function line.
 */
function fallbackStyles(doc: Scenario): (n: ScenarioNode) => InvocationStyle {
  const badges = nodeBadges(doc)
  const typeOf = new Map(doc.nodes.map((n) => [n.id, n.type]))
  const fedByFunction = new Set(doc.edges.filter((e) => typeOf.get(e.from) === 'lambda').map((e) => e.to))
  return (n) => {
    const own = nodeTypeInfo(n.type).style
    const badge = badges.get(n.id) ?? own
    return badge === 'target' && !fedByFunction.has(n.id) ? own : badge
  }
}

/**
 * Where each node is drawn: its own position, or a stable fallback for hand-written documents without one — by what
 * the node is in this scenario (an SQS queue or EventBridge bus that only receives failures sits right of the
 * function).
 */
function placements(doc: Scenario): Map<string, XY> {
  const out = new Map<string, XY>()
  const rows = new Map<string, number>()
  // Derived only when some node has no position (a drag frame re-derives the graph; drawn documents all have them).
  let styleOf: ((n: ScenarioNode) => InvocationStyle) | null = null
  for (const n of doc.nodes) {
    if (n.position) {
      out.set(n.id, n.position)
      continue
    }
    styleOf ??= fallbackStyles(doc)
    const style = styleOf(n)
    const column = COLUMN[style]
    const key = n.parentId ?? `col${column}`
    const row = rows.get(key) ?? 0
    rows.set(key, row + 1)
    out.set(
      n.id,
      n.parentId !== undefined
        ? { x: GROUP_PADDING, y: GROUP_HEADER + row * (NODE_HEIGHT + GROUP_PADDING) }
        : { x: column * COLUMN_GAP, y: row * ROW_GAP },
    )
  }
  return out
}

/** Parents before children (React Flow needs it); document order otherwise. Cycles and dangling parents are cut. */
function orderedWithParents(doc: Scenario): { node: ScenarioNode; parentId: string | undefined }[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]))
  const depthOf = new Map<string, number>()
  const validParent = (n: ScenarioNode) => {
    const p = n.parentId === undefined ? undefined : byId.get(n.parentId)
    return p && isGroupType(p.type) ? p.id : undefined
  }
  const depth = (n: ScenarioNode, seen: Set<string>): number => {
    const known = depthOf.get(n.id)
    if (known !== undefined) return known
    const pid = validParent(n)
    const parent = pid === undefined ? undefined : byId.get(pid)
    const d = parent && !seen.has(parent.id) ? depth(parent, seen.add(n.id)) + 1 : 0
    depthOf.set(n.id, d)
    return d
  }
  const items = doc.nodes.map((node, i) => ({ node, i, d: depth(node, new Set()) }))
  items.sort((a, b) => a.d - b.d || a.i - b.i)
  return items.map(({ node, d }) => ({ node, parentId: d > 0 ? validParent(node) : undefined }))
}

/** Group sizes from their contents, innermost first (a group grows to hold what is dropped into it). */
function groupSizes(
  ordered: ReturnType<typeof orderedWithParents>,
  at: Map<string, XY>,
): Map<string, { width: number; height: number }> {
  const sizes = new Map<string, { width: number; height: number }>()
  for (let k = ordered.length - 1; k >= 0; k--) {
    const item = ordered[k]
    if (!item) continue
    const { node, parentId } = item
    const own = isGroupType(node.type)
      ? (sizes.get(node.id) ?? { ...GROUP_MIN })
      : { width: NODE_WIDTH, height: NODE_HEIGHT }
    if (isGroupType(node.type)) sizes.set(node.id, own)
    if (parentId === undefined) continue
    const p = at.get(node.id) ?? { x: 0, y: 0 }
    const parent = sizes.get(parentId) ?? { ...GROUP_MIN }
    sizes.set(parentId, {
      width: Math.max(parent.width, p.x + own.width + GROUP_PADDING),
      height: Math.max(parent.height, p.y + own.height + GROUP_PADDING),
    })
  }
  return sizes
}

/** Reuse state between derivations: same inputs for a node or edge → the very same object (React Flow skips it). */
export interface GraphCache {
  nodes: Map<string, FlowNode>
  edges: Map<string, FlowEdge>
  /** The last lists handed out: returned again when every element is the same (a drag frame keeps the edge list). */
  nodeList: FlowNode[]
  edgeList: FlowEdge[]
}
export const createGraphCache = (): GraphCache => ({ nodes: new Map(), edges: new Map(), nodeList: [], edgeList: [] })

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i])

function deriveNode(
  node: ScenarioNode,
  parentId: string | undefined,
  position: XY,
  selected: boolean,
  invocation: InvocationStyle,
  size: { width: number; height: number } | undefined,
  prev: FlowNode | undefined,
): FlowNode {
  const group = isGroupType(node.type)
  const width = size?.width ?? NODE_WIDTH
  const height = size?.height ?? NODE_HEIGHT
  if (
    prev &&
    prev.data.node === node &&
    prev.parentId === parentId &&
    prev.selected === selected &&
    prev.data.invocation === invocation &&
    prev.position.x === position.x &&
    prev.position.y === position.y &&
    prev.width === width &&
    prev.height === height
  )
    return prev
  const base = {
    id: node.id,
    position,
    data: { node, invocation },
    selected,
    width,
    height,
    // Sizes are known up front (fixed service nodes, groups from contents): no wait for measuring.
    measured: { width, height },
    ...(parentId !== undefined && { parentId }),
  }
  return group
    ? { ...base, type: 'serviceGroup', zIndex: -1 }
    : { ...base, type: 'service', handles: handleBoxes(node.type) }
}

/** The React Flow graph for a document and selection. Pass the same `cache` every time to reuse unchanged objects. */
export function scenarioToGraph(
  doc: Scenario,
  selection: Selection,
  cache: GraphCache = createGraphCache(),
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const at = placements(doc)
  const ordered = orderedWithParents(doc)
  const sizes = groupSizes(ordered, at)
  const badges = nodeBadges(doc)
  const selectedNodes = new Set(selection.nodeIds)
  const selectedEdges = new Set(selection.edgeIds)
  const nodes: FlowNode[] = []
  const nextNodes = new Map<string, FlowNode>()
  const typeOf = new Map<string, ScenarioNode['type']>()
  for (const { node, parentId } of ordered) {
    if (typeOf.has(node.id)) continue // duplicate id: the model's check reports it; draw the first
    typeOf.set(node.id, node.type)
    const flow = deriveNode(
      node,
      parentId,
      at.get(node.id) ?? { x: 0, y: 0 },
      selectedNodes.has(node.id),
      badges.get(node.id) ?? 'data',
      sizes.get(node.id),
      cache.nodes.get(node.id),
    )
    nodes.push(flow)
    nextNodes.set(node.id, flow)
  }
  const ids = effectiveEdgeIds(doc.edges)
  const loops = loopWires(doc)
  const accountOf = doc.nodes.some((n) => n.type === 'account') ? indexScenario(doc).accountOf : null
  const edges: FlowEdge[] = []
  const nextEdges = new Map<string, FlowEdge>()
  doc.edges.forEach((edge, i) => {
    const id = ids[i] ?? `edge-${i}`
    const a = typeOf.get(edge.from)
    const b = typeOf.get(edge.to)
    if (!a || !b || nextEdges.has(id)) return // dangling or duplicate: reported by the model's check, not drawn
    const role = edge.role ?? inferEdgeRole(a, b)
    const selected = selectedEdges.has(id)
    const loop = loops.get(i)
    const prev = cache.edges.get(id)
    const fromAccount = accountOf?.(edge.from)
    const toAccount = accountOf?.(edge.to)
    const cross =
      fromAccount !== undefined && toAccount !== undefined && fromAccount !== toAccount
        ? { from: fromAccount, to: toAccount }
        : undefined
    const flow: FlowEdge =
      prev &&
      prev.data?.edge === edge &&
      prev.data.role === role &&
      prev.data.loop === loop &&
      prev.selected === selected &&
      prev.data.crossAccount?.from === cross?.from &&
      prev.data.crossAccount?.to === cross?.to
        ? prev
        : {
            id,
            source: edge.from,
            target: edge.to,
            type: 'role',
            data: { edge, role, ...(loop ? { loop } : {}), ...(cross ? { crossAccount: cross } : {}) },
            selected,
          }
    edges.push(flow)
    nextEdges.set(id, flow)
  })
  cache.nodes = nextNodes
  cache.edges = nextEdges
  if (!sameItems(nodes, cache.nodeList)) cache.nodeList = nodes
  if (!sameItems(edges, cache.edgeList)) cache.edgeList = edges
  return { nodes: cache.nodeList, edges: cache.edgeList }
}

/**
 * Positions and parents from the graph back into the document. Nodes whose place did not change keep their document
 * object (an absent position stays absent), so `graphToScenario(doc, scenarioToGraph(doc, sel).nodes)` is `doc`.
 */
export function graphToScenario(
  doc: Scenario,
  nodes: readonly Pick<FlowNode, 'id' | 'position' | 'parentId'>[],
): Scenario {
  const at = placements(doc)
  const drawnParent = new Map(orderedWithParents(doc).map((o) => [o.node.id, o.parentId]))
  const byId = new Map(nodes.map((n) => [n.id, n]))
  let changed = false
  const next = doc.nodes.map((n) => {
    const flow = byId.get(n.id)
    if (!flow) return n
    const was = at.get(n.id)
    const samePlace = was !== undefined && was.x === flow.position.x && was.y === flow.position.y
    // A parent the graph could not draw (missing, not a group) stays as written until the user moves the node.
    if (samePlace && flow.parentId === drawnParent.get(n.id)) return n
    changed = true
    const { parentId: _old, ...rest } = n
    return {
      ...rest,
      position: { x: flow.position.x, y: flow.position.y },
      ...(flow.parentId !== undefined && { parentId: flow.parentId }),
    } as ScenarioNode
  })
  return changed ? { ...doc, nodes: next } : doc
}
