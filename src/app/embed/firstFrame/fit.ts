/**
 * The opening fit without React Flow: the viewport its `fitView` gives the same boxes in the same pane
 * (canvas/openingViewport.ts, with FIT_VIEW_OPTIONS' paddings and zoom limits), so the first frame's static picture
 * sits where the interactive canvas then draws the nodes (no jump). fit.test.ts checks it against @xyflow/system.
 */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}
export interface FitViewport {
  x: number
  y: number
  zoom: number
}

/** The same numbers as canvas/flowOptions.ts FIT_VIEW_OPTIONS and MIN_ZOOM (importing it would bring React Flow). */
export const FIT = { topPx: 56, leftPx: 56, right: 0.15, bottom: 0.15, minZoom: 0.1, maxZoom: 1.25 } as const

/** React Flow's proportional padding: a fraction of the pane, as @xyflow/system parses a number. */
const proportional = (fraction: number, pane: number) => Math.floor((pane - pane / (1 + fraction)) * 0.5)

export function boundsOf(boxes: readonly Rect[]): Rect | null {
  if (boxes.length === 0) return null
  const x = Math.min(...boxes.map((b) => b.x))
  const y = Math.min(...boxes.map((b) => b.y))
  const x2 = Math.max(...boxes.map((b) => b.x + b.width))
  const y2 = Math.max(...boxes.map((b) => b.y + b.height))
  return { x, y, width: x2 - x, height: y2 - y }
}

export function fitViewport(bounds: Rect, width: number, height: number): FitViewport {
  const p = {
    top: FIT.topPx,
    left: FIT.leftPx,
    right: proportional(FIT.right, width),
    bottom: proportional(FIT.bottom, height),
  }
  const zoom = Math.min(
    Math.max(
      Math.min((width - p.left - p.right) / bounds.width, (height - p.top - p.bottom) / bounds.height),
      FIT.minZoom,
    ),
    FIT.maxZoom,
  )
  const x = width / 2 - (bounds.x + bounds.width / 2) * zoom
  const y = height / 2 - (bounds.y + bounds.height / 2) * zoom
  // Asymmetric paddings: shifted only where the centred view leaves less than asked (as React Flow does).
  const applied = {
    left: Math.floor(bounds.x * zoom + x),
    top: Math.floor(bounds.y * zoom + y),
    right: Math.floor(width - ((bounds.x + bounds.width) * zoom + x)),
    bottom: Math.floor(height - ((bounds.y + bounds.height) * zoom + y)),
  }
  const off = {
    left: Math.min(applied.left - p.left, 0),
    top: Math.min(applied.top - p.top, 0),
    right: Math.min(applied.right - p.right, 0),
    bottom: Math.min(applied.bottom - p.bottom, 0),
  }
  return { x: x - off.left + off.right, y: y - off.top + off.bottom, zoom }
}
