import { expect, openApp, test } from './fixtures.ts'
import { expectNoSeriousAxeViolations, nodeOf, tabUntil } from './canvas-helpers.ts'
import { expectBoxes } from './geometry.ts'

test.describe.configure({ timeout: 90_000 })

test('wiring with the keyboard alone: add from the palette, Connect to… a trigger and a DLQ, undo and redo', async ({
  page,
  foreignRequests,
}) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  const announcer = page.getByTestId('canvas-announcer')
  const search = page.getByRole('searchbox', { name: 'Search services' })

  // Tab from the top of the page to the palette's search box.
  for (let i = 0; i < 12 && !(await search.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(search).toBeFocused()

  for (const [query, name, id] of [
    ['s3', 'S3 bucket', 'bucket-1'],
    ['lambda', 'Lambda function', 'function-1'],
    ['sqs', 'SQS queue', 'queue-1'],
  ] as const) {
    await search.focus()
    await page.keyboard.press('Control+a')
    await page.keyboard.type(query)
    await tabUntil(page, (el) => el.label === `Add ${name}`)
    await page.keyboard.press('Enter')
    await expect(nodeOf(page, id)).toBeVisible()
    await expect(announcer).toContainText(`Added ${name} “${id}”`)
  }
  // Placed where they overlap nothing.
  await expectBoxes(
    ['bucket-1', 'function-1', 'queue-1'].map((id) => nodeOf(page, id)),
    (boxes) => {
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!
          const b = boxes[j]!
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
          expect(apart, `nodes ${i} and ${j} overlap`).toBe(true)
        }
    },
  )

  // Focus the bucket on the canvas, select it with Enter, press C: only connections AWS allows are offered.
  await tabUntil(page, (el) => el.id === 'bucket-1')
  await page.keyboard.press('Enter')
  await page.keyboard.press('c')
  const dialog = page.getByRole('dialog', { name: 'Connect bucket-1 to…' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: /queue-1/ })).toHaveCount(0)
  await expect(dialog.getByRole('button', { name: 'trigger function-1 (Lambda function) — trigger' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(announcer).toContainText('Connected bucket-1 to function-1 as trigger')
  await expect(nodeOf(page, 'bucket-1')).toBeFocused()

  // The function: DLQ, on-failure, on-success and "writes" (its code writes to it, §16) to the queue are offered;
  // choose DLQ.
  await tabUntil(page, (el) => el.id === 'function-1')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Connect to…' })).toBeEnabled()
  await page.keyboard.press('c')
  const fnDialog = page.getByRole('dialog', { name: 'Connect function-1 to…' })
  await expect(fnDialog.getByRole('button', { name: /queue-1/ })).toHaveCount(4)
  // S3 can be a function's on-failure destination too (§2.2) and its code can write to it (§16); a trigger back is not.
  await expect(fnDialog.getByRole('button', { name: /bucket-1/ })).toHaveText([
    'on-failurebucket-1 (S3 bucket) — on-failure',
    'writesbucket-1 (S3 bucket) — writes',
  ])
  await expectNoSeriousAxeViolations(page)
  await tabUntil(page, (el) => el.text.includes('queue-1 (SQS queue) — DLQ'))
  await expect(fnDialog.getByRole('button', { name: 'DLQ queue-1 (SQS queue) — DLQ' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('.role-edge__label', { hasText: 'DLQ' })).toHaveCount(1)
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  await expect(page.locator('.react-flow__edge').first()).toHaveAttribute(
    'aria-label',
    'trigger from bucket-1 to function-1',
  )

  // Undo and redo from the keyboard.
  await page.keyboard.press('Control+z')
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  await expect(announcer).toContainText('Undone')
  await page.keyboard.press('Control+Shift+z')
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)

  // Delete the selected DLQ edge from the keyboard, then bring it back.
  await page.locator('.react-flow__edge').nth(1).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Delete')
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  await page.keyboard.press('Control+z')
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  expect(foreignRequests).toEqual([])
})
