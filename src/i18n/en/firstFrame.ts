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
import { narration } from './narration'
import { nodes } from './nodes'
import { panel } from './panel'
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
  drawer,
  edges,
  faults,
  files,
  flow,
  fork,
  header,
  loading,
  // Names and durations the drawer and the comparison's figures use; the captions and the log read the rest.
  narration: {
    batchName: narration.batchName,
    batchNameShard: narration.batchNameShard,
    batchShort: narration.batchShort,
    duration: narration.duration,
    countdown: narration.countdown,
  },
  nodes,
  panel,
  runEnd,
  runtime,
  safety,
  share,
  start,
  stateMachine,
  transport,
} as const satisfies { [A in keyof Messages]?: Partial<Messages[A]> }
