import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SCENARIO_FORMAT, type NodeType, type Scenario, type ScenarioEdge, type ScenarioNode } from '../model'
import { layoutScenario } from './autoLayout'
import { moveNodesIn } from './documentOps'
import { GROUP_HEADER, GROUP_PADDING } from './graphMapping'
import { absoluteBoxes, canNestIn, type Box } from './placement'
import { PROPERTY_TIMEOUT_MS } from '../test/timeouts'

const doc = (nodes: ScenarioNode[], edges: ScenarioEdge[] = []): Scenario => ({
  format: SCENARIO_FORMAT,
  title: 'T',
  era: 'current',
  seed: 1,
  durationMs: 1000,
  nodes,
  edges,
  traffic: [],
  faults: [],
})
const laidOut = (d: Scenario) => moveNodesIn(d, layoutScenario(d))

/** Boxes overlap when they share area (touching edges is fine). */
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** The layout's promises: children inside their group below its header, and nothing else overlapping. */
function expectTidy(d: Scenario) {
  const boxes = new Map(absoluteBoxes(d).map((b) => [b.id, b]))
  const parent = new Map(d.nodes.map((n) => [n.id, n.parentId]))
  const ancestors = (id: string) => {
    const out = new Set<string>()
    for (let p = parent.get(id); p !== undefined && !out.has(p); p = parent.get(p)) out.add(p)
    return out
  }
  for (const n of d.nodes) {
    const b = boxes.get(n.id)
    const p = n.parentId === undefined ? undefined : boxes.get(n.parentId)
    if (!b || !p) continue
    expect(b.x).toBeGreaterThanOrEqual(p.x + GROUP_PADDING)
    expect(b.y).toBeGreaterThanOrEqual(p.y + GROUP_HEADER)
    expect(b.x + b.width).toBeLessThanOrEqual(p.x + p.width - GROUP_PADDING)
    expect(b.y + b.height).toBeLessThanOrEqual(p.y + p.height - GROUP_PADDING)
  }
  const all = [...boxes.values()]
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]
      const b = all[j]
      if (!a || !b || ancestors(a.id).has(b.id) || ancestors(b.id).has(a.id)) continue
      expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false)
    }
}

