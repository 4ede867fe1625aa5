import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { EDGE_ROLES, edgeConfigSchema, nodeSchema, NODE_TYPES, scenarioSchema, type NodeType } from '../../model'
import { ACCOUNT_FIELDS, edgeFields, NODE_FIELDS, SCENARIO_FIELDS } from './fieldSpecs'

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
}

describe('the inspector has an editor for every field of the scenario format', () => {
  const nodeSchemas = new Map(nodeSchema.options.map((o) => [String((o.shape.type as z.ZodLiteral).value), o as z.ZodType]))
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
    for (const role of EDGE_ROLES) for (const { type } of NODE_TYPES) for (const s of edgeFields(role, type)) shown.add(s.path.join('.'))
    const missing = leaves(edgeConfigSchema, ['config']).filter((p) => !shown.has(p))
    expect(missing).toEqual([])
    expect(shown.has('permission')).toBe(true)
  })

  it('scenario: every setting (era has its own switch; nodes, edges, traffic and faults are the canvas and playback)', () => {
    const shown = new Set([...SCENARIO_FIELDS, ...ACCOUNT_FIELDS].map((s) => s.path.join('.')))
    const notSettings = new Set(['format', 'era', 'nodes', 'edges', 'traffic', 'faults'])
    expect(leaves(scenarioSchema).filter((p) => !shown.has(p) && !notSettings.has(p))).toEqual([])
  })
})
