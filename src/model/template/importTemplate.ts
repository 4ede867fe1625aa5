/**
 * `importTemplate(text)`: a SAM or CloudFormation template (YAML or JSON) → a scenario and a report of what was not
 * simulated, or located errors. Never throws. Positions are left out: the app and the CLI lay the result out
 * (store/autoLayout). The scenario is checked by `parseScenario`; a value the model refuses (a memory size beyond
 * the limit…) is dropped and noted, so one bad number does not lose the whole architecture.
 */
import { DEFAULT_ACCOUNT_ID } from '../graph.ts'
import { parseScenario } from '../parse.ts'
import { SCENARIO_FORMAT, type Scenario } from '../scenario.ts'
import type { Traffic } from '../traffic.ts'
import { ImportBuilder, isRecord, list, rec, str, type Resource } from './builder.ts'
import { createResolver, UNKNOWN } from './intrinsics.ts'
import { FUNCTION_TYPES, mapServiceResource } from './mapServices.ts'
import { mapFunctionNode, mapFunctionWiring } from './mapFunctions.ts'
import { finishWiring, mapWiring } from './mapWiring.ts'
import { mapNetwork } from './mapNetwork.ts'
import { mergeGlobals } from './globals.ts'
import { dotted, parseCfn } from './parseCfn.ts'
import type { ImportOptions, ImportResult, TemplateError, TemplateParameter } from './types.ts'

/** CloudFormation allows 200 parameters; the report lists at most this many (and as many allowed values each). */
const MAX_LISTED_PARAMETERS = 200

/** A parameter value as text for the app's field (objects, which a parameter cannot hold, as an ellipsis). */
function asText(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) return v.map(asText).join(',')
  return '…'
}

const REGION = 'us-east-1'

export function importTemplate(text: string, options: ImportOptions = {}): ImportResult {
  const parsed = parseCfn(text)
  if (!parsed.ok) return parsed
  const { value, locate } = parsed
  const located = (
    path: (string | number)[],
    code: TemplateError['code'],
    message: string,
    params: TemplateError['params'] = {},
  ): ImportResult => ({
    ok: false,
    errors: [{ ...locate(path), path: dotted(path), code, message, params }],
  })
  if (!isRecord(value)) return located([], 'template.notObject', 'A template is a mapping with a Resources section.')
  const resourcesIn = value['Resources']
  if (!isRecord(resourcesIn) || Object.keys(resourcesIn).length === 0)
    return located(
      resourcesIn === undefined ? [] : ['Resources'],
      'template.noResources',
      'The template has no Resources: nothing to import.',
    )
  const b = new ImportBuilder(locate)

  // Parameters: the given value, else the default (noted), else unknown.
  const parameters = new Map<string, unknown>()
  const declared: TemplateParameter[] = []
  for (const [name, decl] of Object.entries(rec(value['Parameters']))) {
    const given =
      options.parameters && Object.prototype.hasOwnProperty.call(options.parameters, name)
        ? options.parameters[name]
        : undefined
    const d = rec(decl)
    const raw = given ?? d['Default']
    const allowed = Array.isArray(d['AllowedValues']) ? d['AllowedValues'].map(asText) : undefined
    if (declared.length < MAX_LISTED_PARAMETERS)
      declared.push({
        name,
        type: str(d['Type']) ?? 'String',
        value: raw === undefined || raw === null ? null : asText(raw),
        given: given !== undefined,
        ...(allowed ? { allowed: allowed.slice(0, MAX_LISTED_PARAMETERS) } : {}),
        line: locate(['Parameters', name]).line,
      })
    if (raw === undefined) {
      b.note('parameterNoDefault', { name }, ['Parameters', name])
      parameters.set(name, UNKNOWN)
      continue
    }
    if (given === undefined) b.note('parameterDefault', { name, value: String(raw) }, ['Parameters', name])
    const type = str(d['Type']) ?? 'String'
    parameters.set(
      name,
      type === 'Number' && Number.isFinite(Number(raw))
        ? Number(raw)
        : type.startsWith('List<') || type === 'CommaDelimitedList'
          ? Array.isArray(raw)
            ? raw
            : String(raw)
                .split(',')
                .map((s) => s.trim())
          : raw,
    )
  }
  const transforms = list(value['Transform']).map(str)
  for (const t of transforms)
    if (t !== undefined && t !== 'AWS::Serverless-2016-10-31') b.note('transformIgnored', { name: t }, ['Transform'])

  const resolver = createResolver({
    parameters,
    resources: new Set(Object.keys(resourcesIn)),
    mappings: value['Mappings'],
    conditions: rec(value['Conditions']),
    accountId: DEFAULT_ACCOUNT_ID,
    region: REGION,
    onUnresolved: (path, fn) => b.note('unresolved', { path, function: fn }, path.split('.')),
  })
  const globals = rec(value['Globals'])
  const mergedInto: string[] = []
  for (const [logicalId, raw] of Object.entries(resourcesIn)) {
    const path = ['Resources', logicalId]
    if (!isRecord(raw) || typeof raw['Type'] !== 'string') {
      b.unsupportedItem(
        logicalId,
        isRecord(raw) ? String(raw['Type'] ?? '(no Type)') : '(not a mapping)',
        'shape',
        path,
      )
      continue
    }
    const cond = typeof raw['Condition'] === 'string' ? resolver.condition(raw['Condition']) : true
    if (cond === false) {
      b.unsupportedItem(logicalId, raw['Type'], 'conditionFalse', path)
      continue
    }
    const merged = mergeGlobals(raw['Type'], rec(raw['Properties']), globals)
    if (merged.merged) mergedInto.push(logicalId)
    const props = rec(resolver.resolve(merged.props, `Resources.${logicalId}.Properties`))
    b.resources.set(logicalId, { logicalId, type: raw['Type'], props, path })
    b.mark(logicalId, raw['Metadata'])
  }
  b.finishMarks()
  if (mergedInto.length > 0)
    b.note('globalsMerged', { count: mergedInto.length, logicalIds: mergedInto.join(', ') }, ['Globals'])
  const all: Resource[] = [...b.resources.values()]
  for (const r of all) if (FUNCTION_TYPES.has(r.type)) mapFunctionNode(b, r)
  for (const r of all) mapServiceResource(b, r)
  for (const r of all) if (FUNCTION_TYPES.has(r.type)) mapFunctionWiring(b, r)
  for (const r of all) mapWiring(b, r)
  finishWiring(b)
  mapNetwork(b)
  return finish(b, value, options, declared)
}

