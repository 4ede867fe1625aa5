import { memo } from 'react'
import { Handle, Position, type NodeProps } from '@xyflow/react'
import { useCanvasT } from '../canvasText'
import type { ServiceFlowNode } from '../../store/graphMapping'
import { ServiceIcon } from './ServiceIcon'
import { handlesOf } from '../../store/nodeHandles'
import { isBadged } from '../../store/nodeBadge'

/** A service or function: icon, label, service name, a badge of what it is in this scenario; handles show direction. */
export const ServiceNode = memo(function ServiceNode({ data }: NodeProps<ServiceFlowNode>) {
  const t = useCanvasT()
  const { node, invocation } = data
  const { receives, sends } = handlesOf(node.type)
  return (
    <div className={`service-node service-node--${invocation}`}>
      {receives && <Handle type="target" position={Position.Left} className="service-node__handle service-node__handle--in" />}
      <span className="service-node__icon">
        <ServiceIcon type={node.type} />
      </span>
      <span className="service-node__text">
        <span className="service-node__label">{node.label ?? node.id}</span>
        <span className="service-node__type">{t(`nodes.name.${node.type}`)}</span>
      </span>
      {isBadged(invocation) && <span className="service-node__badge">{t(`nodes.style.${invocation}`)}</span>}
      {sends && <Handle type="source" position={Position.Right} className="service-node__handle service-node__handle--out" />}
    </div>
  )
})
