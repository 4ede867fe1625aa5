import type { Messages } from '../types'
import { app } from './app'
import { around } from './around'
import { canvas } from './canvas'
import { caption } from './caption'
import { drawer } from './drawer'
import { edges } from './edges'
import { faults } from './faults'
import { files } from './files'
import { flow } from './flow'
import { fork } from './fork'
import { handler } from './handler'
import { header } from './header'
import { inputs } from './inputs'
import { inspector } from './inspector'
import { issues } from './issues'
import { lanes } from './lanes'
import { lessons } from './lessons'
import { lint } from './lint'
import { loading } from './loading'
import { log } from './log'
import { metrics } from './metrics'
import { narration } from './narration'
import { nodes } from './nodes'
import { panel } from './panel'
import { playback } from './playback'
import { rules } from './rules'
import { runEnd } from './runEnd'
import { runtime } from './runtime'
import { safety } from './safety'
import { samExport } from './samExport'
import { share } from './share'
import { start } from './start'
import { stateMachine } from './stateMachine'
import { sweep } from './sweep'
import { templateImport } from './templateImport'
import { transport } from './transport'

/** 日本語。キーは en/ と同じでなければならない（型とテストで確認）。 */
export const ja: Messages = {
  app,
  around,
  canvas,
  caption,
  drawer,
  edges,
  faults,
  files,
  flow,
  fork,
  handler,
  header,
  inputs,
  inspector,
  issues,
  lanes,
  lessons,
  lint,
  loading,
  log,
  metrics,
  narration,
  nodes,
  panel,
  playback,
  rules,
  runEnd,
  runtime,
  safety,
  samExport,
  share,
  start,
  stateMachine,
  sweep,
  templateImport,
  transport,
}
