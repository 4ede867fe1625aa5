import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { loadScenario, saveScenario } from './panelsHelpers.ts'
import { chip, openExample, playUntil } from './playback-helpers.ts'

// Playing minutes of simulated retries, axe and a reload take a while on the shared 2-core machine.
test.describe.configure({ timeout: 120_000 })

/** S3 → a function with a DLQ, and no traffic or faults yet: what a trainer starts from. */
const uploads = {
  format: 'lambdascope/scenario@1',
  title: 'Uploads',
  era: 'current',
  seed: 7,
  durationMs: 600_000,
  nodes: [
    // Clear of the canvas toolbar (top left) once the view fits.
    { id: 'bucket-1', type: 's3', label: 'Uploads', position: { x: 0, y: 200 } },
    { id: 'function-1', type: 'lambda', label: 'Resize', position: { x: 300, y: 200 }, config: { durationMs: 200 } },
    { id: 'dlq-1', type: 'sqs', label: 'DLQ', position: { x: 600, y: 0 } },
  ],
  edges: [
    { id: 'bucket-1:function-1', from: 'bucket-1', to: 'function-1' },
    { id: 'function-1:dlq-1', from: 'function-1', to: 'dlq-1', role: 'dlq' },
  ],
  traffic: [],
  faults: [],
}

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' })
const selectNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`).click()

async function expectNoSeriousAxe(page: Page) {
  const axe = await new AxeBuilder({ page }).include('.inspector').analyze()
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

/** Select S3 and add "every 1 s × 5" the way a user does. */
async function addTrafficEverySecond(page: Page) {
  await selectNode(page, 'bucket-1')
  const traffic = inspector(page).getByRole('region', { name: 'Traffic' })
  await expect(traffic.getByText(/No traffic/)).toBeVisible()
  await traffic.getByRole('button', { name: 'Add traffic' }).click()
  const entry = traffic.getByRole('listitem', { name: /Traffic 1/ })
  await expect(entry.getByRole('combobox', { name: 'Pattern' })).toBeFocused()
  await entry.getByRole('combobox', { name: 'Pattern' }).selectOption('every')
  await entry.getByRole('combobox', { name: 'Unit for Every' }).selectOption('s')
  await entry.getByRole('textbox', { name: /^Every/ }).fill('1')
  await entry.getByRole('textbox', { name: /^Starting at/ }).fill('0')
  await entry.getByRole('textbox', { name: /^Number of events/ }).fill('5')
  await expect(entry.getByRole('heading', { name: /every 1\ss from 0\ss, 5 events/ })).toBeVisible()
  return entry
}

/** Select the function and add "fail attempts 1–2". */
async function addFailAttempts(page: Page) {
  await selectNode(page, 'function-1')
  const faults = inspector(page).getByRole('region', { name: 'Faults' })
  await faults.getByRole('combobox', { name: 'Fault to add' }).selectOption({ label: 'Fail attempts N–M' })
  await faults.getByRole('button', { name: 'Add fault' }).click()
  const entry = faults.getByRole('listitem', { name: /^Fault 1: Fail attempts/ })
  // Focus moves into the new fault: its start time first.
  await expect(entry.getByRole('textbox', { name: /^Starts at/ })).toBeFocused()
  await expect(entry.getByRole('textbox', { name: /^From attempt/ })).toHaveValue('1')
  await expect(entry.getByRole('textbox', { name: /^To attempt/ })).toHaveValue('2')
  return entry
}

test('S3 traffic every 1 s × 5 and "fail attempts 1–2": play shows the retries, then success (nothing in the DLQ); undo, reload', async ({
  page,
  foreignRequests,
}) => {
  await page.clock.install({ time: new Date('2026-01-05T09:00:00Z') })
  await openApp(page, { lang: 'en', theme: 'light' })
  await loadScenario(page, uploads)
  const traffic = await addTrafficEverySecond(page)

  // A typo in the payload: located, not applied, the text kept.
  const payload = traffic.getByRole('textbox', { name: 'Payload (JSON)' })
  await expect(payload).toHaveValue(/"eventSource": "aws:s3"/)
  await payload.fill('{\n  "key": oops\n}')
  await expect(traffic.getByRole('alert')).toContainText('line 2, column 10: “o” does not belong there')
  await expect(traffic.getByRole('alert')).toContainText('the last valid payload is kept')
  await expect(payload).toHaveValue('{\n  "key": oops\n}')
  await payload.fill('{ "key": "cat.jpg" }')
  await expect(traffic.getByRole('alert')).toHaveCount(0)

  const fault = await addFailAttempts(page)
  await page.screenshot({ path: test.info().outputPath('inputs-fault-light.png') })
  await expectNoSeriousAxe(page)

  // Play: each upload fails twice (retried after ≈1 and ≈2 min, §2.1) and the third attempt succeeds.
  await page.getByTestId('play').click()
  await playUntil(page, () => chip(page, 'function-1', '5 waiting to retry').isVisible(), 20_000)
  await playUntil(page, () => chip(page, 'function-1', '10 failed').isVisible(), 60_000)
  await playUntil(page, async () => (await page.getByTestId('play').textContent()) === 'Replay', 60_000)
  await expect(chip(page, 'function-1', '10 failed')).toBeVisible()
  await expect(chip(page, 'function-1', /waiting to retry/)).toHaveCount(0)
  await expect(page.getByTestId('runtime-dlq-1')).toHaveCount(0)

  // Attempts 1–3 fail: with two retries (§2.2) every upload ends in the DLQ.
  await fault.getByRole('textbox', { name: /^To attempt/ }).fill('3')
  await page.getByTestId('play').click()
  await playUntil(page, () => chip(page, 'dlq-1', '5 in DLQ').isVisible(), 60_000)
  await expect(chip(page, 'function-1', '15 failed')).toBeVisible()

  // Undo takes back the last edit (the typed "3"), then the fault itself.
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(fault.getByRole('textbox', { name: /^To attempt/ })).toHaveValue('2')
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(
    inspector(page).getByRole('region', { name: 'Faults' }).getByText('No faults: everything works.'),
  ).toBeVisible()

  // Autosave (debounced on the page's clock) keeps the traffic over a reload.
  await page.clock.runFor(1000)
  await page.reload()
  await selectNode(page, 'bucket-1')
  await expect(
    inspector(page)
      .getByRole('listitem', { name: /Traffic 1/ })
      .getByRole('heading', { name: /every 1\ss from 0\ss, 5 events/ }),
  ).toBeVisible()
  await expect(inspector(page).getByRole('textbox', { name: 'Payload (JSON)' })).toHaveValue(/"key": "cat.jpg"/)
  const saved = JSON.parse((await saveScenario(page)).text) as { traffic: unknown[]; faults: unknown[] }
  expect(saved.traffic).toEqual([
    { source: 'bucket-1', kind: 'every', startMs: 0, everyMs: 1000, count: 5, payload: { key: 'cat.jpg' } },
  ])
  expect(saved.faults).toEqual([])
  expect(foreignRequests).toEqual([])
})

const withInputs = {
  ...uploads,
  traffic: [{ source: 'bucket-1', kind: 'every', everyMs: 1000, count: 5, payload: { key: 'cat.jpg' } }],
  faults: [
    { kind: 'failAttempts', target: 'function-1', fromAttempt: 1, toAttempt: 2 },
    { kind: 'throttle', target: 'function-1', atMs: 120_000, reservedConcurrency: 0 },
  ],
}

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots: traffic and faults in the inspector (${theme}, 1280×720)`, async ({ page }) => {
    await openApp(page, { lang: 'en', theme })
    await loadScenario(page, withInputs)
    await selectNode(page, 'bucket-1')
    const traffic = inspector(page).getByRole('region', { name: 'Traffic' })
    await traffic.getByRole('heading', { name: 'Traffic', exact: true }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath(`inputs-traffic-${theme}-1280.png`) })
    await selectNode(page, 'function-1')
    const faults = inspector(page).getByRole('region', { name: 'Faults' })
    await expect(faults.getByRole('listitem')).toHaveCount(2)
    await faults.getByRole('heading', { name: 'Faults', exact: true }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath(`inputs-faults-${theme}-1280.png`) })
    await expectNoSeriousAxe(page)
    // A tall window shows whole entries (for looking at them, not a layout the app is used in).
    await page.setViewportSize({ width: 1280, height: 1700 })
    await faults.screenshot({ path: test.info().outputPath(`inputs-faults-whole-${theme}.png`) })
    await selectNode(page, 'bucket-1')
    await inspector(page)
      .getByRole('region', { name: 'Traffic' })
      .screenshot({ path: test.info().outputPath(`inputs-traffic-whole-${theme}.png`) })
  })

  // The embed shows the canvas only (the shell hides the side panel under 760 px): the document's traffic and faults
  // still play there.
  test(`embed (600×400, ${theme}): the scenario's traffic and faults play`, async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 400 })
    await page.clock.install({ time: new Date('2026-01-05T09:00:00Z') })
    await openApp(page, { lang: 'en', theme })
    await loadScenario(page, withInputs)
    await expect(inspector(page)).toBeHidden()
    await page.getByTestId('play').click()
    await playUntil(page, () => chip(page, 'function-1', '5 waiting to retry').isVisible(), 20_000)
    await page.screenshot({ path: test.info().outputPath(`inputs-embed-${theme}-600.png`) })
  })
}

