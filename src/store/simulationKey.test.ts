import { describe, expect, it } from 'vitest'
import { scenarioDoc } from '../sim/testkit'
import { createAppStore } from './createAppStore'
import { selectPlaybackRun } from './playback/selectors'

const doc = scenarioDoc({
  durationMs: 60_000,
  nodes: [
    { id: 'api', type: 'client', position: { x: 0, y: 0 } },
    { id: 'fn', type: 'lambda', position: { x: 300, y: 0 } },
  ],
  edges: [{ from: 'api', to: 'fn' }],
  traffic: [{ source: 'api', kind: 'once', atMs: 0, count: 3 }],
})

describe('a run is kept while edits change nothing the engine reads', () => {
  it('typing a title or moving a node keeps the same run object; a config change re-runs', () => {
    const store = createAppStore({ scenario: doc })
    const first = selectPlaybackRun(store.getState())
    store.getState().setScenarioMeta({ title: 'Typed' })
    expect(selectPlaybackRun(store.getState())).toBe(first)
    store.setState({
      scenario: {
        ...store.getState().scenario,
        nodes: store.getState().scenario.nodes.map((n) => ({ ...n, position: { x: 5, y: 5 } })),
      },
    })
    expect(selectPlaybackRun(store.getState())).toBe(first)
    store.setState({
      scenario: { ...store.getState().scenario, traffic: [{ source: 'api', kind: 'once', atMs: 0, count: 4 }] },
    })
    const next = selectPlaybackRun(store.getState())
    expect(next).not.toBe(first)
    expect(next.ok && next.result.events.length).toBe(4)
  })
})
