import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  EDGE_ROLES,
  edgeConfigSchema,
  faultSchema,
  nodeSchema,
  NODE_TYPES,
  scenarioSchema,
  trafficSchema,
  type FaultKind,
  type NodeType,
} from '../../model'
import { ACCOUNT_FIELDS, edgeFields, NODE_FIELDS, SCENARIO_FIELDS } from './fieldSpecs'
import {
  FAULT_AT_FIELD,
  FAULT_FIELDS,
  PARTITION_KEYS_FIELD,
  PAYLOAD_BYTES_FIELD,
  PAYLOAD_FIELD,
  TRAFFIC_FIELDS,
} from './inputFieldSpecs'
import type { TrafficKind } from './inputEntries'

/** Every settable leaf of a schema as a dotted path; lists and maps are one leaf (one editor each). */
function leaves(schema: z.ZodType, prefix: string[] = []): string[] {
  let t = schema
  while (t instanceof z.ZodOptional) t = t.unwrap() as z.ZodType
  if (!(t instanceof z.ZodObject)) return [prefix.join('.')]
  return Object.entries(t.shape as Record<string, z.ZodType>).flatMap(([k, v]) => leaves(v, [...prefix, k]))
}

/** Fields with their own editor outside the spec lists, or not settings at all — each with the reason. */
const ELSEWHERE: Record<string, string> = {
  id: 'identity: shown under the heading, renamed nowhere (references would break)',
  type: 'what the node is',
  position: 'set by dragging on the canvas',
  parentId: 'set by dragging into or out of a VPC or account group on the canvas',
  'config.environment.variables': 'EnvVarEditor (§8)',
  'config.environment.kmsKeyArn': 'EnvVarEditor key choice (§8)',
  'config.returns': 'ReturnsEditor (JSON with examples; issue #14)',
}

describe('the inspector has an editor for every field of the scenario format', () => {
  const nodeSchemas = new Map(
    nodeSchema.options.map((o) => [String((o.shape.type as z.ZodLiteral).value), o as z.ZodType]),
  )
  for (const { type } of NODE_TYPES)
    it(`${type}: every config field`, () => {
      const schema = nodeSchemas.get(type)
      if (!schema) throw new Error(`no schema for ${type}`)
      const shown = new Set(['label', ...(NODE_FIELDS[type as NodeType] ?? []).map((s) => s.path.join('.'))])
      const elsewhere = (p: string) => Object.keys(ELSEWHERE).some((k) => p === k || p.startsWith(`${k}.`))
      const missing = leaves(schema).filter((p) => !shown.has(p) && !elsewhere(p))
      expect(missing).toEqual([])
    })

  it('edges: every config field appears for some role and source', () => {
    const shown = new Set<string>()
    for (const role of EDGE_ROLES)
      for (const { type } of NODE_TYPES) for (const s of edgeFields(role, type)) shown.add(s.path.join('.'))
    const missing = leaves(edgeConfigSchema, ['config']).filter((p) => !shown.has(p))
    expect(missing).toEqual([])
    expect(shown.has('permission')).toBe(true)
  })

  it('scenario: every setting (era has its own switch; nodes and edges are the canvas; traffic and faults below)', () => {
    const shown = new Set([...SCENARIO_FIELDS, ...ACCOUNT_FIELDS].map((s) => s.path.join('.')))
    const notSettings = new Set(['format', 'era', 'nodes', 'edges'])
    const inputLists = new Set(['traffic', 'faults'])
    expect(leaves(scenarioSchema).filter((p) => !shown.has(p) && !notSettings.has(p) && !inputLists.has(p))).toEqual([])
  })

  /** Traffic and fault fields edited by the section itself, not by a spec — each with the reason. */
  const INPUT_ELSEWHERE: Record<string, string> = {
    id: 'identity: kept as written (files, injected inputs)',
    kind: 'a traffic entry: the Pattern select (withTrafficKind); a fault: chosen when added',
    source: 'the selected node (the Traffic section lists the entries entering it)',
    target: 'the selected node or wire (the Faults section lists the faults aimed at it)',
    mode: '`fail` has one mode, always',
    returns: 'a `returns` fault: ReturnsEditor (JSON with examples)',
  }

  for (const option of trafficSchema.options) {
    const kind = option.shape.kind.value as TrafficKind
    it(`traffic "${kind}": every field has an editor`, () => {
      const shown = new Set(
        [...TRAFFIC_FIELDS[kind], PAYLOAD_FIELD, PARTITION_KEYS_FIELD, PAYLOAD_BYTES_FIELD].map((s) =>
          s.path.join('.'),
        ),
      )
      expect(leaves(option).filter((p) => !shown.has(p) && !(p in INPUT_ELSEWHERE))).toEqual([])
    })
  }

  for (const option of faultSchema.options) {
    const kind = option.shape.kind.value as FaultKind
    it(`fault "${kind}": its time and every parameter have an editor`, () => {
      const shown = new Set([FAULT_AT_FIELD, ...FAULT_FIELDS[kind]].map((s) => s.path.join('.')))
      expect(leaves(option as z.ZodType).filter((p) => !shown.has(p) && !(p in INPUT_ELSEWHERE))).toEqual([])
    })
  }
})
