import { describe, expect, it, vi } from 'vitest'
import { act, render } from '@testing-library/react'
import { SCENARIO_FORMAT, type Scenario } from '../model'
import { AppStoreContext } from '../store/appStoreContext'
import { createAppStore } from '../store/createAppStore'
import { Inspector } from './Inspector'
import type * as FieldModule from './inspector/Field'
import type { FieldProps } from './inspector/Field'

const counter = vi.hoisted(() => ({ fieldRenders: 0 }))
vi.mock('./inspector/Field', async (importOriginal) => {
  const original = await importOriginal<typeof FieldModule>()
  return {
    Field: (props: FieldProps) => {
      counter.fieldRenders++
      return original.Field(props)
    },
  }
})

const doc: Scenario = {
  format: SCENARIO_FORMAT,
  title: 'T',
  era: 'current',
  seed: 1,
  durationMs: 1000,
  nodes: [
    { id: 'bucket', type: 's3', position: { x: 0, y: 0 } },
    { id: 'fn', type: 'lambda', position: { x: 0, y: 0 } },
  ],
  edges: [{ id: 'e', from: 'bucket', to: 'fn' }],
  traffic: [],
  faults: [],
}

describe('<Inspector /> rendering', () => {
  it('does not re-render the form while other nodes are dragged, and does when the selected one changes', () => {
    const store = createAppStore({ scenario: doc })
    render(
      <AppStoreContext.Provider value={store}>
        <Inspector />
      </AppStoreContext.Provider>,
    )
    act(() => store.getState().select({ nodeIds: ['fn'] }))
    const before = counter.fieldRenders
    expect(before).toBeGreaterThan(10)
    for (let i = 0; i < 30; i++) act(() => store.getState().moveNodes(new Map([['bucket', { x: i, y: i }]])))
    expect(counter.fieldRenders).toBe(before)
    act(() => store.getState().updateNode('fn', { label: 'Resize' }))
    expect(counter.fieldRenders).toBeGreaterThan(before)
  })
})
