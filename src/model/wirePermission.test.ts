import { describe, expect, it } from 'vitest'
import { EDGE_ROLES } from './edges.ts'
import { PERMISSIONS } from './faults.ts'
import { permissionFitsRole, permissionForRole } from './wirePermission.ts'

describe('permissionForRole (§10)', () => {
  it('gives each wire role the permission AWS checks', () => {
    expect(permissionForRole('trigger', 's3')).toBe('invoke')
    expect(permissionForRole('eventSourceMapping', 'sqs')).toBe('queueRead')
    expect(permissionForRole('eventSourceMapping', 'kinesis')).toBe('streamRead')
    expect(permissionForRole('dlq', 'lambda')).toBe('dlqSend')
    expect(permissionForRole('onFailure', 'lambda')).toBe('destinationSend')
    expect(permissionForRole(null, 'sqs')).toBeNull()
  })
  it('kmsDecrypt belongs to no wire; every other permission to at least one role', () => {
    for (const p of PERMISSIONS) {
      const roles = EDGE_ROLES.filter((r) => permissionFitsRole(p, r))
      if (p === 'kmsDecrypt') expect(roles).toEqual([])
      else expect(roles.length).toBeGreaterThan(0)
    }
  })
})