function finish(
  b: ImportBuilder,
  template: Record<string, unknown>,
  options: ImportOptions,
  declared: TemplateParameter[],
): ImportResult {
  const description = str(template['Description'])?.split('\n')[0]?.trim().slice(0, 200)
  const title = (options.title ?? '').trim().slice(0, 200) || description || 'Imported template'
  const sources = new Set(
    b.edges.filter((e) => e.role === 'trigger' || e.role === 'eventSourceMapping').map((e) => e.from),
  )
  const traffic: Traffic[] =
    options.sampleTraffic === false ? [] : [...sources].map((source) => ({ source, kind: 'once', atMs: 1000 }))
  if (traffic.length > 0) b.note('sampleTraffic', { count: traffic.length })
  const edges = b.edges.map(({ origin: _o, ...e }) => e)
  const doc: Scenario = {
    format: SCENARIO_FORMAT,
    title,
    era: 'current',
    seed: 1,
    durationMs: 60_000,
    nodes: b.nodes,
    edges,
    traffic,
    faults: [],
  }
  // Drop values the model refuses (each noted), at most a few rounds: each round removes at least one field.
  for (let round = 0; round < 25; round++) {
    const checked = parseScenario(doc)
    if (checked.ok)
      return {
        ok: true,
        scenario: checked.scenario,
        report: { unsupported: b.unsupported, notes: b.notes, parameters: declared },
      }
    const errors = checked.issues.filter((i) => i.severity === 'error')
    let dropped = false
    for (const issue of errors) {
      const m = /^(nodes|edges)\[(\d+)\]\.config\.([A-Za-z]+)/.exec(issue.path)
      if (!m) continue
      const owner = (m[1] === 'nodes' ? doc.nodes : doc.edges)[Number(m[2])] as
        { id?: string; from?: string; config?: Record<string, unknown> } | undefined
      if (!owner?.config || !(m[3]! in owner.config)) continue
      const { [m[3]!]: _drop, ...rest } = owner.config
      owner.config = rest
      if (Object.keys(rest).length === 0) delete owner.config
      const origin = m[1] === 'nodes' ? b.nodeOrigin.get(String(owner.id)) : b.edges[Number(m[2])]?.origin
      b.note(
        'valueDropped',
        {
          field: m[3]!,
          at: m[1] === 'nodes' ? String(owner.id) : `${b.edges[Number(m[2])]?.from}->${b.edges[Number(m[2])]?.to}`,
          reason: issue.message,
        },
        origin,
      )
      dropped = true
    }
    if (!dropped)
      return {
        ok: false,
        errors: errors.slice(0, 20).map((issue) => {
          const m = /^(nodes|edges)\[(\d+)\]/.exec(issue.path)
          const origin = m
            ? m[1] === 'nodes'
              ? b.nodeOrigin.get(String(doc.nodes[Number(m[2])]?.id))
              : b.edges[Number(m[2])]?.origin
            : undefined
          const path = origin ?? ['Resources']
          return {
            ...b.locate(path),
            path: dotted(path),
            code: 'template.scenarioRefused' as const,
            message: issue.message,
            params: { issueCode: issue.code, ...(issue.params ?? {}) },
          }
        }),
      }
  }
  return {
    ok: false,
    errors: [
      {
        line: 1,
        column: 1,
        path: '(document)',
        code: 'template.scenarioRefused',
        message: 'The imported architecture could not be made valid.',
        params: { issueCode: 'import.rounds' },
      },
    ],
  }
}
