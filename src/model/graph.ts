import { inferEdgeRole } from './connections.ts'
import type { EdgeRole, ScenarioEdge } from './edges.ts'
import { effectiveEdgeIds, type EdgeId, type NodeId } from './ids.ts'
import type { Scenario } from './scenario.ts'
import type { ScenarioNode } from './services/index.ts'

export const DEFAULT_ACCOUNT_ID = '123456789012'
export const DEFAULT_REGION = 'us-east-1'

/** An edge with its id and role settled (role null = could not be inferred; check.ts reports it). */
export interface IndexedEdge {
  index: number
  id: EdgeId
  edge: ScenarioEdge
  role: EdgeRole | null
}

/** Lookups shared by check.ts and resolve.ts. Tolerates broken references (check.ts reports them). */
export interface ScenarioIndex {
  nodeById: Map<NodeId, ScenarioNode>
  nodeIndex: Map<NodeId, number>
  edges: IndexedEdge[]
  edgeById: Map<EdgeId, IndexedEdge>
  /** The nearest `vpc` ancestor via parentId, or null. */
  vpcOf(id: NodeId): NodeId | null
  /** The account a node lives in: nearest `account` ancestor, else the scenario's. */
  accountOf(id: NodeId): string
}

export function indexScenario(s: Scenario): ScenarioIndex {
  const nodeById = new Map<NodeId, ScenarioNode>()
  const nodeIndex = new Map<NodeId, number>()
  s.nodes.forEach((n, i) => {
    if (!nodeById.has(n.id)) {
      nodeById.set(n.id, n)
      nodeIndex.set(n.id, i)
    }
  })
  const ids = effectiveEdgeIds(s.edges)
  const edges: IndexedEdge[] = s.edges.map((edge, index) => {
    const from = nodeById.get(edge.from)
    const to = nodeById.get(edge.to)
    const role = edge.role ?? (from && to ? inferEdgeRole(from.type, to.type) : null)
    return { index, id: ids[index] as EdgeId, edge, role }
  })
  const edgeById = new Map<EdgeId, IndexedEdge>()
  for (const e of edges) if (!edgeById.has(e.id)) edgeById.set(e.id, e)

  const ancestor = (id: NodeId, type: 'vpc' | 'account'): ScenarioNode | null => {
    let cur = nodeById.get(id)
    const seen = new Set<NodeId>()
    while (cur?.parentId !== undefined && !seen.has(cur.id)) {
      seen.add(cur.id)
      const parent = nodeById.get(cur.parentId)
      if (!parent) return null
      if (parent.type === type) return parent
      cur = parent
    }
    return null
  }
  const rootAccount = s.accountId ?? DEFAULT_ACCOUNT_ID
  return {
    nodeById,
    nodeIndex,
    edges,
    edgeById,
    vpcOf: (id) => ancestor(id, 'vpc')?.id ?? null,
    accountOf: (id) => {
      const a = ancestor(id, 'account')
      return a?.type === 'account' ? a.config.accountId : rootAccount
    },
  }
}
