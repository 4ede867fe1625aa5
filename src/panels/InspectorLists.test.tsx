import { describe, expect, it } from 'vitest'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SCENARIO_FORMAT, type Scenario } from '../model'
import { createAppStore } from '../store/createAppStore'
import { AppStoreContext } from '../store/appStoreContext'
import { Inspector } from './Inspector'

/** A VPC with a function (group sg-app), a database, a client, and a stream with two mappings and a destination. */
const doc: Scenario = {
  format: SCENARIO_FORMAT,
  title: 'VPC',
  era: 'current',
  seed: 1,
  durationMs: 60_000,
  nodes: [
    { id: 'vpc', type: 'vpc' },
    { id: 'fn', type: 'lambda', label: 'Resize', parentId: 'vpc', config: { securityGroup: 'sg-app' } },
    { id: 'fn2', type: 'lambda', label: 'Report' },
    { id: 'db', type: 'rds', parentId: 'vpc' },
    { id: 'cli', type: 'client' },
    { id: 'stream', type: 'kinesis', label: 'Clicks' },
    { id: 'dlq', type: 'sqs' },
    { id: 'topic', type: 'sns' },
  ],
  edges: [
    { id: 'access', from: 'fn', to: 'db' },
    { id: 'esm-a', from: 'stream', to: 'fn' },
    { id: 'esm-b', from: 'stream', to: 'fn2' },
    { id: 'fail', from: 'stream', to: 'dlq', role: 'onFailure' },
    { id: 'fn2-dlq', from: 'fn2', to: 'dlq', role: 'dlq' },
    { id: 'fn2-topic', from: 'fn2', to: 'topic', role: 'onSuccess' },
  ],
  traffic: [],
  faults: [],
}

function setup(select?: { nodeIds?: string[]; edgeIds?: string[] }) {
  const store = createAppStore({ scenario: doc })
  render(
    <AppStoreContext.Provider value={store}>
      <Inspector />
    </AppStoreContext.Provider>,
  )
  if (select) act(() => store.getState().select(select))
  return store
}
const node = (s: ReturnType<typeof setup>, id: string) => s.getState().scenario.nodes.find((n) => n.id === id)

