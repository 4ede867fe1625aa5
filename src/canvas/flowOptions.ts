/** The opening fit (React Flow's provider, for the first render) and the fit buttons use the same framing. */
export const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: 1.25 }
export const MIN_ZOOM = 0.1
