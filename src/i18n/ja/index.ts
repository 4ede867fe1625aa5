import type { Messages } from '../types'
import { app } from './app'
import { header } from './header'
import { canvas } from './canvas'
import { flow } from './flow'
import { panel } from './panel'
import { playback } from './playback'
import { nodes } from './nodes'
import { edges } from './edges'
import { narration } from './narration'

/** 日本語。キーは en/ と同じでなければならない（型とテストで確認）。 */
export const ja: Messages = { app, header, canvas, flow, panel, playback, nodes, edges, narration }
