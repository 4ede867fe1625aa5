/**
 * What a sweep can vary: the numeric settings of a document's nodes and wires, with the range the scenario schema
 * accepts (read from the model's zod schemas, not copied) and the value the run uses now (the model's defaults
 * applied). A point outside what the era or the other settings allow is refused by the model when it runs.
 */
import { z } from 'zod'
import {
  edgeConfigSchema,
  indexScenario,
  lambdaConfigSchema,
  sqsConfigSchema,
  kinesisConfigSchema,
  esmFieldInEra,
  type EsmSource,
  type ResolvedScenario,
  type Scenario,
} from '../model'

export type SweepKey =
  | 'batchSize'
  | 'maxRetryAttempts'
  | 'parallelizationFactor'
  | 'maximumBatchingWindowMs'
  | 'maxConcurrency'
  | 'maxReceiveCount'
  | 'reservedConcurrency'
  | 'provisionedConcurrency'
  | 'memoryMb'
  | 'timeoutMs'
  | 'asyncMaxRetryAttempts'
  | 'visibilityTimeoutMs'
  | 'shardCount'

/** How a value is shown: a count, milliseconds, megabytes. */
export type SweepUnit = 'count' | 'ms' | 'mb'

export interface SweepSetting {
  key: SweepKey
  target: { kind: 'node' | 'edge'; id: string }
  /** Where the value lives under the node's or edge's `config`. */
  path: readonly string[]
  unit: SweepUnit
  min: number
  max: number
  /** The value the run uses now (the document's, else the AWS default), null when the model has none. */
  current: number | null
}

interface Def {
  key: SweepKey
  path: readonly string[]
  unit: SweepUnit
  schema: z.ZodType
  /** Settings that did not exist in 2018 (§12). */
  since2018?: boolean
}

function field(schema: z.ZodType, path: readonly string[]): z.ZodType {
  let cur: z.ZodType = schema
  for (const key of path) {
    while (cur instanceof z.ZodOptional) cur = cur.unwrap() as z.ZodType
    cur = (cur as z.ZodObject).shape[key] as z.ZodType
  }
  while (cur instanceof z.ZodOptional) cur = cur.unwrap() as z.ZodType
  return cur
}

function rangeOf(def: Def): { min: number; max: number } {
  const n = field(def.schema, def.path) as z.ZodNumber
  return { min: n.minValue ?? 0, max: n.maxValue ?? Number.MAX_SAFE_INTEGER }
}

const LAMBDA: readonly Def[] = [
  { key: 'reservedConcurrency', path: ['reservedConcurrency'], unit: 'count', schema: lambdaConfigSchema },
  {
    key: 'provisionedConcurrency',
    path: ['provisionedConcurrency'],
    unit: 'count',
    schema: lambdaConfigSchema,
    since2018: true,
  },
  { key: 'memoryMb', path: ['memoryMb'], unit: 'mb', schema: lambdaConfigSchema },
  { key: 'timeoutMs', path: ['timeoutMs'], unit: 'ms', schema: lambdaConfigSchema },
  {
    key: 'asyncMaxRetryAttempts',
    path: ['async', 'maxRetryAttempts'],
    unit: 'count',
    schema: lambdaConfigSchema,
    since2018: true,
  },
]
const ESM: readonly Def[] = [
  { key: 'batchSize', path: ['batchSize'], unit: 'count', schema: edgeConfigSchema },
  { key: 'maxRetryAttempts', path: ['maxRetryAttempts'], unit: 'count', schema: edgeConfigSchema },
  { key: 'parallelizationFactor', path: ['parallelizationFactor'], unit: 'count', schema: edgeConfigSchema },
  { key: 'maximumBatchingWindowMs', path: ['maximumBatchingWindowMs'], unit: 'ms', schema: edgeConfigSchema },
  { key: 'maxConcurrency', path: ['maxConcurrency'], unit: 'count', schema: edgeConfigSchema },
]
const ESM_FIELDS: Record<EsmSource, readonly SweepKey[]> = {
  stream: ['batchSize', 'maxRetryAttempts', 'parallelizationFactor', 'maximumBatchingWindowMs'],
  sqs: ['batchSize', 'maximumBatchingWindowMs', 'maxConcurrency'],
}
const SQS: readonly Def[] = [
  { key: 'visibilityTimeoutMs', path: ['visibilityTimeoutMs'], unit: 'ms', schema: sqsConfigSchema },
]
const KINESIS: readonly Def[] = [
  { key: 'shardCount', path: ['shardCount'], unit: 'count', schema: kinesisConfigSchema },
]
const REDRIVE: Def = { key: 'maxReceiveCount', path: ['maxReceiveCount'], unit: 'count', schema: edgeConfigSchema }

