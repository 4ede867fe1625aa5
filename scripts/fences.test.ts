import { describe, expect, it } from 'vitest'
import { checkSource, stripCommentsAndStrings } from './fences.ts'

const messages = (path: string, src: string) => checkSource(path, src).map((v) => `${v.line}: ${v.message}`)

describe('architecture fences', () => {
  it('refuses UI libraries in the pure core', () => {
    for (const pkg of [
      'react',
      'react-dom/client',
      'zustand',
      '@xyflow/react',
      'motion/react',
      'framer-motion',
      'i18next',
    ]) {
      const found = messages('src/sim/engine.ts', `import { x } from '${pkg}'\n`)
      expect(found, pkg).toHaveLength(1)
      expect(found[0]).toContain(`must not import '${pkg}'`)
    }
    expect(messages('src/model/scenario.ts', "import { z } from 'zod'\n")).toEqual([])
  })

  it("lets the core name AWS's event types, as types only, and use fflate (pure deflate)", () => {
    expect(messages('src/model/events/s3.ts', "import type { S3Event } from 'aws-lambda'\n")).toEqual([])
    expect(messages('src/model/events/s3.ts', "import { S3Event } from 'aws-lambda'\n")).toHaveLength(1)
    expect(messages('src/model/events/logs.ts', "import { gzipSync } from 'fflate'\n")).toEqual([])
  })

  it('refuses the clock, timers, randomness and the DOM in the core, with the line', () => {
    const src = [
      'export const a = 1',
      'const t = Date.now()',
      'const p = performance.now()',
      'setTimeout(() => {}, 1)',
      'const r = Math.random()',
      'requestAnimationFrame(() => {})',
      'document.title = "x"',
    ].join('\n')
    const found = checkSource('src/model/x.ts', src)
    expect(found.map((v) => v.line)).toEqual([2, 3, 4, 5, 6, 7])
  })

  it('ignores the words inside comments and strings', () => {
    const src = "// Date.now() is banned\nconst s = 'Math.random'\n/* setTimeout */ export {}\n"
    expect(checkSource('src/sim/x.ts', src)).toEqual([])
    expect(stripCommentsAndStrings('a // b\nc').split('\n')).toHaveLength(2)
  })

  it('keeps imports one way between layers', () => {
    expect(messages('src/model/a.ts', "import { run } from '../sim/engine'\n")[0]).toContain(
      'src/model must not import src/sim',
    )
    expect(messages('src/sim/a.ts', "import type { Scenario } from '../model/scenario'\n")).toEqual([])
    expect(messages('src/store/a.ts', "import { Canvas } from '../canvas/FlowCanvas'\n")[0]).toContain(
      'must not import src/canvas',
    )
    expect(messages('src/canvas/a.tsx', "import { P } from '../panels/Inspector'\n")[0]).toContain(
      'must not import src/panels',
    )
    expect(messages('src/i18n/a.ts', "import { s } from '../store/createAppStore'\n")[0]).toContain(
      'src/i18n must not import',
    )
    expect(messages('src/app/App.tsx', "import { FlowCanvas } from '../canvas/FlowCanvas'\n")).toEqual([])
    expect(messages('src/lessons/a.ts', "import { t } from '../i18n'\n")[0]).toContain('as types only')
    expect(messages('src/lessons/a.ts', "import type { MessageKey } from '../i18n'\n")).toEqual([])
  })

  it('lets only test files use the shared test builders', () => {
    expect(messages('src/sim/a.ts', "import { aScenario } from '../test/builders'\n")).toHaveLength(1)
    expect(
      messages('src/sim/a.test.ts', "import { aScenario } from '../test/builders'\nimport fc from 'fast-check'\n"),
    ).toEqual([])
  })

  it('refuses an import of a file that moved, naming where it went', () => {
    expect(
      messages('src/canvas/playback/x.tsx', "import { nodeRuntimeAt } from '../../store/playbackSliceRuntime'\n"),
    ).toEqual(["1: '../../store/playbackSliceRuntime' moved to src/sim/views/nodeRuntime"])
    expect(messages('src/sim/functions/invoke.ts', "import { RUN_ERROR } from './faults.ts'\n")).toEqual([
      "1: './faults.ts' moved to src/sim/faults",
    ])
    expect(messages('src/sim/functions/invoke.ts', "import { RUN_ERROR } from '../faults.ts'\n")).toEqual([])
    // #12 housekeeping: the playback slice and the playback bar each became a folder.
    expect(messages('src/app/x.tsx', "import { selectPlaybackRun } from '../store/playbackSliceSelectors'\n")).toEqual([
      "1: '../store/playbackSliceSelectors' moved to src/store/playback/selectors",
    ])
    expect(messages('src/app/x.tsx', "import { PlaybackBar } from '../panels/PlaybackBar'\n")).toEqual([
      "1: '../panels/PlaybackBar' moved to src/panels/playbackBar/PlaybackBar",
    ])
  })

  it('lets the exporters read model and sim, be read by panels and app, and keeps their own code pure', () => {
    const read = "import { localTestFiles } from '../exporters'\n"
    expect(messages('src/panels/x.tsx', read)).toEqual([])
    expect(messages('src/app/x.tsx', read)).toEqual([])
    expect(messages('src/model/x.ts', read)[0]).toContain('must not import src/exporters')
    expect(messages('src/sim/x.ts', read)[0]).toContain('must not import src/exporters')
    expect(messages('src/exporters/x.ts', "import { simulate } from '../sim'\n")).toEqual([])
    expect(messages('src/exporters/x.ts', "import { usePlayback } from '../store'\n")[0]).toContain('one way')
    // The text it writes may read the clock (it runs in the user's account); its own code may not.
    expect(messages('src/exporters/x.ts', 'export const S = `const t = Date.now()`\n')).toEqual([])
    expect(messages('src/exporters/x.ts', 'export const t = Date.now()\n')[0]).toContain('Date (the clock)')
    expect(messages('src/exporters/x.ts', "import { readFileSync } from 'node:fs'\n")[0]).toContain('is pure')
    expect(messages('src/panels/x.tsx', "import { localTestFiles } from '../model/export/localTest'\n")).toContain(
      "1: '../model/export/localTest' moved to src/exporters/localTest",
    )
  })
})
