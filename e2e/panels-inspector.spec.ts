import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { loadScenario, openFileMenuItem, saveScenario } from './panelsHelpers.ts'
import { expectBoxes } from './geometry.ts'

// Axe scans and typing 4 KB into a field take minutes when the 2 cores are shared; nothing here waits on real time.
test.describe.configure({ timeout: 180_000 })

const inspector = (page: Page, name = 'Inspector') => page.getByRole('complementary', { name })
const predictions = (page: Page) => page.getByRole('region', { name: /What will happen/ })
/** Select a node the way a user does: click it on the canvas. */
const selectNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`).click()

async function expectNoSeriousAxe(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze()
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

for (const theme of ['light', 'dark'] as const) {
  test(`set a function's timeout to 10 s with the unit selector; a consequence appears and goes; reload keeps it (${theme})`, async ({
    page,
    foreignRequests,
  }) => {
    await page.clock.install()
    await openApp(page, { lang: 'en', theme })
    await loadScenario(page)
    await selectNode(page, 'function-1')
    await expect(inspector(page).getByRole('heading', { name: 'Lambda function settings' })).toBeVisible()
    const timeout = inspector(page).getByRole('textbox', { name: /^Timeout/ })
    await expect(timeout).toHaveAttribute('placeholder', 'default: 3 s')
    const sixTimes = predictions(page).getByText(
      /Orders’s visibility timeout \(30 s\) is below 6× the function timeout/,
    )
    await expect(sixTimes).toHaveCount(0)

    await inspector(page).getByRole('combobox', { name: 'Unit for Timeout' }).selectOption('s')
    await timeout.fill('10')
    await expect(sixTimes).toBeVisible()
    await expect(predictions(page).getByText(/AWS recommends at least 60 s/)).toBeVisible()
    await page.screenshot({ path: test.info().outputPath(`inspector-timeout-${theme}.png`) })
    await expectNoSeriousAxe(page)

    // Autosave (debounced) runs on the page's clock, then a reload finds everything.
    await page.clock.runFor(1000)
    await page.reload()
    await selectNode(page, 'function-1')
    await expect(inspector(page).getByRole('textbox', { name: /^Timeout/ })).toHaveValue('10')
    await expect(inspector(page).getByRole('combobox', { name: 'Unit for Timeout' })).toHaveValue('s')
    await expect(sixTimes).toBeVisible()
    const saved = JSON.parse((await saveScenario(page)).text) as {
      nodes: { id: string; config?: { timeoutMs?: number } }[]
    }
    expect(saved.nodes.find((n) => n.id === 'function-1')?.config).toEqual({ timeoutMs: 10_000 })

    // Back to 3 s (= 6 × 3 s ≤ 30 s): the prediction goes away.
    await inspector(page)
      .getByRole('textbox', { name: /^Timeout/ })
      .fill('3')
    await expect(sixTimes).toHaveCount(0)
    expect(foreignRequests).toEqual([])
  })
}

test('a value AWS would refuse is shown with its place and not applied', async ({ page }) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await loadScenario(page)
  await selectNode(page, 'function-1')
  const timeout = inspector(page).getByRole('textbox', { name: /^Timeout/ })
  await inspector(page).getByRole('combobox', { name: 'Unit for Timeout' }).selectOption('s')
  await timeout.fill('60')
  const alert = inspector(page).getByRole('alert')
  await expect(alert).toContainText('edges[1]')
  await expect(alert).toContainText('visibility timeout is below the function timeout')
  await expect(alert).toContainText('the last valid value is kept')
  await page.screenshot({ path: test.info().outputPath('inspector-refused-light.png') })
  const saved = JSON.parse((await saveScenario(page)).text) as { nodes: { id: string; config?: unknown }[] }
  expect(saved.nodes.find((n) => n.id === 'function-1')?.config).toBeUndefined()
})

