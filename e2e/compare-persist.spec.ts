/** #19's remaining gaps: a comparison survives a reload; faults injected into the original pane change the diff. */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { figure, forkKinesisAt30s, strip, type Side } from './compare-helpers.ts'

test.describe.configure({ timeout: 300_000 })

const row = (page: Page, side: Side) => strip(page).locator(`tr[data-side="${side}"]`)

test('a comparison survives a reload: both documents, the fork time, the pane shown, the playhead and the diff come back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await forkKinesisAt30s(page)
  await page
    .getByTestId('pane-fork')
    .locator('.react-flow__edge[data-id="clicks-esm"] .react-flow__edge-interaction')
    .dispatchEvent('click')
  await page.getByRole('checkbox', { name: 'Split batch on error' }).check()
  const retries = page.getByRole('textbox', { name: /^Retry attempts/ })
  await retries.fill('2')
  await retries.press('Enter')
  await expect(figure(page, 'fork', 'inDlq')).not.toHaveText('0')
  const forkRow = (await row(page, 'fork').textContent()) ?? ''
  const originalRow = (await row(page, 'original').textContent()) ?? ''
  expect(forkRow).not.toBe(originalRow)
  // The playhead moved on after the fork: it comes back where it was.
  const scrub = page.getByRole('slider', { name: /Position in the run/ })
  await scrub.fill('95000')
  await expect(scrub).toHaveAttribute('aria-valuetext', 'T+00:01:35.000')
  // The autosave's quiet time passes (virtual clock), then the page is reloaded.
  await page.clock.runFor(1000)
  await expect
    .poll(() =>
      page.evaluate(() => localStorage.getItem('lambdascope:comparison:v1')?.includes('"bisectOnError":true')),
    )
    .toBe(true)
  await page.reload()
  await expect(page.getByTestId('compare-bar')).toContainText('Forked at T+00:00:30.000')
  await expect(page.getByTestId('pane-original')).toBeVisible()
  await expect(row(page, 'fork')).toHaveText(forkRow)
  await expect(row(page, 'original')).toHaveText(originalRow)
  await expect(scrub).toHaveValue('95000')
  await expect(scrub).toHaveAttribute('aria-valuetext', 'T+00:01:35.000')
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible() // paused there, not playing
  await page.screenshot({ path: test.info().outputPath('compare-reloaded-1280.png') })

  // On a small screen one pane shows at a time: the one chosen is the one shown after a reload.
  await page.setViewportSize({ width: 600, height: 400 })
  await page.getByRole('tab', { name: /Original/ }).click()
  await expect(page.getByTestId('pane-fork')).toBeHidden()
  await page.clock.runFor(1000)
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('lambdascope:comparison:v1')?.includes('"pane":"original"')))
    .toBe(true)
  await page.reload()
  await expect(page.getByRole('tab', { name: /Original/ })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('pane-original')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('compare-reloaded-600.png') })

  // Leaving the comparison forgets it: a reload shows the document alone.
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.getByTestId('compare-bar').getByRole('button', { name: 'Keep the fork' }).click()
  await expect(page.getByTestId('compare-bar')).toBeHidden()
  await page.clock.runFor(1000)
  await expect.poll(() => page.evaluate(() => localStorage.getItem('lambdascope:comparison:v1'))).toBeNull()
  await page.reload()
  await expect(page.getByRole('button', { name: 'What if…?' })).toBeVisible()
  await expect(page.getByTestId('compare-bar')).toHaveCount(0)
  // The document alone keeps its playhead too.
  await scrub.fill('120000')
  await page.clock.runFor(1000)
  await page.reload()
  await expect(scrub).toHaveValue('120000')
  await expect(scrub).toHaveAttribute('aria-valuetext', 'T+00:02:00.000')
})

test('a fault injected into the original pane changes the diff strip', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await forkKinesisAt30s(page)
  // Unchanged, both sides have the same figures.
  await expect(row(page, 'original').locator('td')).toHaveText(await row(page, 'fork').locator('td').allInnerTexts())
  const forkDelivered = await figure(page, 'fork', 'delivered').innerText()
  await page.getByTestId('pane-original').locator('.react-flow__node[data-id="aggregator"]').click({ button: 'right' })
  const menu = page.getByRole('menu')
  await expect(menu).toBeVisible()
  await menu.getByRole('menuitem', { name: 'Fail every invocation' }).click()
  await expect(menu).toHaveCount(0)
  // The original's run now fails every invocation from T+30 s: its figures change, the fork's do not.
  await expect(figure(page, 'original', 'delivered')).not.toHaveText(
    await figure(page, 'fork', 'delivered').innerText(),
  )
  await expect(figure(page, 'fork', 'delivered')).toHaveText(forkDelivered)
  await page.screenshot({ path: test.info().outputPath('compare-original-injected-1440.png') })
})
