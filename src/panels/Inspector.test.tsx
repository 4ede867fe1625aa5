import { describe, expect, it } from 'vitest'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SCENARIO_FORMAT, type Scenario } from '../model'
import { createAppStore } from '../store/createAppStore'
import { AppStoreContext } from '../store/appStoreContext'
import { Inspector } from './Inspector'

const doc: Scenario = {
  format: SCENARIO_FORMAT,
  title: 'Orders',
  era: 'current',
  seed: 1,
  durationMs: 60_000,
  nodes: [
    { id: 'bucket', type: 's3' },
    { id: 'fn', type: 'lambda', label: 'Resize' },
    { id: 'q', type: 'sqs' },
  ],
  edges: [
    { id: 'b-fn', from: 'bucket', to: 'fn' },
    { id: 'q-fn', from: 'q', to: 'fn' },
  ],
  traffic: [],
  faults: [],
}

function setup(scenario: Scenario = doc) {
  const store = createAppStore({ scenario })
  render(
    <AppStoreContext.Provider value={store}>
      <Inspector />
    </AppStoreContext.Provider>,
  )
  return store
}
const fnConfig = (s: ReturnType<typeof setup>) => s.getState().scenario.nodes[1]

describe('<Inspector />', () => {
  it('sets a timeout of 10 s with the unit selector, stored as integer ms, and resets to the default', async () => {
    const user = userEvent.setup()
    const store = setup()
    act(() => store.getState().select({ nodeIds: ['fn'] }))
    const timeout = screen.getByRole('textbox', { name: /^Timeout/ })
    expect(timeout.getAttribute('placeholder')).toBe('default: 3 s')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit for Timeout' }), 's')
    await user.type(timeout, '10')
    expect(fnConfig(store)).toEqual({ id: 'fn', type: 'lambda', label: 'Resize', config: { timeoutMs: 10_000 } })
    await user.click(screen.getByRole('button', { name: 'Reset Timeout to the AWS default' }))
    expect(fnConfig(store)).toEqual({ id: 'fn', type: 'lambda', label: 'Resize' })
  })

  it('makes typing in one field one undo step', async () => {
    const user = userEvent.setup()
    const store = setup()
    act(() => store.getState().select({ nodeIds: ['fn'] }))
    // 2, 25, 250 ms are each valid and applied as typed.
    await user.type(screen.getByRole('textbox', { name: /^Handler run time/ }), '250')
    await user.tab()
    expect(fnConfig(store)).toMatchObject({ config: { durationMs: 250 } })
    act(() => store.getState().undo())
    expect(fnConfig(store)).toEqual({ id: 'fn', type: 'lambda', label: 'Resize' })
  })

  it('refuses a value out of range or one AWS would reject, keeps the last valid value and says where', async () => {
    const user = userEvent.setup()
    const store = setup()
    act(() => store.getState().select({ nodeIds: ['fn'] }))
    const timeout = screen.getByRole('textbox', { name: /^Timeout/ })
    await user.type(timeout, '20')
    expect(fnConfig(store)).toMatchObject({ config: { timeoutMs: 20_000 } })
    await user.type(timeout, '00')
    expect(screen.getByRole('alert').textContent).toContain('At most 15 min')
    expect(fnConfig(store)).toMatchObject({ config: { timeoutMs: 20_000 } })
    // 60 s is in range, but the SQS mapping (visibility 30 s) makes AWS refuse it (G27), located on the edge.
    await user.clear(timeout)
    await user.type(timeout, '60')
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('edges[1]')
    expect(alert.textContent).toContain('visibility timeout is below the function timeout')
    expect(fnConfig(store)).toMatchObject({ config: { timeoutMs: 6000 } })
  })

  it('disables settings that did not exist in 2018, with the reason', () => {
    const store = setup({ ...doc, era: '2018' })
    act(() => store.getState().select({ nodeIds: ['fn'] }))
    const retries = screen.getByRole('textbox', { name: /^Async retry attempts/ })
    expect(retries).toHaveProperty('disabled', true)
    expect(document.getElementById(retries.getAttribute('aria-describedby') ?? '')?.textContent).toContain('Nov 2019')
    expect(screen.getByText(/In 2018: 128–3,008 MB in 64 MB steps/)).toBeTruthy()
  })

  it('accepts exactly 4,096 bytes of variables and rejects 4,097 without changing the function (§15)', () => {
    const store = setup()
    act(() => store.getState().select({ nodeIds: ['fn'] }))
    fireEvent.click(screen.getByRole('button', { name: 'Add variable' }))
    fireEvent.change(screen.getByRole('textbox', { name: 'Key of variable 1' }), { target: { value: 'BIG' } })
    // {"BIG":"…"} is 10 bytes of JSON around the value.
    fireEvent.change(screen.getByRole('textbox', { name: 'Value of variable 1' }), {
      target: { value: 'x'.repeat(4086) },
    })
    expect(screen.getByText('Size: 4,096 of 4,096 bytes')).toBeTruthy()
    expect(fnConfig(store)).toMatchObject({ config: { environment: { variables: { BIG: 'x'.repeat(4086) } } } })
    fireEvent.change(screen.getByRole('textbox', { name: 'Value of variable 1' }), {
      target: { value: 'x'.repeat(4087) },
    })
    expect(screen.getByRole('alert').textContent).toContain('Over 4,096 bytes')
    expect(fnConfig(store)).toMatchObject({ config: { environment: { variables: { BIG: 'x'.repeat(4086) } } } })
  })

  it('rejects a reserved key per era (TZ in 2018 only, §8)', () => {
    for (const [era, rejected] of [
      ['2018', true],
      ['current', false],
    ] as const) {
      const store = setup({ ...doc, era })
      act(() => store.getState().select({ nodeIds: ['fn'] }))
      fireEvent.click(screen.getByRole('button', { name: 'Add variable' }))
      fireEvent.change(screen.getByRole('textbox', { name: 'Key of variable 1' }), { target: { value: 'TZ' } })
      expect(screen.queryByRole('alert') !== null).toBe(rejected)
      expect(fnConfig(store)?.type === 'lambda' && fnConfig(store)).toMatchObject(
        rejected ? { label: 'Resize' } : { config: { environment: { variables: { TZ: '' } } } },
      )
      document.body.innerHTML = ''
    }
  })

  it('shows scenario settings when nothing is selected and refuses an era switch the document cannot make', async () => {
    const user = userEvent.setup()
    const store = setup({ ...doc, nodes: [{ id: 'fn', type: 'lambda', config: { memoryMb: 10_240 } }], edges: [] })
    expect(screen.getByRole('heading', { name: 'Scenario settings' })).toBeTruthy()
    await user.click(screen.getByRole('radio', { name: '2018' }))
    expect(screen.getByRole('alert').textContent).toContain('nodes[0].config.memoryMb')
    expect(store.getState().scenario.era).toBe('current')
  })

  it('lists consequences live and selects their parts on click', async () => {
    const user = userEvent.setup()
    const store = setup()
    const list = screen.getByRole('region', { name: /What will happen/ })
    expect(within(list).getByText(/Resize has no DLQ/)).toBeTruthy()
    expect(
      within(list)
        .getByRole('link', { name: /AWS documentation for §2.1/ })
        .getAttribute('href'),
    ).toBe('https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html')
    await user.click(within(list).getByRole('button', { name: /Resize has no DLQ/ }))
    expect(store.getState().selection).toEqual({ nodeIds: ['fn'], edgeIds: ['b-fn'] })
    act(() =>
      store.getState().editScenario((s) => ({
        ...s,
        nodes: [...s.nodes, { id: 'dlq', type: 'sqs' }],
        edges: [...s.edges, { id: 'd', from: 'fn', to: 'dlq', role: 'dlq' }],
      })),
    )
    expect(within(list).queryByText(/Resize has no DLQ/)).toBeNull()
  })

  it('edits a connection: SQS mappings offer no stream-only knobs (§4.1); a stream mapping caps retries', async () => {
    const user = userEvent.setup()
    const kin: Scenario = {
      ...doc,
      nodes: [...doc.nodes, { id: 'k', type: 'kinesis' }],
      edges: [...doc.edges, { id: 'k-fn', from: 'k', to: 'fn' }],
    }
    const store = setup(kin)
    act(() => store.getState().select({ edgeIds: ['q-fn'] }))
    expect(screen.getByText('Role: event source mapping (polled)')).toBeTruthy()
    expect(screen.getByRole('textbox', { name: /^Batch size/ }).getAttribute('placeholder')).toBe('default: 10')
    expect(screen.queryByRole('textbox', { name: /^Retry attempts/ })).toBeNull()
    act(() => store.getState().select({ edgeIds: ['k-fn'] }))
    expect(screen.getByText(/retries without limit/)).toBeTruthy()
    await user.type(screen.getByRole('textbox', { name: /^Retry attempts/ }), '3')
    expect(store.getState().scenario.edges[2]).toEqual({
      id: 'k-fn',
      from: 'k',
      to: 'fn',
      config: { maxRetryAttempts: 3 },
    })
    expect(screen.queryByText(/retries without limit/)).toBeNull()
  })
})
