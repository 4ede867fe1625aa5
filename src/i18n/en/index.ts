/**
 * English strings: the source of truth for message keys, one module per area of the app.
 * Japanese (ja/) must have exactly the same keys; the type checker and messages.test.ts both fail when one is missing.
 */
import { app } from './app'
import { header } from './header'
import { canvas } from './canvas'
import { flow } from './flow'
import { panel } from './panel'
import { playback } from './playback'
import { inspector } from './inspector'
import { lint } from './lint'
import { files } from './files'
import { nodes } from './nodes'
import { edges } from './edges'
import { transport } from './transport'
import { faults } from './faults'
import { runtime } from './runtime'
import { narration } from './narration'
import { log } from './log'
import { drawer } from './drawer'
import { stateMachine } from './stateMachine'
import { lanes } from './lanes'
import { metrics } from './metrics'
import { issues } from './issues'
import { inputs } from './inputs'
import { runEnd } from './runEnd'

export const en = {
  app, header, canvas, flow, panel, playback, inspector, lint, files, nodes, edges, transport, faults, runtime, narration, log, drawer, stateMachine, lanes, metrics, issues, inputs,
  runEnd,
} as const