describe('auto-layout inside groups', () => {
  it("lays out a VPC's contents by flow and sizes the VPC around them; the top level flows around the VPC", () => {
    const d = doc(
      [
        { id: 'api', type: 'apiGateway', position: { x: 900, y: 900 } },
        { id: 'vpc', type: 'vpc', position: { x: 0, y: 0 } },
        // All piled on one spot inside the VPC.
        { id: 'db', type: 'rds', parentId: 'vpc', position: { x: 30, y: 40 } },
        { id: 'fn', type: 'lambda', parentId: 'vpc', position: { x: 30, y: 40 } },
        { id: 'cache', type: 'elastiCache', parentId: 'vpc', position: { x: 30, y: 40 } },
        { id: 'dlq', type: 'sqs', position: { x: -500, y: 0 } },
      ],
      [
        { from: 'api', to: 'fn' },
        { from: 'fn', to: 'db' },
        { from: 'fn', to: 'cache' },
        { from: 'fn', to: 'dlq', role: 'onFailure' },
      ],
    )
    const after = laidOut(d)
    const at = (id: string) => after.nodes.find((n) => n.id === id)?.position ?? { x: NaN, y: NaN }
    expect(at('fn').x).toBeLessThan(at('db').x)
    expect(at('db').x).toBe(at('cache').x)
    expect(at('fn')).toEqual({ x: GROUP_PADDING, y: expect.any(Number) as number })
    expect(at('api').x).toBeLessThan(at('vpc').x)
    // The function's on-failure edge leaves the VPC to the right from its middle: it runs past the databases, not
    // through.
    const fnMid = at('fn').y + 30
    for (const id of ['db', 'cache']) expect(fnMid > at(id).y && fnMid < at(id).y + 60, id).toBe(false)
    const box = new Map(absoluteBoxes(after).map((b) => [b.id, b]))
    expect(at('dlq').x).toBeGreaterThan((box.get('vpc')?.x ?? 0) + (box.get('vpc')?.width ?? 0))
    expectTidy(after)
  })

  it('lifts a function above its database when its DLQ edge would run through it', () => {
    const d = doc(
      [
        { id: 'vpc', type: 'vpc' },
        { id: 'fn', type: 'lambda', parentId: 'vpc' },
        { id: 'db', type: 'rds', parentId: 'vpc' },
        { id: 'dlq', type: 'sqs' },
      ],
      [
        { from: 'fn', to: 'db' },
        { from: 'fn', to: 'dlq', role: 'dlq' },
      ],
    )
    const after = laidOut(d)
    const at = (id: string) => after.nodes.find((n) => n.id === id)?.position ?? { x: NaN, y: NaN }
    expect(at('fn').y + 60).toBeLessThanOrEqual(at('db').y)
    expect(at('fn').x).toBeLessThan(at('db').x)
    expectTidy(after)
  })

  it('handles groups in groups (a VPC in another account) and empty groups', () => {
    const d = doc(
      [
        { id: 'acct', type: 'account', config: { accountId: '111122223333' } },
        { id: 'vpc', type: 'vpc', parentId: 'acct' },
        { id: 'fn', type: 'lambda', parentId: 'vpc' },
        { id: 'q', type: 'sqs', parentId: 'acct' },
        { id: 'empty', type: 'vpc' },
      ],
      [{ from: 'q', to: 'fn' }],
    )
    const after = laidOut(d)
    expectTidy(after)
    expect(layoutScenario(after)).toEqual(layoutScenario(after)) // deterministic
  })

  it(
    'property: any nesting and wiring ends with children inside their groups and no overlaps',
    () => {
      const leafTypes: NodeType[] = ['lambda', 'rds', 'elastiCache', 'sqs', 's3', 'kinesis', 'sns']
      const arb = fc
        .record({
          groups: fc.array(fc.constantFrom<NodeType>('vpc', 'account'), { maxLength: 4 }),
          leaves: fc.array(
            fc.record({
              type: fc.constantFrom(...leafTypes),
              parent: fc.nat(),
              x: fc.integer({ min: -400, max: 400 }),
              y: fc.integer({ min: -400, max: 400 }),
            }),
            { minLength: 1, maxLength: 14 },
          ),
          groupParents: fc.array(fc.nat(), { maxLength: 4 }),
          edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 16 }),
        })
        .map(({ groups, leaves, groupParents, edges }) => {
          const nodes: ScenarioNode[] = []
          groups.forEach((type, i) => {
            // A group may sit in an earlier group when allowed (a VPC in an account); never in itself.
            const cand = nodes.filter((g) => canNestIn(type, g.type))
            const pick = cand.length > 0 ? cand[(groupParents[i] ?? 0) % (cand.length + 1)] : undefined
            const base = { id: `g${i}`, position: { x: 0, y: 0 }, ...(pick && { parentId: pick.id }) }
            nodes.push(
              type === 'account' ? { ...base, type, config: { accountId: '111122223333' } } : { ...base, type: 'vpc' },
            )
          })
          leaves.forEach((l, i) => {
            const cand = nodes.filter((g) => (g.type === 'vpc' || g.type === 'account') && canNestIn(l.type, g.type))
            const pick = cand.length > 0 ? cand[l.parent % (cand.length + 1)] : undefined
            nodes.push({
              id: `n${i}`,
              type: l.type,
              position: { x: l.x, y: l.y },
              ...(pick && { parentId: pick.id }),
            } as ScenarioNode)
          })
          const ids = nodes.map((n) => n.id)
          const wires = edges.map(([a, b]): ScenarioEdge => ({
            from: ids[a % ids.length] ?? 'n0',
            to: ids[b % ids.length] ?? 'n0',
            role: 'access',
          }))
          return doc(nodes, wires)
        })
      fc.assert(
        fc.property(arb, (d) => expectTidy(laidOut(d))),
        { numRuns: 80 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
