import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow, type Edge, type Node } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/useAppStore'
import { selectTheme } from '../store/selectors'
import { useFlowAriaLabels } from './useFlowAriaLabels'

const NO_NODES: Node[] = []
const NO_EDGES: Edge[] = []

export function FlowCanvas() {
  const { t } = useTranslation()
  const theme = useAppStore(selectTheme)
  const ariaLabelConfig = useFlowAriaLabels()
  const empty = NO_NODES.length === 0
  return (
    <div className="flow" data-testid="flow-canvas">
      <ReactFlow
        nodes={NO_NODES}
        edges={NO_EDGES}
        colorMode={theme}
        ariaLabelConfig={ariaLabelConfig}
        proOptions={{ hideAttribution: true }}
        fitView
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        <Controls position="bottom-left" />
        <MiniMap position="bottom-right" pannable zoomable />
      </ReactFlow>
      {empty && (
        <div className="flow__empty" role="note">
          <h2 className="flow__empty-title">{t('canvas.emptyTitle')}</h2>
          <p className="flow__empty-body">{t('canvas.emptyBody')}</p>
        </div>
      )}
    </div>
  )
}
