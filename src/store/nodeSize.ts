/** Service nodes have one size (canvas.css uses the same numbers), so groups and handles are known before measuring. */
export const NODE_WIDTH = 184
export const NODE_HEIGHT = 60
