import type { z } from 'zod'
import { checkScenario } from './check.ts'
import type { SchemaIssueCode } from './issueCodes.ts'
import { error, formatPath, type Issue, type PathPart } from './issues.ts'
import { scenarioSchema, type Scenario } from './scenario.ts'

export type ParseResult =
  | { ok: true; scenario: Scenario; warnings: Issue[] }
  | { ok: false; issues: Issue[] }

/** Plain messages for zod's codes, where its own text is too terse for a hand-written document. */
function toIssue(z: z.core.$ZodIssue): Issue {
  const path = formatPath(z.path.filter((p): p is PathPart => typeof p !== 'symbol'))
  let message = z.message
  if (z.code === 'invalid_union' && 'discriminator' in z) {
    const options = (z as { options?: unknown }).options
    if (Array.isArray(options)) message = `Unknown ${String(z.discriminator)}: use one of ${options.map(String).join(', ')}`
  }
  if (z.code === 'unrecognized_keys') message = `Unknown field${z.keys.length > 1 ? 's' : ''}: ${z.keys.join(', ')}`
  if (z.code === 'invalid_value' && path === 'format') message = 'format must be "lambdascope/scenario@1"'
  const code: SchemaIssueCode = `schema.${z.code}`
  return { path, code, message, severity: 'error' }
}

/**
 * Parse an untrusted value (JSON already decoded) into a Scenario. Never throws: structure errors come from zod, then
 * the semantic check runs; any error means ok:false with every issue located. Warnings ride along on success.
 */
export function parseScenario(input: unknown): ParseResult {
  let parsed: ReturnType<typeof scenarioSchema.safeParse>
  try {
    parsed = scenarioSchema.safeParse(input)
  } catch {
    return { ok: false, issues: [{ path: '(document)', code: 'schema.unreadable' satisfies SchemaIssueCode, message: 'The document could not be read.', severity: 'error' }] }
  }
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(toIssue) }
  const issues = checkScenario(parsed.data)
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues }
  return { ok: true, scenario: parsed.data, warnings: issues }
}

/** Parse JSON text; a syntax error becomes one located issue. */
export function parseScenarioJson(text: string): ParseResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    return { ok: false, issues: [error([], 'json.syntax', `Not valid JSON: ${detail}`, { params: { detail } })] }
  }
  return parseScenario(value)
}
