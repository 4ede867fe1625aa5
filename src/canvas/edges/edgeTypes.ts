import type { EdgeTypes } from '@xyflow/react'
import { RoleEdge } from './RoleEdge'

/** Module constant (see nodeTypes). */
export const edgeTypes: EdgeTypes = { role: RoleEdge }