test('Japanese: the sections read naturally; a stream takes partition keys and a poison record', async ({ page }) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await loadScenario(page, {
    ...uploads,
    nodes: [...uploads.nodes, { id: 'stream-1', type: 'kinesis', label: 'Clicks', position: { x: 0, y: 400 } }],
    edges: [...uploads.edges, { id: 'stream-1:function-1', from: 'stream-1', to: 'function-1' }],
  })
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
  await selectNode(page, 'stream-1')
  const panel = page.getByRole('complementary', { name: 'インスペクター' })
  const traffic = panel.getByRole('region', { name: 'トラフィック' })
  await traffic.getByRole('button', { name: 'トラフィックを追加' }).click()
  const keys = traffic.getByRole('group', { name: /パーティションキー/ })
  await keys.getByRole('combobox', { name: /パーティションキー/ }).fill('user-1')
  await keys.getByRole('button', { name: /追加/ }).first().click()
  const faults = panel.getByRole('region', { name: '障害' })
  await faults.getByRole('combobox', { name: '追加する障害' }).selectOption({ label: '処理できないレコード' })
  await faults.getByRole('button', { name: '障害を追加' }).click()
  await expect(faults.getByRole('listitem', { name: /^障害 1: 処理できないレコード/ })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('inputs-ja-light.png') })
})

