import { dragFromPalette, nodeOf, wire } from './canvas-helpers.ts'
import { expect, openApp, test } from './fixtures.ts'

test.describe.configure({ timeout: 240_000 })

test('build DynamoDB table → stream → function → RDS from the palette (§7.5 write-behind; issue 17)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await openApp(page, { lang: 'en', theme: 'light' })
  await dragFromPalette(page, 'DynamoDB table', { x: 110, y: 140 })
  await dragFromPalette(page, 'DynamoDB Streams', { x: 110, y: 320 })
  await dragFromPalette(page, 'Lambda function', { x: 360, y: 320 })
  await dragFromPalette(page, 'RDS', { x: 610, y: 320 })
  await expect(nodeOf(page, 'table-1')).toBeVisible()
  await wire(page, 'table-1', 'ddb-stream-1')
  await expect(page.locator('.role-edge__label', { hasText: 'table stream' })).toHaveCount(1)
  await wire(page, 'ddb-stream-1', 'function-1')
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  await wire(page, 'function-1', 'rds-1')
  await expect(page.locator('.role-edge__label', { hasText: 'access' })).toHaveCount(1)
  // The stream's view type decides what each record carries.
  await nodeOf(page, 'ddb-stream-1').click()
  const viewType = page.getByRole('combobox', { name: /Stream view type/ })
  await viewType.selectOption('NEW_IMAGE')
  await expect(viewType).toHaveValue('NEW_IMAGE')
  await page.screenshot({ path: test.info().outputPath('dynamodb-rds-palette-1280.png') })
})

test('the bundled example answers the user at once while RDS failing blocks the shard', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') })
  await openApp(page, { example: 'dynamodb-rds' })
  await expect(nodeOf(page, 'orders-stream')).toBeVisible()
  await page.getByRole('slider', { name: /Position in the run/ }).fill('50000')
  await page.screenshot({ path: test.info().outputPath('dynamodb-rds-example-1280.png') })
})
