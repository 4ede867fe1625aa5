import { describe, expect, it } from 'vitest'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import '../i18n'
import { SCENARIO_FORMAT, type Scenario } from '../model'
import { AppStoreContext } from '../store/appStoreContext'
import { createAppStore } from '../store/createAppStore'
import { Inspector } from './Inspector'

const doc: Scenario = {
  format: SCENARIO_FORMAT,
  title: 'T',
  era: 'current',
  seed: 1,
  durationMs: 60_000,
  nodes: [
    { id: 'bucket', type: 's3', label: 'Uploads' },
    { id: 'fn', type: 'lambda', label: 'Resize' },
    { id: 'db', type: 'rds' },
  ],
  edges: [{ id: 'e', from: 'bucket', to: 'fn' }],
  traffic: [],
  faults: [],
}

function setup() {
  const store = createAppStore({ scenario: doc })
  render(
    <AppStoreContext.Provider value={store}>
      <Inspector />
    </AppStoreContext.Provider>,
  )
  return store
}

/** The function selected, and "fail attempts" added from its Faults section, as a user does. */
function functionWithFailAttempts() {
  const store = setup()
  act(() => store.getState().select({ nodeIds: ['fn'] }))
  const section = screen.getByRole('region', { name: 'Faults' })
  fireEvent.change(within(section).getByRole('combobox', { name: 'Fault to add' }), {
    target: { value: 'failAttempts' },
  })
  fireEvent.click(within(section).getByRole('button', { name: 'Add fault' }))
  return { store, section }
}