test('an event sent while playing is kept in the scenario: it joins the bucket’s traffic and is saved', async ({
  page,
}) => {
  await openExample(page, 's3-dlq')
  await page.getByRole('slider', { name: 'Position in the run' }).fill('5000')
  await page.clock.runFor(50)
  await page.locator('.react-flow__node[data-id="uploads"]').click({ button: 'right' })
  await page.getByRole('menu').getByRole('menuitem', { name: 'Send an event now' }).click()
  const keep = inspector(page).getByTestId('keep-injected')
  await expect(keep).toContainText('1 event or fault was injected while playing')
  await keep.getByRole('button', { name: 'Keep in scenario' }).click()
  await expect(keep.getByRole('status')).toHaveText(/Kept 1 injected input/)
  await expect(keep.getByRole('button', { name: 'Keep in scenario' })).toHaveCount(0)
  await selectNode(page, 'uploads')
  const entries = inspector(page).getByRole('region', { name: 'Traffic' }).getByRole('listitem')
  await expect(entries).toHaveCount(2)
  await expect(entries.nth(1).getByRole('heading')).toContainText(/1 at 5\ss/)
  const saved = JSON.parse((await saveScenario(page)).text) as { traffic: { atMs?: number }[] }
  expect(saved.traffic.map((t) => t.atMs)).toEqual([1000, 5000])
})
