/**
 * The English the embed's first frame shows (app/embed/firstFrame): its chrome, the play control and the words of
 * its static picture (service names, and role names as the canvas's wires show them). Everything else arrives with the rest of English before the
 * interactive embed replaces the first frame. (#16: the embed's initial JS.)
 */
import { edges } from './edges'
import { nodes } from './nodes'
import { share } from './share'
import { canvas } from './canvas'
import { transport } from './transport'

export const enEmbedFirstFrame = {
  canvas: { label: canvas.label },
  edges: { role: edges.role },
  nodes,
  share,
  transport: { play: transport.play },
} as const
