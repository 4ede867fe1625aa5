import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { drawer, logLines, openExample, setSpeedMax } from './playpanels-helpers.ts'
import { shot } from './playback-helpers.ts'

/** Issue #14 (reference §16): loop detection, FIFO redrive, a malformed batch response — played as a user would. */
test.describe('Lambda as it is in 2026 (§16)', () => {
  test.describe.configure({ timeout: 180_000 })

  async function play(page: Page, example: string, runMs: number) {
    await page.setViewportSize({ width: 1280, height: 720 })
    await openExample(page, example)
    await drawer(page).getByRole('tab', { name: 'Log' }).click()
    await setSpeedMax(page)
    await page.getByRole('button', { name: 'Play', exact: true }).click()
    await page.clock.runFor(runMs)
  }

  test('a function writing to its own trigger bucket is stopped after 16 invocations, shown and explained', async ({
    page,
  }) => {
    await play(page, 'recursive-loop', 4_000)
    // The wire that closes the loop is marked on the canvas, with why.
    const loopBadge = page.locator('[data-loop="stops"]')
    await expect(loopBadge).toHaveCount(1)
    await expect(loopBadge).toHaveAttribute('title', /stops it after 16 invocations/)
    // A screen reader hears what the badge means (its accessible name), not just "↻ loop".
    await expect(page.getByRole('img', { name: /recursive loop detection stops it after 16 invocations/ })).toHaveCount(
      1,
    )
    // The log narrates the stop with its rule.
    const stop = logLines(page).filter({ hasText: 'recursive loop detection' })
    await expect(stop).toHaveCount(1, { timeout: 60_000 })
    await expect(stop).toContainText('§16')
    // Each of the 16 runs (e1…e16) wrote the event back: e17 appeared at the bucket and was stopped; there is no e18.
    await expect(logLines(page).filter({ hasText: 'e17 appears at photos bucket' })).toHaveCount(1)
    await expect(logLines(page).filter({ hasText: /for e17 .*on thumbnailer/ })).toHaveCount(0)
    await expect(logLines(page).filter({ hasText: 'e18' })).toHaveCount(0)
    await shot(page, 'loop-desktop')
    // Allow: nothing stops it (the inspector says so and the badge changes).
    await page.getByTestId('rf__node-thumbnailer').click()
    const select = page.getByRole('combobox', { name: /^Recursive loop/ })
    await select.selectOption('Allow')
    await expect(page.locator('[data-loop="runsOn"]')).toHaveCount(1)
    await page.setViewportSize({ width: 600, height: 400 })
    await shot(page, 'loop-embed')
  })

  test('a FIFO queue with a FIFO redrive queue plays: the group waits, the head is redriven, the rest follow', async ({
    page,
  }) => {
    await play(page, 'fifo-redrive', 6_000)
    await expect(logLines(page).filter({ hasText: 'moves the message to the queue’s DLQ' })).toHaveCount(1, {
      timeout: 60_000,
    })
    await expect(logLines(page).filter({ hasText: /e[23] is done/ })).toHaveCount(2, { timeout: 60_000 })
    await expect(page.getByText(/must also be FIFO/)).toHaveCount(0)
    await shot(page, 'fifo-redrive')
  })

  test('a handler returning a malformed batchItemFailures retries the whole batch; the return is edited in the inspector', async ({
    page,
  }) => {
    await play(page, 'malformed-batch-response', 5_000)
    // Both receives fail as a whole (maxReceiveCount 2), then all three messages are redriven.
    await expect(logLines(page).filter({ hasText: 'the whole batch becomes visible again' })).toHaveCount(2, {
      timeout: 60_000,
    })
    await expect(logLines(page).filter({ hasText: 'moves the message to the queue’s DLQ' })).toHaveCount(3)
    await page.getByTestId('rf__node-worker').click()
    const editor = page.getByRole('textbox', { name: 'What the handler returns' })
    await expect(editor).toHaveValue(/no-such-id/)
    // A typo is located and kept; an example button applies a documented success.
    await editor.fill('{"kind": "value", "value": {')
    await expect(page.getByRole('alert').filter({ hasText: 'JSON error at line 1' })).toBeVisible()
    await page.getByRole('button', { name: 'Batch: empty list' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Applied' })).toBeVisible()
    // The applied JSON shows whole: the editor grows with its lines (it was clamped to 3 lines and scrolled).
    await expect.poll(() => editor.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1)
    await editor.scrollIntoViewIfNeeded()
    await shot(page, 'returns-editor')
    // In a 600×400 embed the inspector is a sheet opened from the header (the worker stays selected).
    await page.setViewportSize({ width: 600, height: 400 })
    await page.getByRole('button', { name: 'Settings' }).click()
    await editor.scrollIntoViewIfNeeded()
    await expect(editor).toBeInViewport()
    await shot(page, 'returns-editor-embed')
  })
})
