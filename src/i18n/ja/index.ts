import type { Messages } from '../types'
import { app } from './app'
import { header } from './header'
import { canvas } from './canvas'
import { flow } from './flow'
import { panel } from './panel'
import { playback } from './playback'
import { inspector } from './inspector'
import { lint } from './lint'
import { files } from './files'
import { transport } from './transport'
import { faults } from './faults'
import { runtime } from './runtime'
import { nodes } from './nodes'
import { edges } from './edges'
import { narration } from './narration'
import { log } from './log'
import { drawer } from './drawer'
import { stateMachine } from './stateMachine'
import { lanes } from './lanes'
import { metrics } from './metrics'
import { issues } from './issues'
import { inputs } from './inputs'
import { runEnd } from './runEnd'

/** 日本語。キーは en/ と同じでなければならない（型とテストで確認）。 */
export const ja: Messages = {
  app, header, canvas, flow, panel, playback, inspector, lint, files, transport, faults, runtime, nodes, edges, narration, log, drawer, stateMachine, lanes, metrics, issues, inputs,
  runEnd,
}
