/**
 * Source lines over 120 characters (issue #12): outside tests and i18n strings, a line may be that long only when it
 * must (a URL, SVG path data, a long literal) and says so with a `long-line: <reason>` marker on the line itself or
 * on the line above. `npm run lint` runs `check-long-lines.ts`, which fails on an unmarked long line or on more
 * marked ones than MAX_MARKED, so the count cannot creep back. Pure: sources are passed in.
 */

export const MAX_COLUMNS = 120
/** The most marked long lines the repository may have (the #12 target was ≤ 50). */
export const MAX_MARKED = 50
const MARKER = /\blong-line:\s*\S/

export interface LongLine {
  file: string
  /** 1-based. */
  line: number
  length: number
  marked: boolean
}

/** Files the rule covers: TypeScript and scripts under src/ and scripts/, except tests and translations. */
export function coveredFile(path: string): boolean {
  const p = path.replaceAll('\\', '/')
  const underSource = p.startsWith('src/') || p.startsWith('scripts/')
  const code = /\.(ts|tsx|mts|mjs)$/.test(p)
  const exempt = /\.(test|spec)\.tsx?$/.test(p) || p.includes('/i18n/')
  return underSource && code && !exempt
}

/** Every line over MAX_COLUMNS in one file, and whether it carries the marker (or the line above does). */
export function longLinesOf(file: string, source: string): LongLine[] {
  const lines = source.split('\n')
  const out: LongLine[] = []
  lines.forEach((text, i) => {
    if (text.length <= MAX_COLUMNS) return
    const marked = MARKER.test(text) || (i > 0 && MARKER.test(lines[i - 1]!))
    out.push({ file, line: i + 1, length: text.length, marked })
  })
  return out
}

/** The problems to report: each unmarked long line, and marked lines beyond the allowance. */
export function longLineProblems(found: readonly LongLine[]): string[] {
  const problems = found
    .filter((l) => !l.marked)
    .map(
      (l) =>
        `${l.file}:${l.line}  ${l.length} characters (max ${MAX_COLUMNS}): split it, ` +
        'or mark a line that must be long with `long-line: <reason>` on it or above it',
    )
  const marked = found.filter((l) => l.marked).length
  if (marked > MAX_MARKED)
    problems.push(`${marked} marked long lines, more than the ${MAX_MARKED} allowed: split some of them`)
  return problems
}
