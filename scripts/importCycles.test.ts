import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importCycles, relativeImports } from './importCycles.ts'

describe('import cycles', () => {
  it('resolves relative imports, type-only and re-exports included', () => {
    const src =
      "import type { K } from '../kernel.ts'\nexport { x } from './x.ts'\nimport 'zod'\nconst m = import('./lazy.ts')\n"
    expect(relativeImports('src/sim/push/hub.ts', src)).toEqual([
      'src/sim/kernel.ts',
      'src/sim/push/x.ts',
      'src/sim/push/lazy.ts',
    ])
  })

  it('finds a planted loop, type-only edges included, and nothing in a one-way graph', () => {
    const oneWay = new Map([
      ['s/kernel.ts', "import { Q } from './queue.ts'\n"],
      ['s/queue.ts', ''],
      ['s/fn/host.ts', "import type { Kernel } from '../kernel.ts'\n"],
      [
        's/push/hub.ts',
        "import type { FunctionHost } from '../fn/host.ts'\nimport type { Kernel } from '../kernel.ts'\n",
      ],
    ])
    expect(importCycles(oneWay)).toEqual([])
    const planted = new Map(oneWay)
    planted.set('s/kernel.ts', "import { Q } from './queue.ts'\nimport type { PushHub } from './push/hub.ts'\n")
    expect(importCycles(planted)).toEqual([['s/fn/host.ts', 's/kernel.ts', 's/push/hub.ts']])
    expect(importCycles(new Map([['a.ts', "import './a.ts'\n"]]))).toEqual([['a.ts']])
  })

  it('src/sim has no import cycle', () => {
    const files = new Map<string, string>()
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name)
        if (statSync(full).isDirectory()) walk(full)
        else if (/\.ts$/.test(name)) files.set(full.replaceAll('\\', '/'), readFileSync(full, 'utf8'))
      }
    }
    walk('src/sim')
    expect(files.size).toBeGreaterThan(30)
    expect(importCycles(files)).toEqual([])
  })
})
