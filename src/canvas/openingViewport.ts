import { getNodesBounds, type InternalNode, type Rect, type Viewport } from '@xyflow/react'
import { FIT_VIEW_OPTIONS, MIN_ZOOM } from './flowOptions'
import { viewportInRoom, type Insets } from './framing'
import { DEFAULT_FIT_INSETS, fitInsetsOf } from './fitInsets'

/**
 * What a node draws beyond its box, in flow units: its badge ("POLLED") above, up to two rows of runtime chips
 * below. A fit frames those too, or the bottom row's chips end under the caption strip.
 */
export const NODE_OVERHANG = { top: 14, bottom: 50 } as const

/** The box around every shown node and what it draws beyond it (flow units); null when there is nothing to frame. */
export function framedBounds(
  nodeLookup: ReadonlyMap<string, InternalNode>,
  overhang: { top: number; bottom: number } = NODE_OVERHANG,
): Rect | null {
  const framed = [...nodeLookup.values()].filter((n) => n.measured.width && n.measured.height && !n.hidden)
  if (framed.length === 0) return null
  const b = getNodesBounds(framed, { nodeLookup: nodeLookup as Map<string, InternalNode> })
  return {
    x: b.x,
    y: b.y - overhang.top,
    width: b.width,
    height: b.height + overhang.top + overhang.bottom,
  }
}

/**
 * The whole document framed as large as fits (up to the fit's zoom limit), centred in the room the `insets` leave
 * on a pane of `paneWidth` × `paneHeight`: the band of the toolbar, the zoom buttons, the caption strip and the
 * minimap stays free (see fitInsets.ts). Used before React Flow's first render (the pane's size and the nodes' boxes
 * are known up front, see graphMapping) and by the fit button. Null when there is nothing to frame or the pane has
 * no size (then React Flow fits by itself).
 */
export function openingViewport(
  nodeLookup: ReadonlyMap<string, InternalNode>,
  paneWidth: number,
  paneHeight: number,
  insets: Insets = DEFAULT_FIT_INSETS,
): Viewport | null {
  if (paneWidth <= 0 || paneHeight <= 0) return null
  const bounds = framedBounds(nodeLookup)
  if (!bounds) return null
  return viewportInRoom(bounds, paneWidth, paneHeight, insets, insets, {
    minZoom: MIN_ZOOM,
    maxZoom: FIT_VIEW_OPTIONS.maxZoom,
  })
}

/** The fit button's framing, from React Flow's store (its pane element carries the fit insets). */
export function wholeViewport(s: {
  nodeLookup: ReadonlyMap<string, InternalNode>
  domNode: Element | null
  width: number
  height: number
}): Viewport | null {
  if (!s.domNode) return null
  return openingViewport(s.nodeLookup, s.width, s.height, fitInsetsOf(s.domNode))
}
