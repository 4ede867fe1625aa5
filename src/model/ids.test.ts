import { describe, expect, it } from 'vitest'
import { indexScenario } from './graph.ts'
import { effectiveEdgeIds } from './ids.ts'
import { SCENARIO_FORMAT } from './scenario.ts'

describe('effectiveEdgeIds: edges are numbered in one place', () => {
  const edges = [
    { from: 'a', to: 'b' },
    { from: 'a', to: 'b' },
    { id: 'named', from: 'b', to: 'c' },
    { from: 'a', to: 'b' },
  ]
  it('numbers parallel edges per from→to pair and keeps written ids', () => {
    expect(effectiveEdgeIds(edges)).toEqual(['a->b', 'a->b#2', 'named', 'a->b#3'])
  })
  it('the scenario index uses the same ids', () => {
    const idx = indexScenario({
      format: SCENARIO_FORMAT,
      title: 't',
      era: 'current',
      seed: 1,
      durationMs: 1000,
      nodes: [],
      edges,
      traffic: [],
      faults: [],
    } as never)
    expect(idx.edges.map((e) => e.id)).toEqual(effectiveEdgeIds(edges))
  })
})
