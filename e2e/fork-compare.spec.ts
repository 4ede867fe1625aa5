import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { openExample } from './playback-helpers.ts'
import { figure, forkKinesisAt30s, strip } from './compare-helpers.ts'

test.describe.configure({ timeout: 300_000 })

const forkPane = (page: Page) => page.getByTestId('pane-fork')

test('fork the Kinesis example at T+30 s, turn on bisect and an on-failure destination: the fork loses nothing, the original blocks its shard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await forkKinesisAt30s(page)
  await expect(page.getByTestId('pane-original')).toBeVisible()
  // Unchanged, the fork is the original run: the same figures on both sides.
  await expect(figure(page, 'fork', 'maxIteratorAgeMs')).toHaveText(
    await figure(page, 'original', 'maxIteratorAgeMs').innerText(),
  )

  // Edit the fork with the normal editor: the mapping splits failing batches and gives up after 2 retries; its
  // failures go to the on-failure destination (the example's `failures` queue, wired to this mapping).
  await forkPane(page)
    .locator('.react-flow__edge[data-id="clicks-esm"] .react-flow__edge-interaction')
    .dispatchEvent('click')
  await page.getByRole('checkbox', { name: 'Split batch on error' }).check()
  const retries = page.getByRole('textbox', { name: /^Retry attempts/ })
  await retries.fill('2')
  await retries.press('Enter')

  await page.getByTestId('play').click()
  await page.clock.runFor(5000)
  // The diff strip: the fork loses nothing and parks the poison record; the original's shard stays blocked (its
  // iterator age is the riskier one, marked with ▲ and words, not colour alone).
  await expect(figure(page, 'fork', 'lost')).toHaveText('0')
  await expect(figure(page, 'fork', 'inDlq')).not.toHaveText('0')
  await expect(figure(page, 'original', 'inDlq')).toHaveText('0')
  await expect(figure(page, 'original', 'maxIteratorAgeMs')).toHaveAttribute('data-riskier', 'yes')
  await expect(figure(page, 'original', 'maxIteratorAgeMs')).toContainText('riskier')
  await expect(figure(page, 'fork', 'maxIteratorAgeMs')).toHaveAttribute('data-riskier', 'no')
  await page.screenshot({ path: test.info().outputPath('fork-kinesis-1440.png') })

  await page.setViewportSize({ width: 600, height: 400 })
  await expect(page.getByRole('tab', { name: /What if/ })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('fork-kinesis-600.png') })
  await page.getByRole('tab', { name: /Original/ }).click()
  await expect(page.getByTestId('pane-original')).toBeVisible()
  await expect(forkPane(page)).toBeHidden()
  await page.screenshot({ path: test.info().outputPath('fork-kinesis-600-original.png') })
})

test('compare eras in one click: the same scenario in 2018 and today, side by side; keeping the original asks first only when it must', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openExample(page, 's3-dlq')
  await page.getByRole('button', { name: 'What if…?' }).click()
  await page.getByRole('menuitem', { name: /Compare eras/ }).click()
  const bar = page.getByTestId('compare-bar')
  await expect(bar).toContainText('Compare eras: today vs 2018')
  await expect(strip(page).locator('tr[data-side="original"] th')).toHaveText('today')
  await expect(strip(page).locator('tr[data-side="fork"] th')).toHaveText('2018')
  await expect(figure(page, 'fork', 'events')).toHaveText(await figure(page, 'original', 'events').innerText())
  await page.screenshot({ path: test.info().outputPath('compare-eras-1440.png') })
  // The era flip is an edit of the copy: keeping the original asks, and Cancel keeps the comparison.
  await bar.getByRole('button', { name: 'Keep the original' }).click()
  await expect(bar.getByRole('alert')).toContainText('Discard the fork’s changes?')
  await bar.getByRole('button', { name: 'Cancel' }).click()
  await bar.getByRole('button', { name: 'Keep the original' }).click()
  await bar.getByRole('button', { name: 'Discard the fork' }).click()
  await expect(bar).toBeHidden()
  await expect(page.getByRole('button', { name: 'What if…?' })).toBeVisible()
})

test('a comparison link reopens the comparison, in the app and in an embed', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await forkKinesisAt30s(page)
  await forkPane(page)
    .locator('.react-flow__edge[data-id="clicks-esm"] .react-flow__edge-interaction')
    .dispatchEvent('click')
  await page.getByRole('checkbox', { name: 'Split batch on error' }).check()
  await page.getByRole('button', { name: 'Share' }).click()
  await page.getByRole('menuitem', { name: 'Copy link' }).click()
  const url = await page.getByRole('textbox', { name: /link/i }).inputValue()
  expect(url).toMatch(/#s=2\./)
  const forkRow = (await strip(page).locator('tr[data-side="fork"]').textContent()) ?? ''
  const originalRow = (await strip(page).locator('tr[data-side="original"]').textContent()) ?? ''

  const again = await page.context().newPage()
  await again.clock.install({ time: new Date('2026-01-05T09:00:00Z') })
  await again.goto(url)
  await expect(again.getByTestId('compare-bar')).toContainText('Forked at T+00:00:30.000')
  await expect(again.getByTestId('pane-original')).toBeVisible()
  // The same two runs: the fork still has its edit (bisect), the original is the example as it was.
  await expect(again.getByTestId('diff-strip').locator('tr[data-side="fork"]')).toHaveText(forkRow)
  await expect(again.getByTestId('diff-strip').locator('tr[data-side="original"]')).toHaveText(originalRow)

  const embed = await page.context().newPage()
  await embed.setViewportSize({ width: 600, height: 400 })
  await embed.clock.install({ time: new Date('2026-01-05T09:00:00Z') })
  await embed.goto(url.replace(/\/(index\.html)?#/, '/embed.html#'))
  await expect(embed.getByTestId('compare-bar')).toContainText('Forked at T+00:00:30.000')
  await expect(embed.getByRole('button', { name: 'Keep the fork' })).toHaveCount(0)
  await expect(embed.getByRole('tab', { name: 'What if', exact: true })).toHaveAttribute('aria-selected', 'true')
  await embed.screenshot({ path: test.info().outputPath('compare-embed-600.png') })
})
