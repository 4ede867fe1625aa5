import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MAX_WORDS, docsToCheck, pathExists, pathsIn, wordCount } from './readmeLength.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const docs = docsToCheck(root)

describe('README checks: the helpers', () => {
  it('counts words as wc -w does', () => {
    expect(wordCount('  one two\nthree\t four  ')).toBe(4)
    expect(wordCount('')).toBe(0)
  })

  it('picks backticked paths and ignores code that only looks like one', () => {
    const md = 'Read `slice.ts`, `store/playback/` and `docs/ARCHITECTURE.md`; not `run()`, `a.b`, `x ts`, `*.test.ts`.'
    expect(pathsIn(md)).toEqual(['slice.ts', 'store/playback/', 'docs/ARCHITECTURE.md'])
  })

  it('resolves a path from the README folder, src/ or the root, and refuses a planted stale one', () => {
    expect(pathExists(root, 'src/store/README.md', 'playback/')).toBe(true)
    expect(pathExists(root, 'src/store/README.md', 'sim/views/')).toBe(true)
    expect(pathExists(root, 'src/store/README.md', 'docs/aws-rules.md')).toBe(true)
    expect(pathExists(root, 'src/store/README.md', 'playbackSliceRuntime.ts')).toBe(false)
  })
})

describe('README checks: the repository', () => {
  it('finds the folder READMEs and ARCHITECTURE.md', () => {
    expect(docs).toContain('src/store/README.md')
    expect(docs).toContain('docs/ARCHITECTURE.md')
  })

  it.each(docs)(`%s has at most ${MAX_WORDS} words`, (doc) => {
    expect(wordCount(readFileSync(`${root}${doc}`, 'utf8'))).toBeLessThanOrEqual(MAX_WORDS)
  })

  it.each(docs)('%s names only paths that exist', (doc) => {
    const missing = pathsIn(readFileSync(`${root}${doc}`, 'utf8')).filter((p) => !pathExists(root, doc, p))
    expect(missing).toEqual([])
  })
})
