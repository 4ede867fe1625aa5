import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { slowdown, traceMainThread } from './heavy-helpers.ts'
import { describeFrame, longFrames, watchFrames } from './loaf-helpers.ts'
import { longest, longTasks, watchMainThread } from './safety-helpers.ts'

test.describe.configure({ timeout: 120_000 })

const SHOTS = process.env.SWEEP_SHOTS_DIR

async function shot(page: Page, name: string) {
  await page.screenshot({ path: SHOTS ? `${SHOTS}/${name}.png` : test.info().outputPath(`${name}.png`) })
}

async function openSweep(page: Page) {
  await watchMainThread(page)
  await watchFrames(page)
  await openApp(page, { example: 'kinesis-poison' })
  await page.getByRole('button', { name: 'What if…?' }).click()
  await page.getByRole('menuitem', { name: 'Sweep a setting…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Sweep a setting' })
  await expect(dialog).toBeVisible()
  return dialog
}

test('sweep batch size 1–100 on the kinesis example: points arrive off the main thread, no main-thread task takes 50 ms of CPU, the plot and table read', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const dialog = await openSweep(page)
  const setting = dialog.getByRole('combobox', { name: 'Setting' })
  await expect(setting.locator('option:checked')).toHaveText('Batch size — clicks → aggregator')
  await expect(dialog.getByText('Allowed 1–10,000 count · now 100')).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: 'From' })).toHaveValue('1')
  await expect(dialog.getByRole('textbox', { name: 'To' })).toHaveValue('100')
  await dialog.getByRole('textbox', { name: 'Points' }).fill('100')
  const before = (await longTasks(page)).length
  // Every state the progress shows, recorded in the page (polling from here could miss a quick sweep's middle).
  await page.evaluate(() => {
    const seen: { state: string; done: number; atMs: number }[] = []
    ;(window as unknown as { __sweepSeen: typeof seen }).__sweepSeen = seen
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="sweep-progress"]')
      if (!el) return
      const state = el.getAttribute('data-state') ?? ''
      const done = Number(el.getAttribute('data-done'))
      const last = seen[seen.length - 1]
      if (!last || last.state !== state || last.done !== done) seen.push({ state, done, atMs: performance.now() })
    }).observe(document.body, { subtree: true, childList: true, attributes: true })
  })
  const trace = await traceMainThread(page, 'traceStart')
  const startedAtMs = await page.evaluate(() => performance.now())
  await dialog.getByRole('button', { name: 'Run sweep' }).click()
  // While it runs, only cheap probes (an attribute by test id): role and text queries over the whole page are long
  // tasks of their own on a loaded machine, and would be counted against the app.
  const progress = page.getByTestId('sweep-progress')
  await expect.poll(() => progress.getAttribute('data-state'), { timeout: 90_000, intervals: [500] }).toBe('done')
  const cpu = await trace.stop()
  const seen = await page.evaluate(
    () => (window as unknown as { __sweepSeen: { state: string; done: number; atMs: number }[] }).__sweepSeen,
  )
  // Points arrive while the sweep runs: the progress moves before it ends — unless the whole sweep took less than one
  // chart flush (500 ms, useSweep.ts), when the points can only arrive together.
  const running = seen.filter((s) => s.state === 'running')
  const tookMs = seen[seen.length - 1]!.atMs - (running[0]?.atMs ?? seen[0]!.atMs)
  if (tookMs > 1_000)
    expect(
      running.some((s) => s.done > 0 && s.done < 100),
      JSON.stringify(seen),
    ).toBe(true)
  expect(seen[seen.length - 1]).toMatchObject({ state: 'done', done: 100 })
  const tasks = (await longTasks(page)).slice(before)
  // Wall time on a shared machine stretches every task: printed raw and per unit of this machine's present speed
  // (e2e/heavy-helpers.ts `slowdown`, 1 when idle), but not asserted (see below).
  const factor = await slowdown(page)
  const worst = longest(tasks)
  console.log(
    `ui.sweep.longest_task_ms ${Math.round(worst)} (slowdown ${factor.toFixed(1)}: ${Math.round(worst / factor)} ms at full speed; ${tasks.length} long tasks: ${tasks.map(Math.round).join(', ')})`,
  )
  // What the long ones were made of (scripts and their callers, rendering): the trace that finds the culprit.
  // (Only until the sweep was seen done: the slowdown probe above is long tasks of its own.)
  const doneAtMs = seen[seen.length - 1]!.atMs
  const frames = (await longFrames(page)).filter(
    (f) => f.startMs >= startedAtMs && f.startMs <= doneAtMs && f.durationMs > 50,
  )
  for (const f of frames) console.log(`ui.sweep.long_frame ${describeFrame(f)}`)
  const busiest = cpu.cpuMs.map((c, i) => [c, cpu.wallMs[i]!] as const).sort((a, b) => b[0] - a[0])
  console.log(
    `ui.sweep.longest_task_cpu_ms ${longest(cpu.cpuMs).toFixed(1)} (${cpu.cpuMs.length} tasks; busiest, CPU/wall ms: ${busiest
      .slice(0, 6)
      .map(([c, w]) => `${c.toFixed(1)}/${Math.round(w)}`)
      .join(', ')})`,
  )
  // #19: no main-thread task over 50 ms during the sweep, judged as CPU time (the Chromium trace, from the click on):
  // what each task costs at full speed, whatever else the machine runs. Before the points left React state the final
  // chart commit was a 62 ms task on a quiet machine; since (sweepFeed.ts: a batch a few times a second, the charts
  // drawn imperatively) the longest measured 11–41 ms of CPU at load average 10–20. Wall time per unit of `slowdown`
  // does not hold at that load (383 ms for a task of 15 ms CPU: the renderer waits for a core), as #13 found.
  expect(cpu.cpuMs.length).toBeGreaterThan(10)
  expect(longest(cpu.cpuMs), `CPU ms of the busiest tasks: ${busiest.slice(0, 6).join(' | ')}`).toBeLessThanOrEqual(50)
  await expect(dialog.getByRole('status')).toHaveText('Sweep finished: 100 runs of Batch size.')
  await expect(dialog.getByText('100 of 100 runs')).toBeVisible()
  const ageChart = dialog.getByRole('img', { name: /^Max iterator age \(ms\) against Batch size: / })
  await expect(ageChart).toBeVisible()
  await expect(ageChart.locator('.sweep-chart__dots')).toHaveAttribute('data-points', '100')
  await expect(ageChart.locator('text').filter({ hasText: 'Batch size' })).toHaveCount(1) // the x axis is labelled
  await expect(ageChart.locator('text').filter({ hasText: /^100$/ })).toHaveCount(1)
  await shot(page, 'sweep-1440')
  // the same numbers as a table
  await dialog.getByText('Table of the numbers').click()
  const table = dialog.getByRole('table', { name: 'Outcome of each run, by Batch size' })
  await expect(table.getByRole('row')).toHaveCount(101)
  const row100 = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '100', exact: true }) })
  // §3.2 G17: at the example's own batch size the poison record blocks its shard for the rest of the 300 s run
  const cells = row100.getByRole('cell')
  const header = await table.getByRole('columnheader').allTextContents()
  const age = (await cells.nth(header.indexOf('Max iterator age (ms)') - 1).textContent()) ?? ''
  expect(Number(age.replace(/,/g, ''))).toBeGreaterThan(200_000)
})

