import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { expectNoSeriousAxeViolations, nodeOf } from './canvas-helpers.ts'
import { expectBoxes } from './geometry.ts'
import { loadScenario, saveScenario } from './panelsHelpers.ts'

// Axe, screenshots and file saves on a shared 2-core machine: the list-settings test alone takes 1.5 min under load.
test.describe.configure({ timeout: 180_000 })

/**
 * An API in front of a VPC function that reads RDS and sends failures to a DLQ; a Kinesis stream whose mapping sends
 * failed batches to an on-failure queue (the destination names its mapping, §3.2). RDS and the function sit piled up.
 */
const vpcScenario = {
  format: 'lambdascope/scenario@1',
  title: 'Orders in a VPC',
  era: 'current',
  seed: 7,
  durationMs: 60000,
  nodes: [
    { id: 'api-1', type: 'apiGateway', label: 'Orders API', position: { x: 0, y: 40 } },
    { id: 'vpc-1', type: 'vpc', label: 'Shop VPC', position: { x: 300, y: 0 } },
    {
      id: 'function-1',
      type: 'lambda',
      label: 'Orders',
      parentId: 'vpc-1',
      position: { x: 24, y: 36 },
      config: { securityGroup: 'sg-app' },
    },
    { id: 'rds-1', type: 'rds', label: 'Orders DB', parentId: 'vpc-1', position: { x: 60, y: 60 } },
    { id: 'queue-1', type: 'sqs', label: 'Failed orders', position: { x: 760, y: 40 } },
    { id: 'stream-1', type: 'kinesis', label: 'Clicks', position: { x: 0, y: 320 } },
    { id: 'function-2', type: 'lambda', label: 'Counter', position: { x: 320, y: 320 } },
    { id: 'queue-2', type: 'sqs', label: 'Bad batches', position: { x: 560, y: 520 } },
  ],
  edges: [
    { id: 'api-1:function-1', from: 'api-1', to: 'function-1' },
    { id: 'function-1:rds-1', from: 'function-1', to: 'rds-1' },
    { id: 'function-1:queue-1', from: 'function-1', to: 'queue-1', role: 'dlq' },
    { id: 'stream-1:function-2', from: 'stream-1', to: 'function-2' },
    {
      id: 'stream-1:queue-2',
      from: 'stream-1',
      to: 'queue-2',
      role: 'onFailure',
      config: { mapping: 'stream-1:function-2' },
    },
  ],
  traffic: [],
  faults: [],
}

type SavedDoc = {
  accountId?: string
  nodes: { id: string; parentId?: string; position?: { x: number; y: number }; config?: Record<string, unknown> }[]
  edges: { id?: string; from: string; to: string; role?: string; config?: { mapping?: string } }[]
}

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' })
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`) })

for (const theme of ['light', 'dark'] as const)
  test(`list settings: inbound rules from the canvas's security groups, gateway endpoints, the account (${theme})`, async ({
    page,
    foreignRequests,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await openApp(page, { lang: 'en', theme })
    await loadScenario(page, vpcScenario)

    // A queue that only receives failures is a target, not a polled source (the stream's mapping makes it polled).
    await expect(nodeOf(page, 'queue-1').locator('.service-node__badge')).toHaveText('target')
    await expect(nodeOf(page, 'queue-1')).toHaveAttribute(
      'aria-label',
      'Failed orders, SQS queue, failure or success target',
    )
    await expect(nodeOf(page, 'queue-2').locator('.service-node__badge')).toHaveText('target')
    await expect(nodeOf(page, 'stream-1').locator('.service-node__badge')).toHaveText('polled')

    await nodeOf(page, 'rds-1').click()
    const inbound = inspector(page).getByRole('group', { name: /^Inbound from/ })
    await expect(inbound.getByRole('listitem')).toHaveText([/default\s*AWS default/])
    await inbound.getByRole('button', { name: 'Add sg-app to Inbound from (security groups)' }).click()
    await expect(inbound.getByRole('listitem')).toHaveText([/^default/, /sg-app\s*used by Orders/])
    // A repeat is refused with the reason; what was typed stays.
    const entry = inbound.getByRole('combobox', { name: 'New entry for Inbound from (security groups)' })
    await entry.fill('sg-app')
    await entry.press('Enter')
    await expect(inbound.getByRole('alert')).toContainText('sg-app is already in the list.')
    await expect(entry).toHaveValue('sg-app')
    await shot(page, `inspector-inbound-${theme}`)
    await entry.fill('')

    await nodeOf(page, 'vpc-1').click({ position: { x: 20, y: 12 } })
    const endpoints = inspector(page).getByRole('group', { name: /^Gateway endpoints/ })
    await endpoints.getByRole('checkbox', { name: 'S3' }).check()
    await shot(page, `inspector-endpoints-${theme}`)

    // Nothing selected: the scenario's account. A short id is refused where it is, and nothing is applied.
    await page.keyboard.press('Escape')
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } })
    const account = inspector(page).getByRole('textbox', { name: /^Account ID/ })
    await account.fill('1234')
    await expect(inspector(page).getByRole('alert')).toContainText('accountId')
    await expect(inspector(page).getByRole('alert')).toContainText('12 digits')
    await inspector(page).getByRole('alert').scrollIntoViewIfNeeded()
    await shot(page, `inspector-account-refused-${theme}`)
    await account.fill('210987654321')
    await expect(inspector(page).getByRole('alert')).toHaveCount(0)
    await expectNoSeriousAxeViolations(page)

    const saved = JSON.parse((await saveScenario(page)).text) as SavedDoc
    expect(saved.accountId).toBe('210987654321')
    expect(saved.nodes.find((n) => n.id === 'rds-1')?.config).toEqual({ inboundFrom: ['default', 'sg-app'] })
    expect(saved.nodes.find((n) => n.id === 'vpc-1')?.config).toEqual({ gatewayEndpoints: ['s3'] })
    expect(foreignRequests).toEqual([])
  })

