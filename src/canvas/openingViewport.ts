import { getNodesBounds, getViewportForBounds, type InternalNode, type Viewport } from '@xyflow/react'
import { FIT_VIEW_OPTIONS, MIN_ZOOM } from './flowOptions'

/**
 * The opening fit, framed the way React Flow's `fitView` frames it (same bounds, zoom limits and padding), but from
 * what is known before its first render: the pane's size and the nodes' boxes (sizes are given up front, see
 * graphMapping). Null when there is nothing to frame or the pane has no size (then React Flow fits by itself).
 */
export function openingViewport(
  nodeLookup: ReadonlyMap<string, InternalNode>,
  paneWidth: number,
  paneHeight: number,
): Viewport | null {
  if (paneWidth <= 0 || paneHeight <= 0) return null
  const framed = [...nodeLookup.values()].filter((n) => n.measured.width && n.measured.height && !n.hidden)
  if (framed.length === 0) return null
  const bounds = getNodesBounds(framed, { nodeLookup: nodeLookup as Map<string, InternalNode> })
  return getViewportForBounds(
    bounds,
    paneWidth,
    paneHeight,
    MIN_ZOOM,
    FIT_VIEW_OPTIONS.maxZoom,
    FIT_VIEW_OPTIONS.padding,
  )
}
