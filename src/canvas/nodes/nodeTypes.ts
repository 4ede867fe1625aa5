import type { NodeTypes } from '@xyflow/react'
import { GroupNode } from './GroupNode'
import { ServiceNode } from './ServiceNode'

/** Module constant: React Flow re-mounts every node when this object changes identity. */
export const nodeTypes: NodeTypes = { service: ServiceNode, serviceGroup: GroupNode }
