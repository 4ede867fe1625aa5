import { createContext } from 'react'
import { getBezierPath, type Position } from '@xyflow/react'
import { labelHalfWidth, labelSpot } from './labelSpot'

/** An edge's two ends as React Flow hands them to the edge component (flow coordinates). */
export interface EdgeEnds {
  sourceX: number
  sourceY: number
  targetX: number
  targetY: number
  sourcePosition: Position
  targetPosition: Position
}

/**
 * Where React last drew each edge's ends, by edge id (written by `RoleEdge` after each render). A drag frame offsets
 * these by the moved nodes' displacement instead of asking React Flow's store to recompute every edge.
 */
export type EdgeEndsRegistry = Map<string, EdgeEnds>

export const EdgeEndsContext = createContext<EdgeEndsRegistry | null>(null)

/**
 * The drawn path and the label's centre for these ends (clear of the edge's nodes and their chips, see labelSpot):
 * one formula for the edge component and the drag painter. `labelText` sizes the label.
 */
export function edgeCurve(ends: EdgeEnds, labelText = ''): { path: string; labelX: number; labelY: number } {
  const [path, midX, midY] = getBezierPath(ends)
  const spot = labelSpot(ends, path, { x: midX, y: midY }, labelHalfWidth(labelText))
  return { path, labelX: spot.x, labelY: spot.y }
}

/** The role label's CSS transform (centred on the curve's midpoint). */
export const labelTransform = (labelX: number, labelY: number) =>
  `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`

/**
 * The ids of the arrowheads this canvas's edges use (EdgeMarkers): one set per canvas, so two canvases on a page (a
 * comparison) never share an id, and a canvas hidden behind a tab does not hide the other's arrows.
 */
export const EdgeMarkerIdContext = createContext('ls-arrow')
