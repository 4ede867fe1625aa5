import { z } from 'zod'
import { edgeSchema, faultSchema, nodeSchema, scenarioSchema, trafficSchema, type NodeType } from '../../model'
import type { FieldPath } from './docPath'

/** What the scenario schema says about one field: the form is generated from this, not from a second copy. */
export type SchemaInfo =
  | { kind: 'number'; min: number | null; max: number | null }
  | { kind: 'enum'; options: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'string' }
  /** A list of values (`inboundFrom`, `gatewayEndpoints`): its items are described the same way. */
  | { kind: 'list'; item: SchemaInfo }
  | { kind: 'other' }

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s
  while (cur instanceof z.ZodOptional) cur = cur.unwrap() as z.ZodType
  return cur
}

function describe(s: z.ZodType): SchemaInfo {
  const t = unwrap(s)
  if (t instanceof z.ZodNumber) return { kind: 'number', min: t.minValue, max: t.maxValue }
  if (t instanceof z.ZodEnum) return { kind: 'enum', options: t.options.map(String) }
  if (t instanceof z.ZodBoolean) return { kind: 'boolean' }
  if (t instanceof z.ZodString) return { kind: 'string' }
  if (t instanceof z.ZodArray) return { kind: 'list', item: describe(t.element as z.ZodType) }
  return { kind: 'other' }
}

function walk(root: z.ZodType, path: FieldPath): z.ZodType | null {
  let cur: z.ZodType = root
  for (const key of path) {
    const t = unwrap(cur)
    if (!(t instanceof z.ZodObject)) return null
    const next = (t.shape as Record<string, z.ZodType | undefined>)[key]
    if (!next) return null
    cur = next
  }
  return cur
}

const nodeSchemaByType = new Map<string, z.ZodType>(
  nodeSchema.options.map((o) => [String((o.shape.type as z.ZodLiteral).value), o as z.ZodType]),
)

export function nodeFieldInfo(type: NodeType, path: FieldPath): SchemaInfo {
  const root = nodeSchemaByType.get(type)
  const s = root ? walk(root, path) : null
  return s ? describe(s) : { kind: 'other' }
}

export function edgeFieldInfo(path: FieldPath): SchemaInfo {
  const s = walk(edgeSchema, path)
  return s ? describe(s) : { kind: 'other' }
}

export function scenarioFieldInfo(path: FieldPath): SchemaInfo {
  const s = walk(scenarioSchema, path)
  return s ? describe(s) : { kind: 'other' }
}

/**
 * Keys the object holding `path` cannot do without (client `retry` needs `maxAttempts`): setting a sibling must bring
 * them along, and removing one removes the whole object (forms.tsx, `completeEdit`).
 */
function requiredKeysAt(root: z.ZodType | undefined, path: FieldPath): readonly string[] {
  const parent = root ? walk(root, path.slice(0, -1)) : null
  const t = parent ? unwrap(parent) : null
  if (!(t instanceof z.ZodObject) || path.length < 2) return []
  return Object.entries(t.shape as Record<string, z.ZodType>)
    .filter(([, v]) => !(v instanceof z.ZodOptional))
    .map(([k]) => k)
}

export function nodeRequiredSiblings(type: NodeType, path: FieldPath): readonly string[] {
  return requiredKeysAt(nodeSchemaByType.get(type), path)
}

const trafficByKind = new Map<string, z.ZodType>(
  trafficSchema.options.map((o) => [String((o.shape.kind as z.ZodLiteral).value), o as z.ZodType]),
)
const faultByKind = new Map<string, z.ZodType>(
  faultSchema.options.map((o) => [String((o.shape.kind as z.ZodLiteral).value), o as z.ZodType]),
)

/** A field of one traffic pattern (`every` → `everyMs`…). */
export function trafficFieldInfo(kind: string, path: FieldPath): SchemaInfo {
  const root = trafficByKind.get(kind)
  const s = root ? walk(root, path) : null
  return s ? describe(s) : { kind: 'other' }
}

/** A parameter of one fault kind (`failAttempts` → `fromAttempt`…). */
export function faultFieldInfo(kind: string, path: FieldPath): SchemaInfo {
  const root = faultByKind.get(kind)
  const s = root ? walk(root, path) : null
  return s ? describe(s) : { kind: 'other' }
}
