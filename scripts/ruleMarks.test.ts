import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { headingMarks, marksIn, scannedFiles, unresolved, unresolvedInRepo } from './ruleMarks.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
// Planted marks are assembled so that this file itself holds no unknown mark for the repository scan.
const S = '§'
const G = 'G'

describe('rule marks: the scanner', () => {
  it('finds § sections and G numbers with their lines, and nothing that only looks like one', () => {
    const text = [
      `retry (${S}2.1, ${G}17).`,
      `${S}7.2–7.3 and ${G}1–${G}37; ${S}15's`,
      'G12x, SG1, x-G3, §DLQ, 2.1',
    ].join('\n')
    expect(marksIn('a.ts', text).map((u) => `${u.line}:${u.mark}`)).toEqual([
      `1:${S}2.1`,
      `1:${G}17`,
      `2:${S}7.2`,
      `2:${G}1`,
      `2:${G}37`,
      `2:${S}15`,
    ])
  })

  it('reads the marks a heading defines, at any level, and only at its start', () => {
    const md = [
      `## ${S}2 Async`,
      `### ${S}2.1 Retries`,
      `### ${G}7 Reserved 0`,
      `Text citing ${S}9.9`,
      `#${S}3 no space`,
    ]
    expect([...headingMarks(md.join('\n'))].sort()).toEqual([`${G}7`, `${S}2`, `${S}2.1`])
  })

  it('fails on a planted unknown mark, and says where it is', () => {
    const defined = headingMarks(`## ${S}2.1 Retries\n### ${G}1 Defaults\n`)
    const uses = marksIn('src/sim/x.ts', `// ${S}2.1 and ${G}1\n// ${S}2.9 and ${G}99\n`)
    expect(unresolved(uses, defined)).toEqual([
      { path: 'src/sim/x.ts', line: 2, mark: `${S}2.9` },
      { path: 'src/sim/x.ts', line: 2, mark: `${G}99` },
    ])
  })
})

describe('rule marks: the repository', () => {
  it('scans code, tests, e2e, docs, examples and both languages', () => {
    const files = scannedFiles(root)
    for (const f of [
      'src/sim/reasons.ts',
      'src/i18n/en/inspector.ts',
      'src/i18n/ja/inspector.ts',
      'docs/scenario-format.md',
      'docs/aws-rules.md',
    ])
      expect(files).toContain(f)
    expect(files.some((f) => f.startsWith('e2e/'))).toBe(true)
    expect(files.some((f) => f.startsWith('examples/'))).toBe(true)
  })

  it('every § and G mark resolves to a heading of docs/aws-rules.md', () => {
    const missing = unresolvedInRepo(root).map((u) => `${u.path}:${u.line} ${u.mark}`)
    expect(missing).toEqual([])
  })
})