function read(config: unknown, path: readonly string[]): number | null {
  let cur: unknown = config
  for (const key of path)
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined
  return typeof cur === 'number' ? cur : null
}

const make = (def: Def, target: SweepSetting['target'], current: number | null): SweepSetting => ({
  key: def.key,
  target,
  path: def.path,
  unit: def.unit,
  current,
  ...rangeOf(def),
})

/** Every numeric setting of the document a sweep can vary, nodes first (document order), then wires. */
export function sweepSettingsOf(resolved: ResolvedScenario): SweepSetting[] {
  const out: SweepSetting[] = []
  const era = resolved.era
  for (const n of resolved.nodes) {
    const defs = n.type === 'lambda' ? LAMBDA : n.type === 'sqs' ? SQS : n.type === 'kinesis' ? KINESIS : []
    for (const def of defs) {
      if (def.since2018 && era === '2018') continue
      out.push(make(def, { kind: 'node', id: n.id }, read(n.config, def.path)))
    }
  }
  for (const e of resolved.edges) {
    if (e.esm) {
      const source: EsmSource = resolved.nodeById.get(e.from)?.type === 'sqs' ? 'sqs' : 'stream'
      for (const def of ESM) {
        if (!ESM_FIELDS[source].includes(def.key)) continue
        if (!esmFieldInEra(source, def.key as Parameters<typeof esmFieldInEra>[1], era)) continue
        out.push(make(def, { kind: 'edge', id: e.id }, read(e.esm, def.path)))
      }
    } else if (e.role === 'dlq' && resolved.nodeById.get(e.from)?.type === 'sqs')
      out.push(make(REDRIVE, { kind: 'edge', id: e.id }, e.maxReceiveCount))
  }
  return out
}

/** A stable id for a setting (a select's value). */
export const settingId = (s: Pick<SweepSetting, 'key' | 'target'>) => `${s.target.kind}:${s.target.id}:${s.key}`

function setIn(
  config: Record<string, unknown> | undefined,
  path: readonly string[],
  value: number,
): Record<string, unknown> {
  const [head, ...rest] = path as [string, ...string[]]
  const base = config ?? {}
  return {
    ...base,
    [head]: rest.length === 0 ? value : setIn(base[head] as Record<string, unknown> | undefined, rest, value),
  }
}

/** The document with the setting at `value` (everything else untouched). Null when the node or wire is gone. */
export function withSetting(doc: Scenario, s: Pick<SweepSetting, 'target' | 'path'>, value: number): Scenario | null {
  if (s.target.kind === 'node') {
    const i = doc.nodes.findIndex((n) => n.id === s.target.id)
    if (i < 0) return null
    const nodes = doc.nodes.slice()
    const n = nodes[i]!
    nodes[i] = {
      ...n,
      config: setIn(('config' in n ? n.config : undefined) as Record<string, unknown> | undefined, s.path, value),
    } as typeof n
    return { ...doc, nodes }
  }
  const edge = indexScenario(doc).edgeById.get(s.target.id)
  if (!edge) return null
  const edges = doc.edges.slice()
  const e = edges[edge.index]!
  edges[edge.index] = { ...e, config: setIn(e.config as Record<string, unknown> | undefined, s.path, value) }
  return { ...doc, edges }
}

/** At most this many points in one sweep (each is a full run). */
export const MAX_SWEEP_POINTS = 100

/** `steps` integer values evenly spread over [from, to] (both included), without repeats, ascending. */
export function sweepValues(from: number, to: number, steps: number): number[] {
  const lo = Math.min(from, to)
  const hi = Math.max(from, to)
  const n = Math.max(1, Math.min(MAX_SWEEP_POINTS, Math.floor(steps)))
  if (n === 1 || lo === hi) return [lo]
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const v = Math.round(lo + ((hi - lo) * i) / (n - 1)) + 0 // never -0
    if (out[out.length - 1] !== v) out.push(v)
  }
  return out
}
