/**
 * Checks that keep the folder READMEs and docs/ARCHITECTURE.md short and true: each has at most 300 words, and every
 * backticked path it names (`something.ts`, `folder/`) exists. readmeLength.test.ts runs them over the repository.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

export const MAX_WORDS = 300

/** Words as `wc -w` counts them: runs of non-space characters. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length
}

/** README.md files under src (relative paths with '/'), plus docs/ARCHITECTURE.md. */
export function docsToCheck(root: string): string[] {
  const out: string[] = []
  const walk = (abs: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const child = join(abs, name)
      if (statSync(child).isDirectory()) walk(child)
      else if (name === 'README.md') out.push(relative(root, child).split('\\').join('/'))
    }
  }
  walk(join(root, 'src'))
  return [...out, 'docs/ARCHITECTURE.md']
}

/** A backticked span that looks like a path: ends in a source/doc extension, or in '/'. No spaces, globs or braces. */
const PATH_LIKE = /^[\w.@-]+(?:\/[\w.@-]+)*(?:\.(?:ts|tsx|mts|mjs|js|json|md|css|html|ya?ml)|\/)$/
const BACKTICKED = /`([^`\n]+)`/g

/** Backticked path-like spans of a markdown text. */
export function pathsIn(markdown: string): string[] {
  return [...markdown.matchAll(BACKTICKED)].map((m) => m[1]!).filter((s) => PATH_LIKE.test(s))
}

/** Whether a path named in a doc exists relative to the doc's folder, src/ or the repository root. */
export function pathExists(root: string, docPath: string, named: string): boolean {
  const bases = [join(root, dirname(docPath)), join(root, 'src'), root]
  return bases.some((base) => existsSync(join(base, named)))
}
