import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NODE_TYPES, type NodeType, type Scenario, type ScenarioNode } from '../model'
import { EMPTY_SELECTION } from './selection'
import { createGraphCache, graphToScenario, scenarioToGraph, type FlowNode } from './graphMapping'
import { emptyScenario, newNode } from './scenarioDefaults'
import { PROPERTY_TIMEOUT_MS } from '../test/timeouts'

const TYPES = NODE_TYPES.map((i) => i.type)
const GROUPS: NodeType[] = ['vpc', 'account']

/** Documents with valid parents (always an earlier group, or none) and positions sometimes absent, as hand-written. */
const arbScenario: fc.Arbitrary<Scenario> = fc
  .array(
    fc.record({
      type: fc.constantFrom(...TYPES),
      position: fc.option(
        fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) }),
        { nil: undefined },
      ),
      parentPick: fc.nat(),
      hasParent: fc.boolean(),
      label: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
    }),
    { maxLength: 30 },
  )
  .map((specs) => {
    const nodes: ScenarioNode[] = []
    specs.forEach((sp, i) => {
      const groups = nodes.filter((n) => GROUPS.includes(n.type))
      const parent = sp.hasParent && groups.length > 0 ? groups[sp.parentPick % groups.length] : undefined
      const n = newNode(sp.type, `n${i}`, { x: 0, y: 0 }, parent?.id) as ScenarioNode & {
        position?: unknown
        label?: string
      }
      if (sp.position) n.position = sp.position
      else delete n.position
      if (sp.label !== undefined) n.label = sp.label
      nodes.push(n)
    })
    return { ...emptyScenario(), nodes }
  })

