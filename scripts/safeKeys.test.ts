/**
 * A guard (issue #13): user text (ids, env var keys, labels) must never index a plain object that code then writes to —
 * `totals[id] ??= {}` with id `__proto__` wrote `Invocations` onto Object.prototype. Use a Map, Object.fromEntries or a
 * null-prototype object. A plain `Record<string, …> = {}` that is written by key says why its keys are safe.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

function sources(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...sources(p))
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p)
  }
  return out
}

const RISKS: { what: string; re: RegExp }[] = [
  { what: 'an object made per key (`o[k] ??= {}`)', re: /\w\[[^\]]+\]\s*(?:\?\?|\|\|)=\s*[{[]/ },
  {
    what: 'a plain record filled by key without a `// safe-keys:` reason',
    re: /:\s*Record<string,[^=]*>\s*=\s*\{\}(?!.*safe-keys:)/,
  },
  { what: 'Object.assign onto a plain object from user data', re: /Object\.assign\(\s*\{\}/ },
]

describe('safe keys', () => {
  const files = [...sources('src'), ...sources('scripts')]
  it('scans the sources', () => expect(files.length).toBeGreaterThan(100))
  it('no user key can reach Object.prototype', () => {
    const found: string[] = []
    for (const f of files) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const r of RISKS) if (r.re.test(line)) found.push(`${f}:${i + 1}: ${r.what}`)
        })
    }
    expect(found).toEqual([])
  })
  it('would catch the line that polluted the CLI', () => {
    expect(RISKS[0]!.re.test('    const t = (totals[s.nodeId] ??= {})')).toBe(true)
    expect(RISKS[1]!.re.test('  const map: Record<string, string> = {}')).toBe(true)
  })
})
