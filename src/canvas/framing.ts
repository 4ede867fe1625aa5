import type { Rect, Viewport } from '@xyflow/react'

/** A box on screen, in CSS px (DOMRect's edges). */
export interface ScreenBox {
  left: number
  top: number
  right: number
  bottom: number
}

/** Room kept clear on each side of the pane, in px. */
export interface Insets {
  top: number
  right: number
  bottom: number
  left: number
}

type Side = keyof Insets
const SIDES: readonly Side[] = ['top', 'bottom', 'left', 'right']

/** The band along `side` of the pane that clears overlay `o` (already clipped to the pane), in px. */
function cutOf(pane: ScreenBox, o: ScreenBox, side: Side): number {
  if (side === 'top') return o.bottom - pane.top
  if (side === 'bottom') return pane.bottom - o.top
  if (side === 'left') return o.right - pane.left
  return pane.right - o.left
}

/**
 * The room overlays floating over the pane (a lesson player, a caption) leave the diagram. Each overlay claims a band
 * along one side of the pane; of all the ways to choose those sides, the one that shows `bounds` largest wins (a wide
 * diagram beside a card at the top right goes below it, a tall one beside it), then the one that loses least area.
 * `maxZoom` is the largest the diagram may be shown; `gapPx` keeps the diagram off an overlay's edge.
 */
export function insetsAround(
  pane: ScreenBox,
  overlays: readonly ScreenBox[],
  base: Insets,
  bounds: { width: number; height: number },
  maxZoom = Infinity,
  gapPx = 16,
): Insets {
  const width = pane.right - pane.left
  const height = pane.bottom - pane.top
  if (width <= 0 || height <= 0) return { ...base }
  const inside = overlays
    .map((o) => ({
      left: Math.max(o.left, pane.left),
      right: Math.min(o.right, pane.right),
      top: Math.max(o.top, pane.top),
      bottom: Math.min(o.bottom, pane.bottom),
    }))
    .filter((o) => o.right > o.left && o.bottom > o.top)
    .slice(0, 4)
  let best = { ...base }
  let bestScore = [-Infinity, -Infinity]
  const combos = SIDES.length ** inside.length
  for (let combo = 0; combo < combos; combo++) {
    const insets = { ...base }
    let rest = combo
    for (const o of inside) {
      const side = SIDES[rest % SIDES.length]!
      rest = Math.floor(rest / SIDES.length)
      insets[side] = Math.max(insets[side], cutOf(pane, o, side) + gapPx)
    }
    const w = width - insets.left - insets.right
    const h = height - insets.top - insets.bottom
    if (w <= 0 || h <= 0) continue
    const zoom = Math.min(w / Math.max(bounds.width, 1), h / Math.max(bounds.height, 1), maxZoom)
    // Zooms within 1 % are the same to the eye (and all beyond the largest): then the larger room wins.
    const score = [Math.round(Math.log(zoom) * 100), w * h]
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      best = insets
      bestScore = score
    }
  }
  return best
}

/**
 * The viewport that shows `bounds` (flow units) as large as fits, centred in the room the insets leave on a pane of
 * `widthPx` × `heightPx`. When the overlays leave less than `minRoomPx` either way, they are ignored (the diagram
 * goes under them rather than vanishing to a dot): `fallback` insets are used instead.
 */
export function viewportInRoom(
  bounds: Rect,
  widthPx: number,
  heightPx: number,
  insets: Insets,
  fallback: Insets,
  zoomLimits: { minZoom: number; maxZoom: number },
  minRoomPx = 120,
): Viewport {
  const roomOf = (i: Insets) => ({ i, w: widthPx - i.left - i.right, h: heightPx - i.top - i.bottom })
  let room = roomOf(insets)
  if (room.w < minRoomPx || room.h < minRoomPx) room = roomOf(fallback)
  const w = Math.max(room.w, 1)
  const h = Math.max(room.h, 1)
  const fitted = Math.min(w / Math.max(bounds.width, 1), h / Math.max(bounds.height, 1))
  const zoom = Math.min(zoomLimits.maxZoom, Math.max(zoomLimits.minZoom, fitted))
  const centreX = bounds.x + bounds.width / 2
  const centreY = bounds.y + bounds.height / 2
  return { x: room.i.left + w / 2 - centreX * zoom, y: room.i.top + h / 2 - centreY * zoom, zoom }
}
