/**
 * The English areas the first frame of the editor or the embed can show (header, canvas, playback bar, caption strip,
 * drawer, link errors, the embed's static picture). The rest (lessons, rules, inputs, exports, sweep…) is its own chunk,
 * fetched once the first frame is painted and before any lazy panel shows (`loadEnglish` in ../index.ts); an area added
 * to index.ts only is deferred, which is safe: components re-render when strings arrive. (#16: initial JS.)
 */
import type { Messages } from '../types'
import { app } from './app'
import { canvas } from './canvas'
import { caption } from './caption'
import { drawer } from './drawer'
import { edges } from './edges'
import { faults } from './faults'
import { files } from './files'
import { flow } from './flow'
import { fork } from './fork'
import { header } from './header'
import { inspector } from './inspector'
import { issues } from './issues'
import { lanes } from './lanes'
import { loading } from './loading'
import { narration } from './narration'
import { nodes } from './nodes'
import { panel } from './panel'
import { playback } from './playback'
import { runEnd } from './runEnd'
import { runtime } from './runtime'
import { safety } from './safety'
import { share } from './share'
import { start } from './start'
import { stateMachine } from './stateMachine'
import { transport } from './transport'

export const enFirstFrame = {
  app,
  canvas,
  caption,
  drawer,
  edges,
  faults,
  files,
  flow,
  fork,
  header,
  inspector,
  issues,
  lanes,
  loading,
  narration,
  nodes,
  panel,
  playback,
  runEnd,
  runtime,
  safety,
  share,
  start,
  stateMachine,
  transport,
} as const satisfies Partial<Messages>
