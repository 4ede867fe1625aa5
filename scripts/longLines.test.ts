import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { coveredFile, longLineProblems, longLinesOf, MAX_MARKED } from './longLines.ts'

const long = (prefix = '') => `${prefix}const s = '${'x'.repeat(130)}'`

describe('long lines (npm run lint)', () => {
  it('covers source and scripts, not tests, specs or translations', () => {
    expect(coveredFile('src/model/resolve.ts')).toBe(true)
    expect(coveredFile('src/panels/icons.tsx')).toBe(true)
    expect(coveredFile('scripts/sw-plugin.ts')).toBe(true)
    expect(coveredFile('src/model/resolve.test.ts')).toBe(false)
    expect(coveredFile('src/i18n/en/canvas.ts')).toBe(false)
    expect(coveredFile('e2e/canvas.spec.ts')).toBe(false)
    expect(coveredFile('docs/engine.md')).toBe(false)
  })

  it('reports an unmarked line over 120 characters with its file, line and length', () => {
    const found = longLinesOf('src/a.ts', `const a = 1\n${long()}\n`)
    expect(found).toEqual([{ file: 'src/a.ts', line: 2, length: 142, marked: false }])
    expect(longLineProblems(found)[0]).toMatch(/^src\/a\.ts:2 {2}142 characters \(max 120\): split it/)
    expect(longLinesOf('src/a.ts', 'x'.repeat(120))).toEqual([])
  })

  it('lets a line be long when it or the line above says why', () => {
    const same = longLinesOf('src/a.ts', `${long()} // long-line: a URL`)
    const above = longLinesOf('src/a.tsx', `{/* long-line: SVG path data */}\n${long()}`)
    const empty = longLinesOf('src/a.ts', `// long-line:\n${long()}`)
    expect([...same, ...above].every((l) => l.marked)).toBe(true)
    expect(longLineProblems([...same, ...above])).toEqual([])
    expect(longLineProblems(empty)).toHaveLength(1)
  })

  it('refuses more marked lines than the allowance', () => {
    const many = Array.from({ length: MAX_MARKED + 1 }, (_, i) => ({
      file: 'a.ts',
      line: i,
      length: 130,
      marked: true,
    }))
    expect(longLineProblems(many)).toEqual([
      `${MAX_MARKED + 1} marked long lines, more than the 50 allowed: split some of them`,
    ])
    expect(longLineProblems(many.slice(1))).toEqual([])
  })

  it('the repository passes (check-long-lines.ts exits 0)', { timeout: 60_000 }, () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-long-lines.ts'], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})
