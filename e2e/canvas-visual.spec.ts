import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { expectNoSeriousAxeViolations, nodeOf, wire } from './canvas-helpers.ts'
import { boxOf, expectInside, settledBox } from './geometry.ts'

// Only a ceiling: nothing here waits on real time, but axe and a built diagram take minutes at a load of 50 on 2 cores.
test.describe.configure({ timeout: 240_000 })

const add = (page: Page, name: string) =>
  page
    .getByRole('button', { name: `Add ${name}`, exact: true })
    .first()
    .click()

/**
 * A small architecture built by clicking: API → function (in a VPC, with RDS), SQS → function → DLQ and destinations.
 */
async function buildDiagram(page: Page) {
  await add(page, 'API Gateway')
  await add(page, 'SQS queue')
  await add(page, 'VPC')
  // With the VPC selected, a function and RDS go inside it.
  await add(page, 'Lambda function')
  await nodeOf(page, 'vpc-1').click({ position: { x: 20, y: 12 } })
  await add(page, 'RDS')
  await add(page, 'Lambda function')
  await add(page, 'SNS topic (target)')
  await add(page, 'SQS queue (target)')
  await page.getByRole('button', { name: 'Auto-layout' }).click()
  await wire(page, 'api-1', 'function-1')
  await wire(page, 'function-1', 'rds-1')
  await wire(page, 'queue-1', 'function-2')
  await wire(page, 'function-2', 'topic-1')
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^on-success/ })
    .click()
  await wire(page, 'function-1', 'queue-2')
  await page.getByRole('dialog').getByRole('button', { name: /^DLQ/ }).click()
  await page.getByRole('button', { name: 'Auto-layout' }).click()
  await expect(page.locator('.react-flow__edge')).toHaveCount(5)
}

test('groups, roles and badges read well in light and dark, English and Japanese, and pass axe', async ({
  page,
  foreignRequests,
}) => {
  test.setTimeout(480_000) // builds a diagram twice and runs axe four times on a shared machine
  await openApp(page, { lang: 'en', theme: 'light' })
  await buildDiagram(page)
  await expect(nodeOf(page, 'function-1')).toHaveAttribute('aria-label', 'function-1, Lambda function')
  await expect(nodeOf(page, 'api-1')).toHaveAttribute('aria-label', 'api-1, API Gateway, invokes synchronously')
  // The function and RDS sit inside the VPC group (children are drawn inside its box), once Auto-layout has settled.
  await expectInside(nodeOf(page, 'function-1'), nodeOf(page, 'vpc-1'), { strict: true })
  await expectInside(nodeOf(page, 'rds-1'), nodeOf(page, 'vpc-1'), { strict: true })
  for (const role of ['trigger', 'access', 'mapping', 'on-success', 'DLQ'])
    await expect(page.locator('.role-edge__label', { hasText: new RegExp(`^${role}$`) })).toHaveCount(1)
  await page.getByRole('button', { name: 'Fit view' }).first().click()
  await page.screenshot({ path: test.info().outputPath('canvas-light-en.png') })
  await expectNoSeriousAxeViolations(page)

  await page.getByRole('button', { name: 'Dark theme' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.screenshot({ path: test.info().outputPath('canvas-dark-en.png') })
  await expectNoSeriousAxeViolations(page)

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
  await expect(page.getByRole('complementary', { name: 'パレット' })).toBeVisible()
  await expect(page.locator('.role-edge__label', { hasText: 'トリガー' })).toHaveCount(1)
  await expect(nodeOf(page, 'function-1')).toHaveAttribute('aria-label', 'function-1、Lambda 関数')
  await page.screenshot({ path: test.info().outputPath('canvas-dark-ja.png') })
  expect(foreignRequests).toEqual([])
})

test('copy, paste, duplicate and delete; the palette searches and collapses', async ({ page, foreignRequests }) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await add(page, 'S3 bucket')
  await add(page, 'Lambda function')
  await wire(page, 'bucket-1', 'function-1')
  await nodeOf(page, 'bucket-1').click()
  await nodeOf(page, 'function-1').click({ modifiers: ['Shift'] })
  await page.keyboard.press('Control+c')
  await page.keyboard.press('Control+v')
  await expect(nodeOf(page, 'bucket-2')).toBeVisible()
  await expect(nodeOf(page, 'function-2')).toBeVisible()
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  await page.keyboard.press('Control+d')
  await expect(nodeOf(page, 'function-3')).toBeVisible()
  await expect(page.locator('.react-flow__edge')).toHaveCount(3)
  await page.keyboard.press('Delete')
  await expect(nodeOf(page, 'function-3')).toHaveCount(0)
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)

  const palette = page.getByRole('complementary', { name: 'Palette' })
  await palette.getByRole('searchbox', { name: 'Search services' }).fill('dynamo')
  await expect(palette.getByRole('button', { name: /^Add / })).toHaveText(['DynamoDB Streams', 'DynamoDB table'])
  await palette.getByRole('searchbox', { name: 'Search services' }).fill('zzz')
  await expect(palette).toContainText('No service matches “zzz”.')
  await palette.getByRole('button', { name: 'Hide the palette' }).click()
  await expect(palette.getByRole('searchbox')).toBeHidden()
  await expect(palette.getByRole('button', { name: 'Show the palette' })).toHaveAttribute('aria-expanded', 'false')
  expect(foreignRequests).toEqual([])
})

test('embed size (600×400): no palette, the canvas and its tools keep the room', async ({ page, foreignRequests }) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await buildDiagram(page)
  await page.setViewportSize({ width: 600, height: 400 })
  await expect(page.getByRole('complementary', { name: 'Palette' })).toBeHidden()
  await page.getByRole('button', { name: 'Fit view' }).first().click()
  await page.screenshot({ path: test.info().outputPath('canvas-embed-light.png') })
  await page.getByRole('button', { name: 'Dark theme' }).click()
  await page.screenshot({ path: test.info().outputPath('canvas-embed-dark.png') })
  await expectNoSeriousAxeViolations(page)
  expect(foreignRequests).toEqual([])
})

test('dragging a function into a VPC puts it inside; an SQS queue does not go in (§7.2)', async ({
  page,
  foreignRequests,
}) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await add(page, 'Lambda function')
  await add(page, 'VPC')
  await add(page, 'SQS queue') // with the VPC selected: a queue cannot go in, so it lands beside it
  const intoVpc = async (id: string) => {
    // Aim at where the nodes have come to rest (adding one may still be placing or fitting the view).
    const vpc = await settledBox(nodeOf(page, 'vpc-1'))
    const n = await settledBox(nodeOf(page, id))
    await page.mouse.move(n.x + 30, n.y + n.height / 2)
    await page.mouse.down()
    await page.mouse.move(vpc.x + 70, vpc.y + 70, { steps: 8 })
    await page.mouse.up()
  }
  await intoVpc('function-1')
  await expect(page.getByTestId('canvas-announcer')).toContainText('Moved “function-1” into “vpc-1”.')
  await intoVpc('queue-1')
  await expect(page.getByTestId('canvas-announcer')).not.toContainText('Moved “queue-1”')
  // The VPC grew around its function: the function's box lies inside the group's box.
  await expectInside(nodeOf(page, 'function-1'), nodeOf(page, 'vpc-1'), { strict: false })
  const fn = await settledBox(nodeOf(page, 'function-1'))
  // One undo step takes the whole drag (and the move into the group) back.
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('canvas-announcer')).toContainText('Undone')
  await expect.poll(async () => (await boxOf(nodeOf(page, 'function-1'))).x).not.toBe(fn.x)
  expect(foreignRequests).toEqual([])
})
