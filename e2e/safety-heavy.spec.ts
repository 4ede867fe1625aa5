import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { nowMs, settleFrames, slowdown, taskLog, tasksSince, traceMainThread, watchTasks } from './heavy-helpers.ts'
import { burstScenario, longest, runStatusTexts, watchMainThread } from './safety-helpers.ts'

/**
 * Issue #13: a 1.2 KB link asking for a million events used to freeze the tab for 33 s. The run now goes to a worker
 * with the app's budget (20,000 events): the page shows progress, answers clicks, and says where and why the run
 * stopped, with the part simulated shown. The run reaches the page in slices, its narration and token drawing are
 * spread over short tasks, and a title edit keeps the run and its views.
 *
 * Each target is checked as CPU time from a Chromium trace (what a task costs at full speed, whatever the load); the
 * wall-time long tasks, and the same per unit of this machine's present speed (heavy-helpers.ts `slowdown`), are
 * printed for `npm run bench:ui`.
 */
const round = (x: number) => Math.round(x)

async function openHeavyLink(page: Page) {
  await watchMainThread(page)
  await watchTasks(page)
  await openApp(page, { scenario: burstScenario(1_000_000) })
}

test('a link to a 1,000,000-event scenario opens, shows progress, answers clicks and says where it stopped', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openHeavyLink(page)
  const skip = page.getByRole('checkbox', { name: 'Skip idle waits' })
  for (let i = 0; i < 3; i++) {
    const before = await skip.isChecked()
    await skip.click()
    await expect(skip).toBeChecked({ checked: !before })
  }
  const status = page.getByTestId('run-status')
  await expect(status).toContainText('Stopped at 20,000 events: shorten the run or lower the traffic', {
    timeout: 60_000,
  })
  await expect(page.getByTestId('play')).toBeEnabled()
  const seen = await runStatusTexts(page)
  expect(seen.some((t) => t.startsWith('Simulating…') || t.startsWith('Showing the first part'))).toBe(true)
})

/**
 * The issue's target is 100 ms. Measured as CPU time (Chromium trace: what a task costs at full speed), the longest
 * task while the run loads was 61–67 ms before the views were built in slices (the show of the first part and of the
 * whole run: token index, node-chip fold, answers, narration in one commit) and 24–40 ms since; the test holds the target, 100 ms (a slower CI core must not fail it).
 * Wall time on a shared machine is mostly waiting for a core: at load average 20–30 a task of 37.5 ms CPU lasted
 * 3,408 ms, and per unit of `slowdown` the longest task measured 215–218 ms before and 215–887 ms after (same load),
 * so the wall figure is printed for `npm run bench:ui` but not asserted.
 */
const HEAVY_LINK_CPU_BOUND_MS = 100

test('…and no main-thread task takes 100 ms of CPU while it loads (the target; measured 24–40 ms)', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const trace = await traceMainThread(page)
  await openHeavyLink(page)
  await expect(page.getByTestId('run-status')).toContainText('Stopped at', { timeout: 90_000 })
  await expect(page.getByTestId('play')).toBeEnabled()
  await settleFrames(page)
  const cpu = await trace.stop()
  // From the moment the app is up and says it is simulating (the app's own start is measured by bench-load).
  const log = await taskLog(page)
  expect(log.statusAtMs).not.toBeNull()
  const loading = log.tasks.filter(([start]) => start >= log.statusAtMs!).map(([, d]) => d)
  const start = log.tasks.filter(([s]) => s < log.statusAtMs!).map(([, d]) => d)
  const factor = await slowdown(page)
  const worst = longest(loading)
  console.log(
    `ui.heavy_link.longest_task_ms ${round(worst)} (slowdown ${factor.toFixed(1)}: ${round(worst / factor)} ms at full speed; ` +
      `${loading.length} long tasks while loading: ${loading.map(round).join(', ')}; app start, not counted: ${start.map(round).join(', ')})`,
  )
  const worstCpu = longest(cpu.cpuMs)
  const busiest = cpu.cpuMs.map((c, i) => [c, cpu.wallMs[i]!] as const).sort((a, b) => b[0] - a[0])
  console.log(
    `ui.heavy_link.longest_task_cpu_ms ${worstCpu.toFixed(1)} (${cpu.cpuMs.length} tasks from the worker's first message; ` +
      `busiest, CPU/wall ms: ${busiest
        .slice(0, 6)
        .map(([c, w]) => `${c.toFixed(1)}/${round(w)}`)
        .join(', ')})`,
  )
  expect(cpu.cpuMs.length).toBeGreaterThan(10)
  expect(worstCpu).toBeLessThan(HEAVY_LINK_CPU_BOUND_MS)
})

/**
 * The issue's target is 50 ms. Measured as CPU time (Chromium trace), the longest task while typing 22 characters is
 * 8–13 ms: each key re-renders the inspector, the predictions and the canvas's labels; a title edit keeps the run.
 * Wall time on a shared machine adds the wait for a core (17–75 ms normalised, 96 ms raw at load 9 for a 9 ms task),
 * so, as for the heavy link, the wall figure is printed for `npm run bench:ui` and the CPU figure is asserted.
 */
const EDIT_CPU_BOUND_MS = 50

test('typing in the inspector while a 200,000-event scenario is loaded never takes a 50 ms task', async ({ page }) => {
  test.setTimeout(120_000)
  await watchTasks(page)
  await openApp(page, { scenario: burstScenario(200_000) })
  await expect(page.getByTestId('run-status')).toContainText('Stopped at 20,000 events', { timeout: 60_000 })
  // The run is shown; let the views it started settle before measuring typing.
  await expect(page.getByTestId('play')).toBeEnabled()
  await settleFrames(page)
  const title = page.getByRole('textbox', { name: 'Title' })
  await title.click()
  await settleFrames(page)
  const trace = await traceMainThread(page, 'traceStart')
  const from = await nowMs(page)
  await title.pressSequentially(' — edited while loaded', { delay: 30 })
  await expect(title).toHaveValue('Burst of 200000 — edited while loaded')
  await settleFrames(page)
  const cpu = await trace.stop()
  const typing = await tasksSince(page, from)
  const factor = await slowdown(page)
  const worst = longest(typing)
  console.log(
    `ui.edit_200k.longest_task_ms ${round(worst)} (slowdown ${factor.toFixed(1)}: ${round(worst / factor)} ms at full speed; ${typing.length} long tasks: ${typing.map(round).join(', ')})`,
  )
  const worstCpu = longest(cpu.cpuMs)
  console.log(`ui.edit_200k.longest_task_cpu_ms ${worstCpu.toFixed(1)} (${cpu.cpuMs.length} tasks while typing)`)
  // Typing ran tasks (22 keys), and none took the target's CPU.
  expect(cpu.cpuMs.length).toBeGreaterThan(22)
  expect(worstCpu).toBeLessThan(EDIT_CPU_BOUND_MS)
  // Typing kept the run: still stopped where it was, nothing simulated again.
  await expect(page.getByTestId('run-status')).toContainText('Stopped at 20,000 events')
})
