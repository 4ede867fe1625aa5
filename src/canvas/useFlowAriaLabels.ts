import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { AriaLabelConfig } from '@xyflow/react'

/** React Flow's built-in screen-reader strings, translated. */
export function useFlowAriaLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation()
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('flow.nodeHint'),
      'node.a11yDescription.keyboardDisabled': t('flow.nodeKeyboardDisabled'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => t('flow.movedSelection', { direction, x, y }),
      'edge.a11yDescription.default': t('flow.edgeHint'),
      'controls.ariaLabel': t('flow.controls'),
      'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
      'controls.fitView.ariaLabel': t('flow.fitView'),
      'controls.interactive.ariaLabel': t('flow.interactive'),
      'minimap.ariaLabel': t('flow.minimap'),
      'handle.ariaLabel': t('flow.handle'),
    }),
    [t],
  )
}
