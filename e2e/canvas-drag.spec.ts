import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { nodeOf } from './canvas-helpers.ts'

/** Where the autosaved document puts a node (the document as written, what undo, files and links carry). */
async function savedPosition(page: Page, id: string) {
  return page.evaluate((nodeId) => {
    const raw = localStorage.getItem('lambdascope:autosave:v1')
    const doc = raw
      ? (JSON.parse(raw) as { scenario: { nodes: { id: string; position?: { x: number; y: number } }[] } }).scenario
      : null
    return doc?.nodes.find((n) => n.id === nodeId)?.position ?? null
  }, id)
}

async function box(page: Page, id: string) {
  const b = await nodeOf(page, id).boundingBox()
  if (!b) throw new Error(`${id} is not visible`)
  return b
}

test('a drag moves the node live, writes the document once on drop, and is one undo step', async ({
  page,
  foreignRequests,
}) => {
  // Virtual time: autosave's debounce and animation frames run when the test says, not on the real clock.
  await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') })
  await openApp(page, { lang: 'en', theme: 'light' })
  await page.getByRole('button', { name: 'Add Lambda function', exact: true }).first().click()
  await page.getByRole('button', { name: 'Add SQS queue', exact: true }).first().click()
  await page.clock.runFor(1000)
  const before = await savedPosition(page, 'function-1')
  expect(before).not.toBeNull()
  const start = await box(page, 'function-1')

  // Hold the node and move it: it follows the pointer while the document stays as it was.
  await page.mouse.move(start.x + 30, start.y + start.height / 2)
  await page.mouse.down()
  await page.mouse.move(start.x + 130, start.y + start.height / 2 + 60, { steps: 6 })
  await page.mouse.move(start.x + 230, start.y + start.height / 2 + 120, { steps: 6 })
  await page.clock.runFor(1000)
  const during = await box(page, 'function-1')
  expect(during.x).toBeGreaterThan(start.x + 150)
  expect(during.y).toBeGreaterThan(start.y + 80)
  expect(await savedPosition(page, 'function-1')).toEqual(before)

  // The drop writes the document: on the snap grid, where the node is drawn.
  await page.mouse.up()
  await page.clock.runFor(1000)
  const after = await savedPosition(page, 'function-1')
  expect(after).not.toEqual(before)
  expect((after?.x ?? 1) % 20).toBe(0)
  expect((after?.y ?? 1) % 20).toBe(0)
  const dropped = await box(page, 'function-1')
  expect(Math.abs(dropped.x - during.x)).toBeLessThan(20)

  // One undo takes the whole drag back; redo brings it again.
  await page.getByRole('button', { name: 'Undo' }).click()
  await page.clock.runFor(1000)
  expect(await savedPosition(page, 'function-1')).toEqual(before)
  expect((await box(page, 'function-1')).x).toBeCloseTo(start.x, 0)
  await expect(nodeOf(page, 'queue-1')).toBeVisible()
  await page.getByRole('button', { name: 'Redo' }).click()
  await page.clock.runFor(1000)
  expect(await savedPosition(page, 'function-1')).toEqual(after)
  expect(foreignRequests).toEqual([])
})