describe('list settings in the inspector', () => {
  it('RDS inbound rules: starts from the AWS default, offers the groups functions use, adds and removes (§7.5)', async () => {
    const user = userEvent.setup()
    const store = setup({ nodeIds: ['db'] })
    const list = screen.getByRole('group', { name: /^Inbound from/ })
    expect(within(list).getByRole('list').textContent).toContain('AWS default')
    await user.click(within(list).getByRole('button', { name: 'Add sg-app to Inbound from (security groups)' }))
    expect(node(store, 'db')).toMatchObject({ config: { inboundFrom: ['default', 'sg-app'] } })
    expect(within(list).getByRole('list').textContent).toContain('used by Resize')
    await user.click(within(list).getByRole('button', { name: 'Remove default from Inbound from (security groups)' }))
    expect(node(store, 'db')).toMatchObject({ config: { inboundFrom: ['sg-app'] } })
    await user.click(within(list).getByRole('button', { name: 'Remove sg-app from Inbound from (security groups)' }))
    expect(node(store, 'db')).toMatchObject({ config: { inboundFrom: [] } })
    expect(list.textContent).toContain('nothing is allowed')
    await user.click(
      within(list).getByRole('button', { name: 'Reset Inbound from (security groups) to the AWS default' }),
    )
    expect(node(store, 'db')).toEqual(doc.nodes[3])
  })

  it('refuses a blank or repeated entry with the reason and keeps what was typed', async () => {
    const user = userEvent.setup()
    const store = setup({ nodeIds: ['db'] })
    const list = screen.getByRole('group', { name: /^Inbound from/ })
    const entry = within(list).getByRole('combobox', { name: 'New entry for Inbound from (security groups)' })
    await user.click(within(list).getByRole('button', { name: 'Add to Inbound from (security groups)' }))
    expect(within(list).getByRole('alert').textContent).toContain('Type a name first')
    await user.type(entry, 'default{Enter}')
    expect(within(list).getByRole('alert').textContent).toContain('default is already in the list')
    expect((entry as HTMLInputElement).value).toBe('default')
    expect(node(store, 'db')).toEqual(doc.nodes[3])
    await user.clear(entry)
    await user.type(entry, 'sg-batch{Enter}')
    expect(node(store, 'db')).toMatchObject({ config: { inboundFrom: ['default', 'sg-batch'] } })
    expect((entry as HTMLInputElement).value).toBe('')
    expect(screen.getByRole('status').textContent).toContain('sg-batch added')
    await user.tab()
    act(() => store.getState().undo())
    expect(node(store, 'db')).toEqual(doc.nodes[3])
  })

  it('VPC gateway endpoints are a set of checkboxes; none is the default and leaves the field out (§7.3)', async () => {
    const user = userEvent.setup()
    const store = setup({ nodeIds: ['vpc'] })
    const set = screen.getByRole('group', { name: /Gateway endpoints/ })
    await user.click(within(set).getByRole('checkbox', { name: 'DynamoDB' }))
    await user.click(within(set).getByRole('checkbox', { name: 'S3' }))
    expect(node(store, 'vpc')).toEqual({ id: 'vpc', type: 'vpc', config: { gatewayEndpoints: ['s3', 'dynamodb'] } })
    await user.click(within(set).getByRole('checkbox', { name: 'S3' }))
    await user.click(within(set).getByRole('checkbox', { name: 'DynamoDB' }))
    expect(node(store, 'vpc')).toEqual({ id: 'vpc', type: 'vpc' })
  })

  it('client retry policy: a delay alone brings the required attempts along; resetting attempts removes the policy (§5.1)', async () => {
    const user = userEvent.setup()
    const store = setup({ nodeIds: ['cli'] })
    await user.type(screen.getByRole('textbox', { name: /^SDK retry base delay/ }), '200')
    expect(node(store, 'cli')).toEqual({
      id: 'cli',
      type: 'client',
      config: { retry: { maxAttempts: 0, baseDelayMs: 200 } },
    })
    const attempts = screen.getByRole('textbox', { name: /^SDK retries/ })
    await user.clear(attempts)
    await user.type(attempts, '3')
    expect(node(store, 'cli')).toMatchObject({ config: { retry: { maxAttempts: 3, baseDelayMs: 200 } } })
    await user.type(attempts, '0')
    expect(screen.getByRole('alert').textContent).toContain('At most 10')
    // Back to the defaults one by one: the delay is never lost on the way, and the policy goes when it is empty.
    await user.click(screen.getByRole('button', { name: 'Reset SDK retries to the AWS default' }))
    expect(node(store, 'cli')).toMatchObject({ config: { retry: { maxAttempts: 0, baseDelayMs: 200 } } })
    await user.click(screen.getByRole('button', { name: 'Reset SDK retry base delay to the AWS default' }))
    expect(node(store, 'cli')).toMatchObject({ config: { retry: { maxAttempts: 0 } } })
    await user.click(screen.getByRole('button', { name: 'Reset SDK retries to the AWS default' }))
    expect(node(store, 'cli')).toEqual({ id: 'cli', type: 'client' })
  })

  it('a stream destination picks the mapping it belongs to from the canvas (§3.2)', async () => {
    const user = userEvent.setup()
    const store = setup({ edgeIds: ['fail'] })
    const mapping = screen.getByRole('combobox', { name: /^Mapping it belongs to/ })
    expect([...mapping.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'default: none',
      'Clicks → Resize',
      'Clicks → Report',
    ])
    await user.selectOptions(mapping, 'esm-b')
    expect(store.getState().scenario.edges[3]).toMatchObject({ config: { mapping: 'esm-b' } })
  })

  it('a function security group suggests the groups databases allow', () => {
    setup({ nodeIds: ['fn2'] })
    const sg = screen.getByRole('combobox', { name: /^Security group/ })
    const options = document.getElementById(sg.getAttribute('list') ?? '')?.querySelectorAll('option')
    expect([...(options ?? [])].map((o) => o.getAttribute('value'))).toEqual(['default', 'sg-app'])
  })

  it('scenario account settings: a malformed account id or region is refused where it is; valid ones apply', async () => {
    const user = userEvent.setup()
    const store = setup()
    const account = screen.getByRole('textbox', { name: /^Account ID/ })
    await user.type(account, '1234')
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('accountId')
    expect(alert.textContent).toContain('12 digits')
    expect(store.getState().scenario.accountId).toBeUndefined()
    await user.type(account, '56789012')
    expect(store.getState().scenario.accountId).toBe('123456789012')
    await user.type(screen.getByRole('combobox', { name: /^Region/ }), 'eu-west-1')
    expect(store.getState().scenario.region).toBe('eu-west-1')
    const limit = screen.getByRole('textbox', { name: /^Account concurrency quota/ })
    await user.type(limit, '50')
    expect(screen.getByRole('alert').textContent).toContain('At least 100')
    await user.type(limit, '0')
    expect(store.getState().scenario.accountConcurrencyLimit).toBe(500)
  })

  it("a function's edge changes role among those AWS allows; a second DLQ is refused where it is (§2.4)", async () => {
    const user = userEvent.setup()
    const store = setup({ edgeIds: ['fn2-topic'] })
    const role = screen.getByRole('combobox', { name: /^Role/ })
    expect([...role.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'default: none',
      'dead-letter queue (DLQ)',
      'on-success destination',
      'on-failure destination',
      'writes to (code)',
    ])
    await user.selectOptions(role, 'onFailure')
    expect(store.getState().scenario.edges[5]).toMatchObject({ role: 'onFailure' })
    await user.selectOptions(role, 'dlq')
    expect(screen.getByRole('alert').textContent).toContain('edges[5]')
    expect(store.getState().scenario.edges[5]).toMatchObject({ role: 'onFailure' })
  })
})
