/**
 * Property tests (fast-check) must pass their own timeout as the test's third argument: they run their body dozens
 * of times, and vitest's 5 s default fails them on a loaded machine. `untimedProperties` finds the ones that do not.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export interface Untimed {
  readonly path: string
  readonly line: number
}

/**
 * `it(` / `test(` blocks (formatted with their closing `})` at the same indent) that call fc.assert without a timeout.
 */
export function untimedProperties(path: string, source: string): Untimed[] {
  const lines = source.split('\n')
  const out: Untimed[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(?:it|test)(?:\.\w+)?\(/.exec(lines[i]!)
    if (!open) continue
    const indent = open[1]!
    if (/\(\s*$/.test(lines[i]!)) {
      // Prettier's long form: `it(` alone, then name, body `},` and the timeout each on a line, closed by `)`.
      let k = i + 1
      while (k < lines.length && !new RegExp(`^${indent}\\)\\s*$`).test(lines[k]!)) k++
      if (k >= lines.length) continue
      const body = lines.slice(i, k).join('\n')
      const last = lines[k - 1]!.trim()
      if (body.includes('fc.assert') && !/^[\w.]+,?$/.test(last)) out.push({ path, line: i + 1 })
      i = k
      continue
    }
    let j = i + 1
    while (j < lines.length && !new RegExp(`^${indent}\\}(?:, [\\w.]+)?\\)\\s*$`).test(lines[j]!)) j++
    if (j >= lines.length) continue // a one-line test, or not formatted as a block
    const body = lines.slice(i, j).join('\n')
    if (body.includes('fc.assert') && lines[j]!.trim() === '})') out.push({ path, line: i + 1 })
    i = j
  }
  return out
}

export function testFiles(root: string, dir = 'src'): string[] {
  const out: string[] = []
  const walk = (abs: string): void => {
    if (statSync(abs).isDirectory()) for (const name of readdirSync(abs).sort()) walk(join(abs, name))
    else if (/\.test\.tsx?$/.test(abs)) out.push(relative(root, abs).split('\\').join('/'))
  }
  walk(join(root, dir))
  return out
}

export function untimedInRepo(root: string): Untimed[] {
  return ['src', 'scripts']
    .flatMap((d) => testFiles(root, d))
    .flatMap((p) => untimedProperties(p, readFileSync(join(root, p), 'utf8')))
}
