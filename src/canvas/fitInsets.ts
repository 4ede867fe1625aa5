import type { Insets } from './framing'

/**
 * The room a fit keeps clear along each side of the pane, in px: the toolbar at the top, the zoom buttons at the
 * left, the caption strip and the minimap along the bottom. The numbers live in CSS (`--fit-top` … on
 * `.canvas-workspace__flow`, canvas.css), beside the media queries that move those parts, and the caption strip's
 * height is bounded by the same `--fit-bottom`, so a fit and the strip cannot disagree. These are the desktop values,
 * used where no stylesheet applies (unit tests).
 */
export const DEFAULT_FIT_INSETS: Insets = { top: 56, right: 24, bottom: 124, left: 56 }

const SIDES = ['top', 'right', 'bottom', 'left'] as const

/** The fit insets in force for `el` (a pane inside the canvas area). */
export function fitInsetsOf(el: Element): Insets {
  const style = getComputedStyle(el)
  const out = { ...DEFAULT_FIT_INSETS }
  for (const side of SIDES) {
    const px = Number.parseFloat(style.getPropertyValue(`--fit-${side}`))
    if (Number.isFinite(px) && px >= 0) out[side] = px
  }
  return out
}
