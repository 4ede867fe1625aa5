import { expect, openApp, test } from './fixtures.ts'
import { dragFromPalette, expectNoSeriousAxeViolations, nodeOf, wire } from './canvas-helpers.ts'

test.describe.configure({ timeout: 90_000 })

test('a new user drags S3, a function and a queue in, wires a trigger and a DLQ, is refused Kinesis as a DLQ, undoes and redoes', async ({
  page,
  foreignRequests,
}) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  const palette = page.getByRole('complementary', { name: 'Palette' })
  await expect(palette.getByRole('heading', { name: 'Asynchronous' })).toBeVisible()

  await dragFromPalette(page, 'S3 bucket', { x: 110, y: 160 })
  await dragFromPalette(page, 'Lambda function', { x: 350, y: 160 })
  await dragFromPalette(page, 'SQS queue', { x: 590, y: 160 })
  await expect(nodeOf(page, 'bucket-1')).toContainText('S3 bucket')
  await expect(nodeOf(page, 'bucket-1')).toContainText('async')
  await expect(nodeOf(page, 'function-1')).toContainText('Lambda function')
  await expect(nodeOf(page, 'queue-1')).toContainText('polled')

  // S3 → Lambda is a push trigger, as AWS wires it.
  await wire(page, 'bucket-1', 'function-1')
  await expect(page.locator('.role-edge__label', { hasText: 'trigger' })).toHaveCount(1)
  await expect(page.getByTestId('canvas-announcer')).toContainText('Connected bucket-1 to function-1 as trigger')

  // Lambda → SQS asks which role; choose DLQ.
  await wire(page, 'function-1', 'queue-1')
  const menu = page.getByRole('dialog', { name: 'What is queue-1 for this function?' })
  await expect(menu).toBeVisible()
  await expect(menu.getByRole('button')).toHaveCount(5) // DLQ, on-failure, on-success, writes to (code), cancel
  await page.screenshot({ path: test.info().outputPath('canvas-role-menu.png') })
  await menu.getByRole('button', { name: /^DLQ/ }).click()
  await expect(page.locator('.role-edge__label', { hasText: 'DLQ' })).toHaveCount(1)

  // Kinesis cannot be a DLQ: refused where the pointer let go, in AWS terms, as an alert.
  await dragFromPalette(page, 'Kinesis stream', { x: 590, y: 330 })
  await wire(page, 'function-1', 'stream-1')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(
    "Kinesis stream cannot be a DLQ: a function's DLQ must be an SQS queue or an SNS topic.",
  )
  await expect(alert).toContainText('§2.4')
  await page.screenshot({ path: test.info().outputPath('canvas-refusal-light.png') })
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  await expectNoSeriousAxeViolations(page)
  await alert.getByRole('button', { name: 'Dismiss' }).click()

  // Undo removes the Kinesis node, then the DLQ; redo brings the DLQ back.
  const undo = page.getByRole('button', { name: 'Undo' })
  await undo.click()
  await expect(nodeOf(page, 'stream-1')).toHaveCount(0)
  await undo.click()
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  await page.keyboard.press('Control+Shift+Z')
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  await page.keyboard.press('Control+z')
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  await page.keyboard.press('Control+y')
  await expect(page.locator('.role-edge__label', { hasText: 'DLQ' })).toHaveCount(1)
  expect(foreignRequests).toEqual([])
})
