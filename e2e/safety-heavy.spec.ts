import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { burstScenario, longest, longTasks, runStatusTexts, watchMainThread } from './safety-helpers.ts'

/**
 * Issue #13: a 1.2 KB link asking for a million events used to freeze the tab for 33 s. The run now goes to a worker
 * with the app's budget (20,000 events): the page shows progress, answers clicks, and says where and why the run
 * stopped, with the part simulated shown.
 */
async function openHeavyLink(page: Page) {
  await watchMainThread(page)
  await page.goto(`/?scenario=${encodeURIComponent(burstScenario(1_000_000))}`)
  await expect(page.locator('.react-flow')).toBeVisible()
}

test('a link to a 1,000,000-event scenario opens, shows progress, answers clicks and says where it stopped', async ({ page }) => {
  test.setTimeout(120_000)
  await openHeavyLink(page)
  const skip = page.getByRole('checkbox', { name: 'Skip idle waits' })
  for (let i = 0; i < 3; i++) {
    const before = await skip.isChecked()
    await skip.click()
    await expect(skip).toBeChecked({ checked: !before })
  }
  const status = page.getByTestId('run-status')
  await expect(status).toContainText('Stopped at 20,000 events: shorten the run or lower the traffic', { timeout: 60_000 })
  await expect(page.getByTestId('play')).toBeEnabled()
  const seen = await runStatusTexts(page)
  expect(seen.some((t) => t.startsWith('Simulating…') || t.startsWith('Showing the first part'))).toBe(true)
  const tasks = await longTasks(page)
  console.log(`ui.heavy_link.longest_task_ms ${Math.round(longest(tasks))} (${tasks.length} long tasks: ${tasks.map(Math.round).join(', ')})`)
})

test('…and no main-thread task takes 100 ms or more while it loads', async ({ page }) => {
  // KNOWN TO FAIL (issue #13, not done): the simulation left the main thread, but deriving the views (tokens,
  // counters, lanes) from a 20,000-event run still runs there in one go. Remove test.fail() when it passes.
  test.fail()
  test.setTimeout(120_000)
  await openHeavyLink(page)
  await expect(page.getByTestId('run-status')).toContainText('Stopped at', { timeout: 60_000 })
  expect(longest(await longTasks(page))).toBeLessThan(100)
})

test('typing in the inspector while a 200,000-event scenario is loaded never blocks over 50 ms', async ({ page }) => {
  // KNOWN TO FAIL (issue #13, not done): typing no longer re-simulates (the run is kept while only the title changes),
  // but each keystroke still re-renders views over the 20,000-event run (measured 250–470 ms). Remove test.fail() when
  // it passes.
  test.fail()
  test.setTimeout(120_000)
  await watchMainThread(page)
  await page.goto(`/?scenario=${encodeURIComponent(burstScenario(200_000))}`)
  await expect(page.getByTestId('run-status')).toContainText('Stopped at 20,000 events', { timeout: 60_000 })
  // The run is shown; let the views it started settle (no long task for a few frames) before measuring typing.
  await expect(page.getByTestId('play')).toBeEnabled()
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0))
  const title = page.getByRole('textbox', { name: 'Title' })
  await title.click()
  await title.pressSequentially(' — edited while loaded', { delay: 30 })
  await expect(title).toHaveValue('Burst of 200000 — edited while loaded')
  const worst = longest(await longTasks(page))
  const all = await longTasks(page)
  console.log(`ui.edit_200k.longest_task_ms ${Math.round(worst)} (${all.length} long tasks: ${all.map(Math.round).join(', ')})`)
  expect(worst).toBeLessThan(50)
})
