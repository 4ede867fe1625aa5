/**
 * Which permission a wire needs (§10): the one home for this fact. The permission derivation (model/permissions), the
 * input checks, the fault menu and the inspector all read it.
 */
import type { EdgeRole } from './edges.ts'
import type { Permission } from './faults.ts'
import type { NodeType } from './services/index.ts'

/** The permission a wire of this role from this source needs; null when it needs none we model. */
export function permissionForRole(role: EdgeRole | null, fromType: NodeType | string): Permission | null {
  switch (role) {
    case 'trigger':
      return 'invoke'
    case 'eventSourceMapping':
      return fromType === 'sqs' ? 'queueRead' : 'streamRead'
    case 'dlq':
      return 'dlqSend'
    case 'onSuccess':
    case 'onFailure':
      return 'destinationSend'
    default:
      return null
  }
}

/** Whether a revoked `permission` can belong to a wire of `role` (any source type). */
export function permissionFitsRole(permission: Permission, role: EdgeRole | null): boolean {
  return permissionForRole(role, 'sqs') === permission || permissionForRole(role, 'kinesis') === permission
}
