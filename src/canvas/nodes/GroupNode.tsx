import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import { useCanvasT } from '../canvasText'
import { GROUP_MIN, type GroupFlowNode } from '../../store/graphMapping'
import { ServiceIcon } from './ServiceIcon'

/** A VPC or an account: a box that functions (and RDS, ElastiCache…) sit inside; it grows with its contents. */
export const GroupNode = memo(function GroupNode({ data, width, height }: NodeProps<GroupFlowNode>) {
  const t = useCanvasT()
  const { node } = data
  const accountId = node.type === 'account' ? node.config.accountId : null
  return (
    <div className={`group-node group-node--${node.type}`}>
      <div className="group-node__header">
        <ServiceIcon type={node.type} size={18} />
        <span className="group-node__label">{node.label ?? node.id}</span>
        <span className="group-node__type">{accountId ?? t(`nodes.name.${node.type}`)}</span>
      </div>
      {/* Only an empty (minimum-size) group needs telling what goes inside. */}
      {width === GROUP_MIN.width && height === GROUP_MIN.height && (
        <p className="group-node__hint">{t(node.type === 'vpc' ? 'nodes.groupHint' : 'nodes.accountHint')}</p>
      )}
    </div>
  )
})
