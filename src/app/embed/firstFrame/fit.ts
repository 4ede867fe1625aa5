/**
 * The opening fit without React Flow: the viewport the canvas opens at (canvas/openingViewport.ts) for the same boxes
 * in the same pane — the boxes plus what nodes draw beyond them (NODE_OVERHANG), framed in the room the fit insets
 * leave (canvas/fitInsets.ts, from the same CSS custom properties) — so the first frame's static picture sits where
 * the interactive canvas then draws the nodes (no jump). fit.test.ts checks it against openingViewport.
 */
import { viewportInRoom, type Insets } from '../../../canvas/framing'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** As canvas/openingViewport.ts NODE_OVERHANG and flowOptions (importing those would bring React Flow's code). */
export const OVERHANG = { top: 14, bottom: 50 } as const
export const ZOOM_LIMITS = { minZoom: 0.1, maxZoom: 1.25 } as const

export function boundsOf(boxes: readonly Rect[]): Rect | null {
  if (boxes.length === 0) return null
  const x = Math.min(...boxes.map((b) => b.x))
  const y = Math.min(...boxes.map((b) => b.y))
  const x2 = Math.max(...boxes.map((b) => b.x + b.width))
  const y2 = Math.max(...boxes.map((b) => b.y + b.height))
  return { x, y: y - OVERHANG.top, width: x2 - x, height: y2 - y + OVERHANG.top + OVERHANG.bottom }
}

export function fitViewport(bounds: Rect, width: number, height: number, insets: Insets) {
  return viewportInRoom(bounds, width, height, insets, insets, ZOOM_LIMITS)
}
