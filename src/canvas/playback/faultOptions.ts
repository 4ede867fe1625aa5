/** Which faults a node or wire offers (pure: the menu only renders this list). Rules: §5.3 throttle, §3.2 poison, §10 permissions. */
import { nodeTypeInfo, type NodeType, type Permission } from '../../model'
import type { ResolvedScenario } from '../../model'
import { permissionForRole, type InjectRequest } from '../../store/playbackSliceInputs'

export type FaultOption =
  | { key: 'failNext'; count: number; request: InjectRequest }
  | { key: 'failAlways' | 'timeout' | 'throttle' | 'recover' | 'poisonRecord' | 'sendEvent'; request: InjectRequest }
  | { key: 'revokePermission'; permission: Permission; request: InjectRequest }

export type FaultTarget = { kind: 'node'; id: string } | { kind: 'edge'; id: string }

const STREAMS: ReadonlySet<NodeType> = new Set(['kinesis', 'dynamoDbStream'])

export function faultOptions(resolved: ResolvedScenario, target: FaultTarget): FaultOption[] {
  if (target.kind === 'edge') {
    const edge = resolved.edgeById.get(target.id)
    const from = edge && resolved.nodeById.get(edge.from)
    const permission = edge && from ? permissionForRole(edge.role, from.type) : null
    return permission ? [{ key: 'revokePermission', permission, request: { kind: 'fault', fault: { kind: 'revokePermission', target: target.id, permission } } }] : []
  }
  const node = resolved.nodeById.get(target.id)
  if (!node) return []
  const id = node.id
  const out: FaultOption[] = []
  if (node.type === 'lambda') {
    out.push(
      { key: 'failNext', count: 1, request: { kind: 'fault', fault: { kind: 'failNext', target: id, count: 1 } } },
      { key: 'failNext', count: 3, request: { kind: 'fault', fault: { kind: 'failNext', target: id, count: 3 } } },
      { key: 'failAlways', request: { kind: 'fault', fault: { kind: 'fail', target: id } } },
      { key: 'timeout', request: { kind: 'fault', fault: { kind: 'timeout', target: id } } },
      { key: 'throttle', request: { kind: 'fault', fault: { kind: 'throttle', target: id, reservedConcurrency: 0 } } },
      { key: 'recover', request: { kind: 'fault', fault: { kind: 'recover', target: id } } },
    )
  }
  if (STREAMS.has(node.type)) out.push({ key: 'poisonRecord', request: { kind: 'poisonRecord', stream: id } })
  const style = nodeTypeInfo(node.type).style
  if (style === 'sync' || style === 'async' || style === 'polled') out.push({ key: 'sendEvent', request: { kind: 'event', source: id } })
  return out
}
