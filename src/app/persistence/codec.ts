import type { Issue, Scenario } from '../../model'

/**
 * Files bigger than this are refused before reading: the largest document the format allows (500 nodes, 2,000 edges,
 * 1,000 traffic and fault entries) is well under 2 MB, so 8 MB leaves room and still cannot stall the parser.
 */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024
/** How many located issues a dialog lists; the rest are counted. */
export const SHOWN_ISSUES = 20

export type ImportResult =
  { ok: true; scenario: Scenario; warnings: Issue[] } | { ok: false; issues: Issue[]; total: number }

/** The file written by Save: the document as written, pretty-printed so it diffs and reads well by hand. */
export function serializeScenario(s: Scenario): string {
  return `${JSON.stringify(s, null, 2)}\n`
}

/** A file name from the title: letters, digits and dashes, never empty. */
export function scenarioFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${slug === '' ? 'scenario' : slug}.lambdascope.json`
}

/** Keep the first `limit` issues and count them all (a 5 MB file can carry tens of thousands). */
export function firstIssues(issues: readonly Issue[], limit = SHOWN_ISSUES): { issues: Issue[]; total: number } {
  return { issues: issues.slice(0, limit), total: issues.length }
}

export function tooLargeIssue(bytes: number): Issue {
  return {
    path: '(document)',
    code: 'file.tooLarge',
    message: `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
    severity: 'error',
    params: { sizeMb: Number((bytes / 1024 / 1024).toFixed(1)), limitMb: MAX_IMPORT_BYTES / 1024 / 1024 },
  }
}
