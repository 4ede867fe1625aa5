import { describe, expect, it } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { SCENARIO_FORMAT, type Scenario } from '../model'
import { createAppStore } from '../store/createAppStore'
import { AppStoreContext } from '../store/appStoreContext'
import { useFlowGraph } from './useFlowGraph'

const doc: Scenario = {
  format: SCENARIO_FORMAT,
  title: 'Labels',
  era: 'current',
  seed: 1,
  durationMs: 60_000,
  nodes: [
    { id: 'bucket', type: 's3', position: { x: 0, y: 0 } },
    { id: 'fn', type: 'lambda', label: 'Resize', position: { x: 300, y: 0 } },
  ],
  edges: [{ id: 'b-fn', from: 'bucket', to: 'fn' }],
  traffic: [],
  faults: [],
}

describe('useFlowGraph', () => {
  it('labels nodes and edges for screen readers, and renaming a node re-labels its edges', () => {
    const store = createAppStore({ scenario: doc })
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>
    )
    const { result } = renderHook(() => useFlowGraph(), { wrapper })
    expect(result.current.edges[0]?.ariaLabel).toBe('trigger from bucket to Resize')
    expect(result.current.nodes.find((n) => n.id === 'fn')?.ariaLabel).toMatch(/^Resize, Lambda function/)
    act(() => store.getState().updateNode('fn', { label: 'Thumbnailer' }))
    expect(result.current.edges[0]?.ariaLabel).toBe('trigger from bucket to Thumbnailer')
    expect(result.current.nodes.find((n) => n.id === 'fn')?.ariaLabel).toMatch(/^Thumbnailer, /)
  })
})