describe('<Inspector /> traffic and faults', () => {
  it('adds S3 traffic with a sample event, edits it as every 1 s × 5, and one undo step per edit', () => {
    const store = setup()
    act(() => store.getState().select({ nodeIds: ['bucket'] }))
    const section = screen.getByRole('region', { name: 'Traffic' })
    expect(within(section).getByText(/No traffic/)).toBeTruthy()
    fireEvent.click(within(section).getByRole('button', { name: 'Add traffic' }))
    expect(store.getState().scenario.traffic).toEqual([
      { source: 'bucket', kind: 'once', atMs: 1000, payload: expect.objectContaining({ Records: expect.any(Array) }) },
    ])
    const entry = within(section).getByRole('listitem', { name: /Traffic 1/ })
    // Focus moves to the new entry's first control.
    expect(document.activeElement).toBe(within(entry).getByRole('combobox', { name: 'Pattern' }))
    fireEvent.change(within(entry).getByRole('combobox', { name: 'Pattern' }), { target: { value: 'every' } })
    expect(store.getState().scenario.traffic[0]).toMatchObject({
      kind: 'every',
      startMs: 1000,
      everyMs: 1000,
      count: 5,
    })
    expect(within(section).getByRole('heading', { name: /every 1\ss from 1\ss, 5 events/ })).toBeTruthy()
    act(() => store.getState().undo())
    expect(store.getState().scenario.traffic[0]).toMatchObject({ kind: 'once' })
    act(() => store.getState().undo())
    expect(store.getState().scenario.traffic).toEqual([])
  })

  it('a bad payload is located, not applied, and the text stays', () => {
    const store = setup()
    act(() => store.getState().select({ nodeIds: ['bucket'] }))
    fireEvent.click(screen.getByRole('button', { name: 'Add traffic' }))
    const payload = screen.getByRole('textbox', { name: 'Payload (JSON)' })
    fireEvent.change(payload, { target: { value: '{\n  "key": oops\n}' } })
    expect(screen.getByRole('alert').textContent).toContain('line 2, column 10')
    expect((payload as HTMLTextAreaElement).value).toBe('{\n  "key": oops\n}')
    expect(store.getState().scenario.traffic[0]?.payload).toMatchObject({ Records: expect.any(Array) })
    fireEvent.change(payload, { target: { value: '{"key": "dog.jpg"}' } })
    expect(store.getState().scenario.traffic[0]?.payload).toEqual({ key: 'dog.jpg' })
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('a function takes "fail attempts 1–2"; a refused range is located and the document keeps its value', () => {
    const { store, section } = functionWithFailAttempts()
    expect(store.getState().scenario.faults).toEqual([
      { kind: 'failAttempts', target: 'fn', fromAttempt: 1, toAttempt: 2 },
    ])
    const entry = within(section).getByRole('listitem', { name: /^Fault 1: Fail attempts/ })
    expect(within(entry).getByRole('heading').textContent).toBe('Fault 1: Fail attempts 1–2 — from 0\u00a0s')
    fireEvent.change(within(entry).getByRole('textbox', { name: /^To attempt/ }), { target: { value: '0' } })
    expect(within(entry).getByRole('alert').textContent).toMatch(/At least 1/)
    fireEvent.change(within(entry).getByRole('textbox', { name: /^To attempt/ }), { target: { value: '2' } })
    fireEvent.change(within(entry).getByRole('textbox', { name: /^From attempt/ }), { target: { value: '3' } })
    expect(within(entry).getByRole('alert').textContent).toContain('faults[0].toAttempt')
    expect(store.getState().scenario.faults[0]).toMatchObject({ fromAttempt: 1, toAttempt: 2 })
    fireEvent.click(within(entry).getByRole('button', { name: 'Remove fault 1 (Fail attempts 1–2)' }))
    expect(store.getState().scenario.faults).toEqual([])
    expect(document.activeElement).toBe(within(section).getByRole('combobox', { name: 'Fault to add' }))
  })

  it('a fault is duplicated right after itself and changes kind in place, keeping its start; each is one undo step', () => {
    const { store, section } = functionWithFailAttempts()
    const first = within(section).getByRole('listitem', { name: /^Fault 1: Fail attempts/ })
    // As a user would: type the start (the field has focus), then go to Duplicate (leaving the field ends its gesture).
    fireEvent.change(within(first).getByRole('textbox', { name: /^Starts at/ }), { target: { value: '4' } })
    const duplicate = within(first).getByRole('button', { name: 'Duplicate fault 1 (Fail attempts 1–2)' })
    act(() => duplicate.focus())
    fireEvent.click(duplicate)
    const attempts = { kind: 'failAttempts', target: 'fn', atMs: 4000, fromAttempt: 1, toAttempt: 2 }
    expect(store.getState().scenario.faults).toEqual([attempts, attempts])
    const copy = within(section).getByRole('listitem', { name: /^Fault 2: Fail attempts/ })
    // Focus moves to the copy's first control, its start (its kind, then what the kind needs, follow).
    expect(document.activeElement).toBe(within(copy).getByRole('textbox', { name: /^Starts at/ }))
    expect(within(section).getByRole('status').textContent).toBe('Fault 1 (Fail attempts 1–2) duplicated as fault 2.')

    // The user leaves the start field for the kind select (leaving a text field ends its undo gesture).
    act(() => within(copy).getByRole('combobox', { name: 'Kind' }).focus())
    fireEvent.change(within(copy).getByRole('combobox', { name: 'Kind' }), { target: { value: 'failProbability' } })
    expect(store.getState().scenario.faults[1]).toEqual({ kind: 'failProbability', target: 'fn', atMs: 4000, p: 0.5 })
    expect(within(section).getByRole('listitem', { name: /^Fault 2: Fail with probability/ })).toBeTruthy()
    expect(within(section).getByRole('status').textContent).toBe('Fault 2 is now Fail with probability 0.5.')
    act(() => store.getState().undo())
    expect(store.getState().scenario.faults).toEqual([attempts, attempts])
    act(() => store.getState().undo())
    expect(store.getState().scenario.faults).toEqual([attempts])
    act(() => store.getState().undo())
    expect(store.getState().scenario.faults).toEqual([
      { kind: 'failAttempts', target: 'fn', fromAttempt: 1, toAttempt: 2 },
    ])
  })

  it('a wire offers the revocation of its own permission; a database has no traffic or faults', () => {
    const store = setup()
    act(() => store.getState().select({ edgeIds: ['e'] }))
    const section = screen.getByRole('region', { name: 'Faults' })
    fireEvent.click(within(section).getByRole('button', { name: 'Add fault' }))
    expect(store.getState().scenario.faults).toEqual([{ kind: 'revokePermission', target: 'e', permission: 'invoke' }])
    act(() => store.getState().select({ nodeIds: ['db'] }))
    expect(screen.queryByRole('region', { name: 'Traffic' })).toBeNull()
    expect(screen.queryByRole('region', { name: 'Faults' })).toBeNull()
  })

  it('shows what the model says about an entry where it is (an unwired source)', () => {
    const store = createAppStore({
      scenario: { ...doc, edges: [], traffic: [{ source: 'bucket', kind: 'once', atMs: 0 }] },
    })
    render(
      <AppStoreContext.Provider value={store}>
        <Inspector />
      </AppStoreContext.Provider>,
    )
    act(() => store.getState().select({ nodeIds: ['bucket'] }))
    const entry = screen.getByRole('listitem', { name: /Traffic 1/ })
    expect(within(entry).getByRole('group', { name: 'What the model says about this entry' }).textContent).toContain(
      'traffic[0].source',
    )
  })

  it('traffic a file starts where none can start (a database) is listed there with the model’s error, and can be removed', () => {
    const store = createAppStore({ scenario: { ...doc, traffic: [{ source: 'db', kind: 'once', atMs: 0 }] } })
    render(
      <AppStoreContext.Provider value={store}>
        <Inspector />
      </AppStoreContext.Provider>,
    )
    act(() => store.getState().select({ nodeIds: ['db'] }))
    const entry = screen.getByRole('listitem', { name: /Traffic 1/ })
    expect(within(entry).getByRole('group', { name: 'What the model says about this entry' }).textContent).toMatch(
      /traffic\[0\]\.source.*start/,
    )
    fireEvent.click(within(entry).getByRole('button', { name: 'Remove traffic 1' }))
    expect(store.getState().scenario.traffic).toEqual([])
    expect(screen.queryByRole('region', { name: 'Traffic' })).toBeNull()
  })

  it('"Keep in scenario" turns live injected events and faults into the document’s own, as one undo step', () => {
    const store = createAppStore({
      scenario: {
        ...doc,
        nodes: [...doc.nodes, { id: 'stream', type: 'kinesis' }],
        edges: [...doc.edges, { id: 'esm', from: 'stream', to: 'fn' }],
      },
    })
    render(
      <AppStoreContext.Provider value={store}>
        <Inspector />
      </AppStoreContext.Provider>,
    )
    act(() => store.getState().seek(500))
    act(() => void store.getState().injectFault({ kind: 'fault', fault: { kind: 'fail', target: 'fn' } }))
    act(() => void store.getState().injectFault({ kind: 'event', source: 'bucket' }))
    act(() => void store.getState().injectFault({ kind: 'poisonRecord', stream: 'stream' }))
    expect(screen.getByText(/3 events or faults were injected while playing/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Keep in scenario' }))
    const s = store.getState()
    expect(s.injected).toEqual([])
    expect(s.scenario.faults.map((f) => f.kind)).toEqual(['fail', 'poisonRecord'])
    expect(s.scenario.traffic.map((t) => t.source)).toEqual(['bucket', 'stream'])
    expect(screen.queryByRole('button', { name: 'Keep in scenario' })).toBeNull()
    act(() => store.getState().undo())
    expect(store.getState().scenario.faults).toEqual([])
    expect(store.getState().scenario.traffic).toEqual([])
  })
})