test('a stream destination names its mapping; copy and paste rewires it to the pasted mapping', async ({
  page,
  foreignRequests,
}) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await loadScenario(page, vpcScenario)
  await page.getByRole('button', { name: 'Fit view' }).first().click()
  await page
    .locator('.react-flow__edge[data-id="stream-1:queue-2"] .react-flow__edge-interaction')
    .click({ force: true })
  await expect(inspector(page).getByRole('combobox', { name: /^Mapping it belongs to/ })).toHaveValue(
    'stream-1:function-2',
  )
  await expect(
    inspector(page)
      .getByRole('combobox', { name: /^Mapping it belongs to/ })
      .locator('option:checked'),
  ).toHaveText('Clicks → Counter')

  await nodeOf(page, 'stream-1').click()
  await nodeOf(page, 'function-2').click({ modifiers: ['Shift'] })
  await nodeOf(page, 'queue-2').click({ modifiers: ['Shift'] })
  await page.keyboard.press('Control+c')
  await page.keyboard.press('Control+v')
  await expect(nodeOf(page, 'stream-2')).toBeVisible()
  const saved = JSON.parse((await saveScenario(page)).text) as SavedDoc
  const pasted = saved.edges.find((e) => e.from === 'stream-2' && e.role === 'onFailure')
  expect(pasted).toMatchObject({ to: 'queue-3', config: { mapping: 'stream-2:function-3' } })
  expect(saved.edges.some((e) => e.id === 'stream-2:function-3' && e.to === 'function-3')).toBe(true)
  // The original keeps its own.
  expect(saved.edges.find((e) => e.id === 'stream-1:queue-2')?.config).toEqual({ mapping: 'stream-1:function-2' })
  expect(foreignRequests).toEqual([])
})

for (const theme of ['light', 'dark'] as const)
  test(`auto-layout arranges a VPC's contents inside it, by flow (${theme}, desktop and embed)`, async ({
    page,
    foreignRequests,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await openApp(page, { lang: 'en', theme })
    await loadScenario(page, vpcScenario)
    await page.getByRole('button', { name: 'Auto-layout' }).click()
    await page.getByRole('button', { name: 'Fit view' }).first().click()
    // Read once the layout and the fit have landed: retried until every box is where it belongs.
    await expectBoxes(
      ['vpc-1', 'function-1', 'rds-1', 'api-1'].map((id) => nodeOf(page, id)),
      ([vpc, fn, db, api]) => {
        for (const child of [fn!, db!]) {
          expect(child.x).toBeGreaterThan(vpc!.x)
          expect(child.y).toBeGreaterThan(vpc!.y)
          expect(child.x + child.width).toBeLessThan(vpc!.x + vpc!.width)
          expect(child.y + child.height).toBeLessThan(vpc!.y + vpc!.height)
        }
        expect(fn!.x + fn!.width).toBeLessThan(db!.x) // function → database, left to right
        expect(fn!.y + fn!.height).toBeLessThanOrEqual(db!.y) // …and a row up, so its DLQ edge passes above the database
        expect(api!.x + api!.width).toBeLessThan(vpc!.x)
      },
    )
    await shot(page, `autolayout-${theme}`)
    await page.setViewportSize({ width: 600, height: 400 })
    await page.getByRole('button', { name: 'Fit view' }).first().click()
    await shot(page, `autolayout-embed-${theme}`)
    expect(foreignRequests).toEqual([])
  })

test('Japanese: list settings and the target badge read naturally', async ({ page, foreignRequests }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await openApp(page, { lang: 'en', theme: 'light' })
  await loadScenario(page, vpcScenario)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
  await expect(nodeOf(page, 'queue-1').locator('.service-node__badge')).toBeVisible()
  await nodeOf(page, 'rds-1').click()
  const inspectorJa = page.getByRole('complementary', { name: 'インスペクター' })
  const inbound = inspectorJa.getByRole('group', { name: /^インバウンドを許可するセキュリティグループ/ })
  await inbound.getByRole('button', { name: 'インバウンドを許可するセキュリティグループ に sg-app を追加' }).click()
  await expect(inbound.getByRole('listitem')).toHaveText([/^default/, /sg-app\s*Orders が使用/])
  await shot(page, 'inspector-inbound-ja')
  expect(foreignRequests).toEqual([])
})
