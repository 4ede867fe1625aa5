/**
 * Rule marks (§2.1, G17…) cite headings of docs/aws-rules.md. These helpers find the marks in a text, the marks the
 * rules document defines, and the marks that resolve nowhere; ruleMarks.test.ts runs them over the repository.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export const RULES_DOC = 'docs/aws-rules.md'

/** A § section (digits with dots) or a golden behaviour (G and one or two digits), standing alone. */
const MARK = /§\d+(?:\.\d+)*|(?<![\w-])G\d{1,2}(?![\w-])/g
const HEADING = /^#{1,6}\s+(§\d+(?:\.\d+)*|G\d{1,2})(?=\s|$)/

export interface MarkUse {
  readonly path: string
  readonly line: number
  readonly mark: string
}

/** Every mark in a text, with its 1-based line. */
export function marksIn(path: string, text: string): MarkUse[] {
  const out: MarkUse[] = []
  text.split('\n').forEach((lineText, i) => {
    for (const m of lineText.matchAll(MARK)) out.push({ path, line: i + 1, mark: m[0] })
  })
  return out
}

/** The marks a markdown document defines: a heading that starts with the mark. */
export function headingMarks(markdown: string): Set<string> {
  const out = new Set<string>()
  for (const line of markdown.split('\n')) {
    const m = HEADING.exec(line)
    if (m) out.add(m[1]!)
  }
  return out
}

export function unresolved(uses: readonly MarkUse[], defined: ReadonlySet<string>): MarkUse[] {
  return uses.filter((u) => !defined.has(u.mark))
}

/** Folders and files scanned: code, tests, e2e, docs, examples, i18n (under src) and the README. */
export const SCANNED = ['src', 'scripts', 'e2e', 'docs', 'examples', 'README.md'] as const
const TEXT_FILE = /\.(?:ts|tsx|mts|mjs|js|json|md|css|html|yaml|yml)$/

/** Paths (relative to root, with '/') of every text file under the scanned folders. */
export function scannedFiles(root: string): string[] {
  const out: string[] = []
  const walk = (abs: string): void => {
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (name !== 'node_modules') walk(join(abs, name))
    } else if (TEXT_FILE.test(abs)) out.push(relative(root, abs).split('\\').join('/'))
  }
  for (const p of SCANNED) walk(join(root, p))
  return out
}

/** Every mark in the repository that has no heading in docs/aws-rules.md. */
export function unresolvedInRepo(root: string): MarkUse[] {
  const defined = headingMarks(readFileSync(join(root, RULES_DOC), 'utf8'))
  const uses = scannedFiles(root).flatMap((p) => marksIn(p, readFileSync(join(root, p), 'utf8')))
  return unresolved(uses, defined)
}
