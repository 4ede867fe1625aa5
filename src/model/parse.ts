import type { z } from 'zod'
import { checkScenario } from './check.ts'
import { isIssueCode, type SchemaIssueCode } from './issueCodes.ts'
import { findShapeProblems, MAX_DOCUMENT_DEPTH } from './limits.ts'
import { error, formatPath, type Issue, type PathPart } from './issues.ts'
import type { Scenario } from './scenario.ts'
import { scenarioSchema } from './scenario.schema.ts'

export type ParseResult = { ok: true; scenario: Scenario; warnings: Issue[] } | { ok: false; issues: Issue[] }

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
    if (Array.isArray(options))
      message = `Unknown ${String(z.discriminator)}: use one of ${options.map(String).join(', ')}`
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
    values.length > 0 && values.every((v) => typeof v === 'string' || typeof v === 'number')
      ? values.join('|')
      : undefined
  switch (z.code) {
    case 'too_big':
      return numeric(z.origin) && z.inclusive !== false && typeof z.maximum === 'number'
        ? { maximum: z.maximum }
        : undefined
    case 'too_small':
      return numeric(z.origin) && z.inclusive !== false && typeof z.minimum === 'number'
        ? { minimum: z.minimum }
        : undefined
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
    return {
      ok: false,
      issues: [
        {
          path: '(document)',
          code: 'schema.unreadable' satisfies SchemaIssueCode,
          message: 'The document could not be read.',
          severity: 'error',
        },
      ],
    }
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
      ? error(path, 'key.reserved', `"${f.key}" cannot be used as a key: it collides with object internals.`, {
          params: { key: f.key },
        })
      : error(
          path,
          'document.tooDeep',
          `The document nests deeper than ${MAX_DOCUMENT_DEPTH} levels here; no field of the format does.`,
          { params: { maxDepth: MAX_DOCUMENT_DEPTH } },
        ),
  )
}

/** Line and column (1-based) of a character offset. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  const end = Math.min(Math.max(0, offset), text.length)
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      start = i + 1
    }
  }
  return { line, column: end - start + 1 }
}

/**
 * Where JSON.parse stopped, as "line L, column C": from V8's "(line L column C)" or "at position N"; an error without
 * a place (unexpected end) is at the end of the text.
 */
function jsonErrorPlace(text: string, message: string): string {
  const lc = /line (\d+) column (\d+)/.exec(message)
  if (lc) return `line ${lc[1]}, column ${lc[2]}`
  const pos = /position (\d+)/.exec(message)
  const { line, column } = lineColumnOf(text, pos ? Number(pos[1]) : text.length)
  return `line ${line}, column ${column}`
}

/** Parse JSON text (a leading UTF-8 BOM is ignored); a syntax error becomes one issue with its line and column. */
export function parseScenarioJson(text: string): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e)
    // V8 quotes a slice of the text; keep the sentence short and put the place first.
    const reason = raw
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ in JSON at position \d+/, '')
      .replace(/, "[\s\S]*" is not valid JSON$/, '')
    const detail = `${jsonErrorPlace(body, raw)}: ${reason}`
    return { ok: false, issues: [error([], 'json.syntax', `Not valid JSON at ${detail}`, { params: { detail } })] }
  }
  return parseScenario(value)
}
