import type { z } from 'zod'
import { checkScenario } from './check.ts'
import { isIssueCode, type SchemaIssueCode } from './issueCodes.ts'
import { findShapeProblems, MAX_DOCUMENT_DEPTH } from './limits.ts'
import { error, formatPath, type Issue, type PathPart } from './issues.ts'
import { scenarioSchema, type Scenario } from './scenario.ts'

export type ParseResult =
  | { ok: true; scenario: Scenario; warnings: Issue[] }
  | { ok: false; issues: Issue[] }

/** A custom issue raised in the schema with one of our codes in `params.code` (limits: `id.reserved`, `payload.*`). */
function customIssue(path: string, z: z.core.$ZodIssue): Issue | null {
  if (z.code !== 'custom' || !z.params || typeof z.params['code'] !== 'string') return null
  const { code: ours, ...rest } = z.params as Record<string, string | number>
  const code = String(ours)
  if (!isIssueCode(code)) return null
  return { path, code, message: z.message, severity: 'error', params: rest }
}

/** Plain messages for zod's codes, where its own text is too terse for a hand-written document. */
function toIssue(z: z.core.$ZodIssue): Issue {
  const path = formatPath(z.path.filter((p): p is PathPart => typeof p !== 'symbol'))
  const custom = customIssue(path, z)
  if (custom) return custom
  let message = z.message
  if (z.code === 'invalid_union' && 'discriminator' in z) {
    const options = (z as { options?: unknown }).options
    if (Array.isArray(options)) message = `Unknown ${String(z.discriminator)}: use one of ${options.map(String).join(', ')}`
  }
  if (z.code === 'unrecognized_keys') message = `Unknown field${z.keys.length > 1 ? 's' : ''}: ${z.keys.join(', ')}`
  if (z.code === 'invalid_value' && path === 'format') message = 'format must be "lambdascope/scenario@1"'
  const code: SchemaIssueCode = `schema.${z.code}`
  const params = schemaParams(z)
  return params ? { path, code, message, severity: 'error', params } : { path, code, message, severity: 'error' }
}

/**
 * The values of zod's issues a sentence can name (SCHEMA_PARAMS), for the shapes a sentence fits: inclusive number
 * limits, an expected type, the allowed values, unknown fields. Other shapes keep zod's English detail.
 */
function schemaParams(z: z.core.$ZodIssue): Record<string, string | number> | undefined {
  const numeric = (origin: string) => origin === 'number' || origin === 'int'
  const listed = (values: readonly unknown[]) =>
    values.length > 0 && values.every((v) => typeof v === 'string' || typeof v === 'number') ? values.join('|') : undefined
  switch (z.code) {
    case 'too_big':
      return numeric(z.origin) && z.inclusive !== false && typeof z.maximum === 'number' ? { maximum: z.maximum } : undefined
    case 'too_small':
      return numeric(z.origin) && z.inclusive !== false && typeof z.minimum === 'number' ? { minimum: z.minimum } : undefined
    case 'invalid_type':
      return { expectedType: z.expected }
    case 'invalid_value': {
      const allowedValues = listed(z.values)
      return allowedValues ? { allowedValues } : undefined
    }
    case 'invalid_union': {
      const options = 'discriminator' in z ? (z as { options?: unknown }).options : undefined
      const allowedValues = Array.isArray(options) ? listed(options) : undefined
      return allowedValues && 'discriminator' in z ? { field: String(z.discriminator), allowedValues } : undefined
    }
    case 'unrecognized_keys':
      return { fields: z.keys.join(', ') }
    default:
      return undefined
  }
}

/**
 * Parse an untrusted value (JSON already decoded) into a Scenario. Never throws: structure errors come from zod, then
 * the semantic check runs; any error means ok:false with every issue located. Warnings ride along on success.
 */
export function parseScenario(input: unknown): ParseResult {
  const shape = shapeIssues(input)
  if (shape.length > 0) return { ok: false, issues: shape }
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

/** Keys that collide with object internals and absurd nesting, found before zod reads anything (limits.ts). */
function shapeIssues(input: unknown): Issue[] {
  return findShapeProblems(input).map(({ kind, path, ...f }) =>
    kind === 'reservedKey' && 'key' in f
      ? error(path, 'key.reserved', `"${f.key}" cannot be used as a key: it collides with object internals.`, { params: { key: f.key } })
      : error(path, 'document.tooDeep', `The document nests deeper than ${MAX_DOCUMENT_DEPTH} levels here; no field of the format does.`, { params: { maxDepth: MAX_DOCUMENT_DEPTH } }),
  )
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
