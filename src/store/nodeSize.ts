/** Service nodes have one size (canvas.css uses the same numbers), so groups and handles are known before measuring. */
export const NODE_WIDTH = 184
export const NODE_HEIGHT = 60
/** The service node's left border (its invocation-style stripe) and its other borders, in CSS px (canvas.css). */
export const NODE_BORDER_LEFT_PX = 4
export const NODE_BORDER_RIGHT_PX = 1