describe('graphMapping', () => {
  it(
    'round-trips: the graph of a document maps back to the very same document',
    () => {
      fc.assert(
        fc.property(arbScenario, (doc) => {
          const { nodes } = scenarioToGraph(doc, EMPTY_SELECTION)
          expect(graphToScenario(doc, nodes)).toBe(doc)
        }),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'carries moved positions back, keeping unmoved nodes as written',
    () => {
      fc.assert(
        fc.property(arbScenario, fc.integer({ min: 1, max: 500 }), (doc, dx) => {
          fc.pre(doc.nodes.length > 0)
          const { nodes } = scenarioToGraph(doc, EMPTY_SELECTION)
          const moved = nodes.map((n, i): FlowNode =>
            i === 0 ? { ...n, position: { x: n.position.x + dx, y: n.position.y } } : n,
          )
          const back = graphToScenario(doc, moved)
          const first = nodes[0]
          if (!first) return
          const idx = doc.nodes.findIndex((n) => n.id === first.id)
          expect(back.nodes[idx]?.position).toEqual({ x: first.position.x + dx, y: first.position.y })
          back.nodes.forEach((n, i) => {
            if (i !== idx) expect(n).toBe(doc.nodes[i])
          })
          // And the graph of the new document shows the node where it was dropped.
          const again = scenarioToGraph(back, EMPTY_SELECTION).nodes.find((n) => n.id === first.id)
          expect(again?.position).toEqual({ x: first.position.x + dx, y: first.position.y })
        }),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'puts parents before children and gives groups room for their contents',
    () => {
      fc.assert(
        fc.property(arbScenario, (doc) => {
          const { nodes } = scenarioToGraph(doc, EMPTY_SELECTION)
          const seen = new Set<string>()
          for (const n of nodes) {
            if (n.parentId !== undefined) {
              expect(seen.has(n.parentId)).toBe(true)
              const parent = nodes.find((p) => p.id === n.parentId)
              expect(parent?.type).toBe('serviceGroup')
              if (n.position.x >= 0) expect(parent?.width ?? 0).toBeGreaterThanOrEqual(n.position.x + (n.width ?? 0))
            }
            seen.add(n.id)
          }
        }),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it('reuses unchanged node and edge objects between derivations', () => {
    const doc: Scenario = {
      ...emptyScenario(),
      nodes: [
        newNode('s3', 'b', { x: 0, y: 0 }),
        newNode('lambda', 'f', { x: 300, y: 0 }),
        newNode('sqs', 'q', { x: 600, y: 0 }),
      ],
      edges: [
        { from: 'b', to: 'f' },
        { id: 'f:q', from: 'f', to: 'q', role: 'dlq' },
      ],
    }
    const cache = createGraphCache()
    const first = scenarioToGraph(doc, EMPTY_SELECTION, cache)
    const moved = { ...doc, nodes: doc.nodes.map((n) => (n.id === 'q' ? { ...n, position: { x: 650, y: 10 } } : n)) }
    const second = scenarioToGraph(moved, { nodeIds: ['q'], edgeIds: [] }, cache)
    expect(second.nodes[0]).toBe(first.nodes[0])
    expect(second.nodes[1]).toBe(first.nodes[1])
    expect(second.nodes[2]).not.toBe(first.nodes[2])
    expect(second.nodes[2]).toMatchObject({ selected: true, position: { x: 650, y: 10 } })
    expect(second.edges).toEqual(first.edges)
    expect(second.edges[0]).toBe(first.edges[0])
    expect(first.edges.map((e) => [e.id, e.data?.role])).toEqual([
      ['b->f', 'trigger'],
      ['f:q', 'dlq'],
    ])
    // A move keeps the very edge list (React Flow re-indexes every edge for a new one); a new edge gives a new list.
    expect(second.edges).toBe(first.edges)
    expect(second.nodes).not.toBe(first.nodes)
    expect(scenarioToGraph(moved, { nodeIds: ['q'], edgeIds: [] }, cache).nodes).toBe(second.nodes)
    const wired = { ...moved, edges: [...moved.edges, { from: 'b', to: 'q' }] }
    expect(scenarioToGraph(wired, { nodeIds: ['q'], edgeIds: [] }, cache).edges).not.toBe(first.edges)
  })

  it('does not draw edges to missing nodes (the model check reports them) and keeps bad parents as written', () => {
    const doc: Scenario = {
      ...emptyScenario(),
      nodes: [{ id: 'f', type: 'lambda', parentId: 'nope', position: { x: 1, y: 2 } }],
      edges: [{ from: 'ghost', to: 'f' }],
    }
    const g = scenarioToGraph(doc, EMPTY_SELECTION)
    expect(g.edges).toEqual([])
    expect(g.nodes[0]?.parentId).toBeUndefined()
    expect(graphToScenario(doc, g.nodes)).toBe(doc)
  })

  it('places a document without positions by what each node is here: failure targets right of the function', () => {
    const bare = (id: string, type: NodeType): ScenarioNode => {
      const n = newNode(type, id, { x: 0, y: 0 }) as ScenarioNode & { position?: unknown }
      delete n.position
      return n
    }
    const doc: Scenario = {
      ...emptyScenario(),
      nodes: [
        bare('schedule', 'eventBridge'),
        bare('fn', 'lambda'),
        bare('okBus', 'eventBridge'),
        bare('failed', 'sqs'),
        bare('orders', 'sqs'),
        bare('redrive', 'sqs'),
      ],
      edges: [
        { from: 'orders', to: 'redrive', role: 'dlq' },
        { from: 'schedule', to: 'fn' },
        { from: 'fn', to: 'okBus', role: 'onSuccess' },
        { from: 'fn', to: 'failed', role: 'onFailure' },
        { from: 'orders', to: 'fn' },
      ],
    }
    const x = new Map(scenarioToGraph(doc, EMPTY_SELECTION, createGraphCache()).nodes.map((n) => [n.id, n.position.x]))
    expect(x.get('schedule')).toBeLessThan(x.get('fn') ?? -1)
    expect(x.get('orders')).toBe(x.get('schedule')) // a polled source: with the sources
    expect(x.get('okBus')).toBeGreaterThan(x.get('fn') ?? Infinity) // only receives records: a target (§2.4)
    expect(x.get('failed')).toBe(x.get('okBus'))
    expect(x.get('redrive')).toBe(x.get('orders')) // a queue's redrive DLQ (§4.1): below its queue, off the queue→function line
  })
})
