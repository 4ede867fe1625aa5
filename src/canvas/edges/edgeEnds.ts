import { createContext } from 'react'
import { getBezierPath, type Position } from '@xyflow/react'

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

/** The drawn path and the label's centre for these ends: one formula for the edge component and the drag painter. */
export function edgeCurve(ends: EdgeEnds): { path: string; labelX: number; labelY: number } {
  const [path, labelX, labelY] = getBezierPath(ends)
  return { path, labelX, labelY }
}

/** The role label's CSS transform (centred on the curve's midpoint). */
export const labelTransform = (labelX: number, labelY: number) =>
  `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`

/**
 * The ids of the arrowheads this canvas's edges use (EdgeMarkers): one set per canvas, so two canvases on a page (a
 * comparison) never share an id, and a canvas hidden behind a tab does not hide the other's arrows.
 */
export const EdgeMarkerIdContext = createContext('ls-arrow')