test('the environment editor accepts 4,096 bytes and rejects 4,097 with the reason, changing nothing', async ({
  page,
}) => {
  await openApp(page, { lang: 'en', theme: 'dark' })
  await loadScenario(page)
  await selectNode(page, 'function-1')
  const env = inspector(page).getByRole('group', { name: /Environment variables/ })
  await env.getByRole('button', { name: 'Add variable' }).click()
  await env.getByRole('textbox', { name: 'Key of variable 1' }).fill('PAYLOAD')
  // {"PAYLOAD":"…"} is 14 bytes around the value.
  await env.getByRole('textbox', { name: 'Value of variable 1' }).fill('x'.repeat(4082))
  await expect(env.getByText('Size: 4,096 of 4,096 bytes')).toBeVisible()
  await expect(env.getByRole('alert')).toHaveCount(0)
  await env.getByRole('textbox', { name: 'Value of variable 1' }).fill('x'.repeat(4083))
  await expect(env.getByText('Size: 4,097 of 4,096 bytes')).toBeVisible()
  await expect(env.getByRole('alert')).toContainText('Over 4,096 bytes')
  await expect(env.getByRole('alert')).toContainText('keeps its previous variables')
  await env.getByRole('textbox', { name: 'Key of variable 1' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('env-rejected-dark.png') })
  const saved = JSON.parse((await saveScenario(page)).text) as {
    nodes: { id: string; config?: { environment?: { variables: Record<string, string> } } }[]
  }
  expect(saved.nodes.find((n) => n.id === 'function-1')?.config?.environment?.variables.PAYLOAD).toHaveLength(4082)
  await expectNoSeriousAxe(page)
})

test('2018 era: settings that did not exist are disabled with the reason', async ({ page }) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await loadScenario(page)
  await inspector(page).getByRole('radio', { name: '2018' }).check()
  await selectNode(page, 'function-1')
  await expect(inspector(page).getByRole('textbox', { name: /^Async retry attempts/ })).toBeDisabled()
  await expect(
    inspector(page)
      .getByText(/async retry and max-age settings came in Nov 2019/)
      .first(),
  ).toBeVisible()
  await expect(inspector(page).getByText('In 2018: 128–3,008 MB in 64 MB steps (§7.1).')).toBeVisible()
  await inspector(page)
    .getByRole('textbox', { name: /^Memory/ })
    .fill('200')
  await expect(inspector(page).getByRole('alert')).toContainText('64 MB steps')
})

test('Japanese: the inspector and predictions read naturally', async ({ page }) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await loadScenario(page)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
  await selectNode(page, 'function-1')
  const panel = inspector(page, 'インスペクター')
  await expect(panel.getByRole('heading', { name: 'Lambda 関数 の設定' })).toBeVisible()
  await expect(panel.getByRole('textbox', { name: /^タイムアウト/ })).toHaveAttribute('placeholder', '既定値: 3 秒')
  await expect(page.getByText(/Resize には DLQ も失敗時の送信先もありません/)).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('inspector-ja-light.png') })
})

test('embed size (600×400): the File menu and dialogs fit', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 })
  await openApp(page, { lang: 'en', theme: 'light' })
  await page.getByRole('button', { name: 'File', exact: true }).click()
  await expect(page.getByRole('menuitem', { name: 'Paste JSON…' })).toBeInViewport()
  await page.screenshot({ path: test.info().outputPath('embed-menu-light.png') })
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Dark theme' }).click()
  await openFileMenuItem(page, 'Paste JSON…')
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Scenario JSON' }).fill('{"nodes": []}')
  await dialog.getByRole('button', { name: 'Check' }).click()
  await expect(dialog.getByRole('heading', { name: 'This file cannot be opened' })).toBeVisible()
  await expectBoxes([dialog], ([box]) => {
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y + box!.height).toBeLessThanOrEqual(400)
    expect(box!.width).toBeLessThanOrEqual(600)
  })
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport()
  await page.screenshot({ path: test.info().outputPath('embed-dialog-dark.png') })
  await expectNoSeriousAxe(page)
})
