/**
 * The English areas the first frame of the editor can show (header, palette, canvas, playback bar, drawer tabs, the
 * what-if and share menus, the comparison's panes). The rest (inspector, issues, captions, lessons, rules, inputs,
 * exports, sweep…) is its own chunk, fetched once the first frame is painted and before any lazy panel shows
 * (`loadEnglish` in ../index.ts); parts that may be on the first frame but read it (the set-aside and link-error
 * banners) wait for it (`panels/useAllStrings.ts`). An area added to index.ts only is deferred: e2e
 * `first-frame-strings.spec.ts` holds that chunk back and looks for keys on screen. (#16: initial JS.)
 */
import type { Messages } from '../types'
import { app } from './app'
import { canvas } from './canvas'
import { drawer } from './drawer'
import { edges } from './edges'
import { faults } from './faults'
import { files } from './files'
import { flow } from './flow'
import { fork } from './fork'
import { header } from './header'
import { loading } from './loading'
import { narrationNames } from './narrationNames'
import { nodes } from './nodes'
import { panel } from './panel'
import { runEnd } from './runEnd'
import { runtime } from './runtime'
import { safety } from './safety'
import { shareMenu } from './shareMenu'
import { startButtons } from './startButtons'
import { stateMachine } from './stateMachine'
import { sweepMenu } from './sweepMenu'
import { transport } from './transport'

export const enFirstFrame = {
  app,
  canvas,
  drawer,
  edges,
  faults,
  files,
  flow,
  fork,
  header,
  loading,
  // Names and durations the drawer and the comparison's figures use; the captions and the log read the rest.
  narration: narrationNames,
  nodes,
  panel,
  runEnd,
  runtime,
  safety,
  // The Share menu; the kept-aside notice and the embed read the rest.
  share: shareMenu,
  // The header's Learn and Examples; the start page reads the rest.
  start: startButtons,
  stateMachine,
  sweep: sweepMenu,
  transport,
} as const satisfies { [A in keyof Messages]?: Partial<Messages[A]> }
