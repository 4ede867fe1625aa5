/** The Japanese of the embed's first frame: the same areas as en/embedFirstFrame.ts (its own small chunk). */
import { canvas } from './canvas'
import { edges } from './edges'
import { nodes } from './nodes'
import { share } from './share'
import { transport } from './transport'

export const jaEmbedFirstFrame = {
  canvas: { label: canvas.label },
  edges: { role: edges.role },
  nodes,
  share,
  transport: { play: transport.play },
} as const
