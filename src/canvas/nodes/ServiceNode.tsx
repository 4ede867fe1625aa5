import { memo } from 'react'
import { Handle, Position, type NodeProps } from '@xyflow/react'
import { useCanvasT } from '../canvasText'
import type { ServiceFlowNode } from '../../store/graphMapping'
import { ServiceIcon } from './ServiceIcon'
import { handlesOf } from '../../store/nodeHandles'
import { isBadged } from '../../store/nodeBadge'
import { lineFits, type TextLine } from './nodeTextFit'

/** A text line clips (overflow + ellipsis) only when it does not fit: a clip is a paint chunk of its own. */
const lineClass = (line: TextLine, text: string) =>
  lineFits(text, line) ? `service-node__${line}` : `service-node__${line} service-node__line--clip`

/**
 * A service or function: icon, label, service name, a badge of what it is in this scenario; handles show direction.
 * Lean on purpose (canvas.css): one grid, no positioned or clipped parts unless a text line overflows — every paint
 * chunk costs a 200-node canvas time on each drag frame.
 */
export const ServiceNode = memo(function ServiceNode({ data }: NodeProps<ServiceFlowNode>) {
  const t = useCanvasT()
  const { node, invocation } = data
  const { receives, sends } = handlesOf(node.type)
  const label = node.label ?? node.id
  const typeName = t(`nodes.name.${node.type}`)
  return (
    <div className={`service-node service-node--${invocation}`}>
      {receives && (
        <Handle type="target" position={Position.Left} className="service-node__handle service-node__handle--in" />
      )}
      <span className="service-node__icon">
        <ServiceIcon type={node.type} />
      </span>
      <span className="service-node__text">
        <span className={lineClass('label', label)}>{label}</span>
        <span className={lineClass('type', typeName)}>{typeName}</span>
      </span>
      {isBadged(invocation) && <span className="service-node__badge">{t(`nodes.style.${invocation}`)}</span>}
      {sends && (
        <Handle type="source" position={Position.Right} className="service-node__handle service-node__handle--out" />
      )}
    </div>
  )
})
