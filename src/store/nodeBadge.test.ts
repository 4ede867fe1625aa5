import { describe, expect, it } from 'vitest'
import { SCENARIO_FORMAT, type Scenario, type ScenarioEdge, type ScenarioNode } from '../model'
import { isBadged, nodeBadge, nodeBadges } from './nodeBadge'
import { createGraphCache, scenarioToGraph } from './graphMapping'
import { EMPTY_SELECTION } from './selection'

const doc = (nodes: ScenarioNode[], edges: ScenarioEdge[], era: Scenario['era'] = 'current'): Scenario => ({
  format: SCENARIO_FORMAT,
  title: 'T',
  era,
  seed: 1,
  durationMs: 1000,
  nodes,
  edges,
  traffic: [],
  faults: [],
})

const nodes: ScenarioNode[] = [
  { id: 'src', type: 'sqs' },
  { id: 'fn', type: 'lambda' },
  { id: 'dlq', type: 'sqs' },
  { id: 'redrive', type: 'sqs' },
  { id: 'topic', type: 'sns' },
  { id: 'bucket', type: 's3' },
  { id: 'spare', type: 'sqs' },
  { id: 'stack', type: 'cloudFormation' },
  { id: 'bus', type: 'eventBridge' },
]

describe('nodeBadges: what a node is in this scenario', () => {
  const d = doc(nodes, [
    { from: 'src', to: 'fn' }, // inferred: event source mapping (§4)
    { from: 'fn', to: 'dlq', role: 'dlq' }, // §2.4
    { from: 'src', to: 'redrive', role: 'dlq', config: { maxReceiveCount: 3 } }, // the source queue's redrive (§4.1)
    { from: 'fn', to: 'topic', role: 'onSuccess' },
    { from: 'topic', to: 'fn' }, // SNS both triggers and receives: it invokes, so async
    { from: 'fn', to: 'bucket', role: 'onFailure' },
    { from: 'stack', to: 'fn' },
    { from: 'fn', to: 'bus', role: 'onSuccess' },
  ])

  it('a queue with an event source mapping is polled; one only receiving failures is a target', () => {
    expect(nodeBadge(d, 'src')).toBe('polled')
    expect(nodeBadge(d, 'dlq')).toBe('target')
    expect(nodeBadge(d, 'redrive')).toBe('target')
    expect(nodeBadge(d, 'bucket')).toBe('target')
    expect(nodeBadge(d, 'bus')).toBe('target')
  })

  it('a source that invokes keeps its style even when it is also a target; the function stays compute', () => {
    expect(nodeBadge(d, 'topic')).toBe('async')
    expect(nodeBadge(d, 'fn')).toBe('compute')
  })

  it('an unwired node shows what its type can do, by era (§1.2: CloudFormation was sync in 2018)', () => {
    expect(nodeBadge(d, 'spare')).toBe('polled')
    expect(nodeBadge(d, 'stack')).toBe('async')
    expect(nodeBadge({ ...d, era: '2018' }, 'stack')).toBe('sync')
  })

  it('follows a client or SES invocation type', () => {
    const c = doc(
      [
        { id: 'c', type: 'client', config: { invocationType: 'Event' } },
        { id: 'f', type: 'lambda' },
      ],
      [{ from: 'c', to: 'f' }],
    )
    expect(nodeBadge(c, 'c')).toBe('async')
  })

  it('is memoised per document and drawn on the canvas graph (badge, colour and spoken label share it)', () => {
    expect(nodeBadges(d)).toBe(nodeBadges(d))
    const graph = scenarioToGraph(d, EMPTY_SELECTION, createGraphCache())
    expect(graph.nodes.find((n) => n.id === 'dlq')?.data.invocation).toBe('target')
    expect(graph.nodes.find((n) => n.id === 'src')?.data.invocation).toBe('polled')
    expect(isBadged('target')).toBe(true)
    expect(isBadged('compute')).toBe(false)
  })

  it('a queue turns from polled to target when its mapping is removed, and back', () => {
    const wired = doc(nodes.slice(0, 3), [
      { from: 'src', to: 'fn' },
      { from: 'fn', to: 'src', role: 'onFailure' },
    ])
    expect(nodeBadge(wired, 'src')).toBe('polled')
    expect(nodeBadge({ ...wired, edges: wired.edges.slice(1) }, 'src')).toBe('target')
  })
})

describe('nodeBadges across a drag', () => {
  it('reuses its result when only positions changed, and recomputes when a type, config, edge or era changes', () => {
    const d = doc(
      [
        { id: 'q', type: 'sqs' },
        { id: 'f', type: 'lambda' },
        { id: 'c', type: 'client' },
      ],
      [
        { from: 'f', to: 'q', role: 'dlq' },
        { from: 'c', to: 'f' },
      ],
    )
    const first = nodeBadges(d)
    const moved = { ...d, nodes: d.nodes.map((n) => ({ ...n, position: { x: 5, y: 5 } })) }
    expect(nodeBadges(moved)).toBe(first)
    const asyncClient = {
      ...moved,
      nodes: moved.nodes.map((n) => (n.type === 'client' ? { ...n, config: { invocationType: 'Event' as const } } : n)),
    }
    expect(nodeBadge(asyncClient, 'c')).toBe('async')
    expect(nodeBadge({ ...d, edges: [] }, 'q')).toBe('polled')
    expect(nodeBadges({ ...d, era: '2018' })).not.toBe(first)
  })
})