test('Escape cancels a running sweep and keeps the points that arrived; Escape again closes', async ({ page }) => {
  const dialog = await openSweep(page)
  await dialog.getByRole('textbox', { name: 'Points' }).fill('100')
  await dialog.getByRole('button', { name: 'Run sweep' }).click()
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog.getByRole('status')).toHaveText(/^Sweep cancelled after \d+ of 100 runs\.$/)
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Run sweep' })).toBeEnabled()
  const done = Number((await dialog.locator('progress').getAttribute('value')) ?? '0')
  expect(done).toBeLessThan(100)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'What if…?' })).toBeFocused()
})

test('a value out of range is refused at the field, with the range; the 600×400 embed size still shows the plot', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 400 })
  const dialog = await openSweep(page)
  const to = dialog.getByRole('textbox', { name: 'To' })
  await to.fill('20000')
  await expect(to).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByText('Use a whole number from 1 to 10000.')).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Run sweep' })).toBeDisabled()
  await to.fill('100')
  await dialog.getByRole('textbox', { name: 'Points' }).fill('10')
  await dialog.getByRole('button', { name: 'Run sweep' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Sweep finished: 10 runs of Batch size.', { timeout: 60_000 })
  await dialog.getByRole('img', { name: /^Lost against Batch size/ }).scrollIntoViewIfNeeded()
  await shot(page, 'sweep-600')
})
