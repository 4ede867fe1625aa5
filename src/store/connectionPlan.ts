import {
  checkScenario,
  connectionRule,
  inferEdgeRole,
  nodeTypeInfo,
  type EdgeRole,
  type NodeId,
  type NodeType,
  type Scenario,
  type ScenarioEdge,
} from '../model'
import { findNode } from './documentOps'

/**
 * Why a connection is refused, in AWS terms. `code` is stable (the UI translates it, with `from`/`to` as the service
 * names); `message` is the model's plain English; `ref` names the section of the Lambda reference.
 */
export interface Refusal {
  code: string
  message: string
  ref: string
  from: NodeType
  to: NodeType
  role?: EdgeRole
  /** The values the model's sentence for `code` names (src/model/issueCodes.ts), when it names more than from/to. */
  params?: Record<string, string | number>
}

/** What connecting two nodes would do: one role, a choice the user must make, or a refusal. */
export type ConnectionPlan =
  | { kind: 'ready'; role: EdgeRole; notice?: Refusal }
  | { kind: 'choose'; roles: EdgeRole[] }
  | { kind: 'refused'; refusal: Refusal }

/** A function's outgoing roles the user picks between (§2.2, §2.4). */
const FUNCTION_TARGET_ROLES: readonly EdgeRole[] = ['dlq', 'onFailure', 'onSuccess', 'writes']

/**
 * Refusals that need the whole document (one DLQ per function, FIFO targets, duplicates…): the model's semantic check
 * runs on the document with the edge added, and only issues located on the new edge count.
 */
function contextVerdict(doc: Scenario, edge: ScenarioEdge, from: NodeType, to: NodeType, role: EdgeRole) {
  const dup = doc.edges.some((e, i) => e.from === edge.from && e.to === edge.to && (e.role ?? roleOf(doc, i)) === role)
  if (dup)
    return {
      refusal: {
        code: 'edge.duplicate',
        message: 'These two are already connected this way.',
        ref: '§1.2',
        from,
        to,
        role,
      },
    }
  const at = `edges[${doc.edges.length}]`
  const issues = checkScenario({ ...doc, edges: [...doc.edges, edge] }).filter(
    (i) => i.path === at || i.path.startsWith(`${at}.`),
  )
  const err = issues.find((i) => i.severity === 'error')
  if (err)
    return {
      refusal: { code: err.code, message: err.message, ref: err.ref ?? '§1.2', from, to, role, params: err.params },
    }
  const warn = issues.find((i) => i.severity === 'warning')
  return warn
    ? {
        notice: {
          code: warn.code,
          message: warn.message,
          ref: warn.ref ?? '§1.2',
          from,
          to,
          role,
          params: warn.params,
        },
      }
    : {}
}

function roleOf(doc: Scenario, index: number): EdgeRole | null {
  const e = doc.edges[index]
  if (!e) return null
  const a = findNode(doc, e.from)
  const b = findNode(doc, e.to)
  return a && b ? inferEdgeRole(a.type, b.type) : null
}

/** The refusal for a pair no role fits, phrased for what the user most likely meant. */
function noRoleRefusal(from: NodeType, to: NodeType, era: Scenario['era']): Refusal {
  const toInfo = nodeTypeInfo(to)
  if (toInfo.group)
    return {
      code: 'edge.joinByNesting',
      message: `A function joins a ${to} by being placed inside it, not by a connection.`,
      ref: '§7.3',
      from,
      to,
    }
  if (from === 'lambda') {
    const v = connectionRule(from, to, 'dlq', era)
    if (!v.ok) return { code: v.code, message: v.message, ref: v.ref, from, to, role: 'dlq' }
  }
  if (nodeTypeInfo(from).group || nodeTypeInfo(from).style === 'data')
    return { code: 'edge.notASource', message: `${from} cannot invoke anything.`, ref: '§1.2', from, to }
  return {
    code: 'edge.noRole',
    message:
      `${from} → ${to} is not a connection Lambda makes: ` +
      'wire sources into a function, and a function out to its DLQ or destinations.',
    ref: '§1.2',
    from,
    to,
  }
}

/** Check one explicit role between two nodes of the document. */
export function checkRole(
  doc: Scenario,
  fromId: NodeId,
  toId: NodeId,
  role: EdgeRole,
): { ok: true; notice?: Refusal } | { ok: false; refusal: Refusal } {
  const a = findNode(doc, fromId)
  const b = findNode(doc, toId)
  if (!a || !b)
    return {
      ok: false,
      refusal: {
        code: 'edge.unknownNode',
        message: 'That node no longer exists.',
        ref: '§1.2',
        from: a?.type ?? 'lambda',
        to: b?.type ?? 'lambda',
      },
    }
  if (fromId === toId && a.type === 'lambda' && (role === 'dlq' || role === 'onSuccess' || role === 'onFailure'))
    return {
      ok: false,
      refusal: {
        code: 'lambda.selfDestination',
        message: "You can't specify the function as a destination for itself.",
        ref: '§16',
        from: a.type,
        to: b.type,
        role,
        params: { role },
      },
    }
  if (fromId === toId)
    return {
      ok: false,
      refusal: {
        code: 'edge.selfLoop',
        message: `A ${a.type} cannot be connected to itself.`,
        ref: '§1.2',
        from: a.type,
        to: b.type,
        role,
      },
    }
  const v = connectionRule(a.type, b.type, role, doc.era)
  if (!v.ok)
    return { ok: false, refusal: { code: v.code, message: v.message, ref: v.ref, from: a.type, to: b.type, role } }
  const ctx = contextVerdict(doc, { from: fromId, to: toId, role }, a.type, b.type, role)
  if (ctx.refusal) return { ok: false, refusal: ctx.refusal }
  return ctx.notice ? { ok: true, notice: ctx.notice } : { ok: true }
}

/**
 * What dragging (or keyboard-connecting) `fromId` to `toId` means, as AWS would wire it: push source → function is a
 * trigger, polled source → function an event source mapping (§1.1); function → queue/topic/bus/function/bucket needs
 * a choice between DLQ and destinations (only the roles that are legal here are offered).
 */
export function planConnection(doc: Scenario, fromId: NodeId, toId: NodeId): ConnectionPlan {
  const a = findNode(doc, fromId)
  const b = findNode(doc, toId)
  if (!a || !b)
    return {
      kind: 'refused',
      refusal: {
        code: 'edge.unknownNode',
        message: 'That node no longer exists.',
        ref: '§1.2',
        from: a?.type ?? 'lambda',
        to: b?.type ?? 'lambda',
      },
    }
  const inferred = inferEdgeRole(a.type, b.type)
  const candidates = inferred ? [inferred] : a.type === 'lambda' ? FUNCTION_TARGET_ROLES : []
  if (candidates.length === 0) return { kind: 'refused', refusal: noRoleRefusal(a.type, b.type, doc.era) }
  const legal: { role: EdgeRole; notice?: Refusal }[] = []
  let first: Refusal | undefined
  for (const role of candidates) {
    const r = checkRole(doc, fromId, toId, role)
    if (r.ok) legal.push(r.notice ? { role, notice: r.notice } : { role })
    else first ??= r.refusal
  }
  const only = legal[0]
  if (legal.length === 0 || !only) return { kind: 'refused', refusal: first ?? noRoleRefusal(a.type, b.type, doc.era) }
  if (legal.length === 1)
    return only.notice ? { kind: 'ready', role: only.role, notice: only.notice } : { kind: 'ready', role: only.role }
  return { kind: 'choose', roles: legal.map((l) => l.role) }
}
