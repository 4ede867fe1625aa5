/**
 * Which faults a node or wire offers (pure: the menu only renders this list). Rules: §5.3 throttle, §3.2 poison, §10
 * permissions.
 */
import {
  FAULT_TARGETS,
  nodeTypeInfo,
  permissionForRole,
  type FaultKind,
  type NodeType,
  type Permission,
} from '../../model'
import type { ResolvedScenario } from '../../model'
import type { InjectRequest } from '../../store/playback/inputs'

export type FaultOption =
  | { key: 'failNext'; count: number; request: InjectRequest }
  | { key: 'failAlways' | 'timeout' | 'throttle' | 'recover' | 'poisonRecord' | 'sendEvent'; request: InjectRequest }
  | { key: 'revokePermission'; permission: Permission; request: InjectRequest }

export type FaultTarget = { kind: 'node'; id: string } | { kind: 'edge'; id: string }

/** A target as the menu names it: a node's label, a wire as "from → to" by labels (never the internal ids). */
export function targetNameOf(
  resolved: ResolvedScenario,
  target: FaultTarget,
  wire: (from: string, to: string) => string,
): string {
  const label = (id: string) => resolved.nodeById.get(id)?.label ?? id
  if (target.kind === 'node') return label(target.id)
  const edge = resolved.edgeById.get(target.id)
  return edge ? wire(label(edge.from), label(edge.to)) : target.id
}

/** Whether the model lets a fault of this kind target a node of this type (one home: FAULT_TARGETS). */
function accepts(kind: FaultKind, type: NodeType): boolean {
  const targets = FAULT_TARGETS[kind]
  return targets === 'any' || targets.includes(type)
}

/** The menu's poison record is keyed by partition key, so it is offered where records carry one (streams). */
const KEYED_RECORDS: ReadonlySet<NodeType> = new Set(['kinesis', 'dynamoDbStream'])

export function faultOptions(resolved: ResolvedScenario, target: FaultTarget): FaultOption[] {
  if (target.kind === 'edge') {
    const edge = resolved.edgeById.get(target.id)
    const from = edge && resolved.nodeById.get(edge.from)
    const permission = edge && from ? permissionForRole(edge.role, from.type) : null
    return permission
      ? [
          {
            key: 'revokePermission',
            permission,
            request: { kind: 'fault', fault: { kind: 'revokePermission', target: target.id, permission } },
          },
        ]
      : []
  }
  const node = resolved.nodeById.get(target.id)
  if (!node) return []
  const id = node.id
  const out: FaultOption[] = []
  const type = node.type
  if (accepts('failNext', type))
    out.push(
      { key: 'failNext', count: 1, request: { kind: 'fault', fault: { kind: 'failNext', target: id, count: 1 } } },
      { key: 'failNext', count: 3, request: { kind: 'fault', fault: { kind: 'failNext', target: id, count: 3 } } },
    )
  if (accepts('fail', type))
    out.push({ key: 'failAlways', request: { kind: 'fault', fault: { kind: 'fail', target: id } } })
  if (accepts('timeout', type))
    out.push({ key: 'timeout', request: { kind: 'fault', fault: { kind: 'timeout', target: id } } })
  if (accepts('throttle', type))
    out.push({
      key: 'throttle',
      request: { kind: 'fault', fault: { kind: 'throttle', target: id, reservedConcurrency: 0 } },
    })
  // Recovery ends a fault on the function (the engine accepts it anywhere; the menu offers it where faults are
  // offered).
  if (accepts('fail', type))
    out.push({ key: 'recover', request: { kind: 'fault', fault: { kind: 'recover', target: id } } })
  if (accepts('poisonRecord', type) && KEYED_RECORDS.has(type))
    out.push({ key: 'poisonRecord', request: { kind: 'poisonRecord', stream: id } })
  const style = nodeTypeInfo(node.type).style
  if (style === 'sync' || style === 'async' || style === 'polled')
    out.push({ key: 'sendEvent', request: { kind: 'event', source: id } })
  return out
}
