import type { FitViewOptions } from '@xyflow/react'

/**
 * The opening fit (React Flow's provider, for the first render) and the fit buttons use the same framing. Top and left
 * keep clear of the toolbar and the zoom buttons that float over the canvas (in a 600×400 embed a proportional margin
 * put the leftmost node under them); right and bottom stay proportional.
 */
export const FIT_VIEW_OPTIONS = {
  padding: { top: '56px', left: '56px', right: 0.15, bottom: 0.15 },
  maxZoom: 1.25,
} satisfies FitViewOptions
export const MIN_ZOOM = 0.1
