import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { loadScenario, openFileMenuItem, openScenarioFile, ordersScenario, saveScenario } from './panelsHelpers.ts'

// Reading files, a 5 MB import and reloads take a while on the shared 2-core machine.
test.describe.configure({ timeout: 90_000 })

const titleField = (page: Page) => page.getByRole('textbox', { name: 'Title' })

test('save to a file, start New, open the file: the same scenario comes back', async ({ page, foreignRequests }) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await loadScenario(page)
  await expect(titleField(page)).toHaveValue('Orders pipeline')
  const saved = await saveScenario(page)
  expect(saved.name).toBe('orders-pipeline.lambdascope.json')
  expect(JSON.parse(saved.text)).toEqual(ordersScenario)

  await openFileMenuItem(page, 'New scenario')
  await page.getByRole('dialog').getByRole('button', { name: 'New scenario' }).click()
  await expect(titleField(page)).toHaveValue('Untitled scenario')
  await expect(page.getByText('Resize has no DLQ')).toHaveCount(0)

  await loadScenario(page, JSON.parse(saved.text))
  await expect(titleField(page)).toHaveValue('Orders pipeline')
  const again = await saveScenario(page)
  expect(again.text).toBe(saved.text)
  expect(foreignRequests).toEqual([])
})

test('a broken file shows located errors and the current work stays', async ({ page }) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await loadScenario(page)
  // Not JSON at all.
  await openScenarioFile(page, 'broken.json', '{"format": "lambdascope/scenario@1", "title": ')
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('heading', { name: 'This file cannot be opened' })).toBeVisible()
  await expect(dialog.getByText('Not valid JSON')).toBeVisible()
  await expect(dialog.getByText('Your current work is unchanged.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()
  // JSON, but wrong in places: each problem has its path.
  const wrong = {
    ...ordersScenario,
    era: '2019',
    nodes: [...ordersScenario.nodes, { id: 'fn-2', type: 'lambda', config: { timeoutMs: 5, memoryMb: 99999 } }],
  }
  await openScenarioFile(page, 'wrong.json', JSON.stringify(wrong))
  await expect(dialog.getByText('era', { exact: true })).toBeVisible()
  await expect(dialog.getByText('nodes[3].config.timeoutMs')).toBeVisible()
  await expect(dialog.getByText('nodes[3].config.memoryMb')).toBeVisible()
  await expect(dialog.getByText('Showing 3 of 3 problems.')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('import-errors-light.png') })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(titleField(page)).toHaveValue('Orders pipeline')
})

test('a 5 MB file is read off the main thread, reported with a count, and nothing is replaced', async ({ page }) => {
  await openApp(page, { lang: 'en', theme: 'dark' })
  await loadScenario(page)
  const nodes = Array.from({ length: 90_000 }, (_, i) => ({ id: `n${i}`, type: 'lambda', config: { timeoutMs: 1 } }))
  const huge = JSON.stringify({ ...ordersScenario, nodes })
  expect(huge.length).toBeGreaterThan(5_000_000)
  await openScenarioFile(page, 'huge.json', huge)
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByText('nodes', { exact: true })).toBeVisible({ timeout: 15_000 })
  await expect(dialog.getByText(/Showing 1 of 1 problem/)).toBeVisible()
  // The check ran in the import worker, not on the page's main thread.
  const workerLoaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').some((e) => e.name.includes('parseWorker')),
  )
  expect(workerLoaded).toBe(true)
  // The page stayed responsive: the title field still answers.
  await page.screenshot({ path: test.info().outputPath('import-huge-dark.png') })
  await dialog.getByRole('button', { name: 'Close' }).click()
  await titleField(page).fill('Orders pipeline v2')
  await expect(titleField(page)).toHaveValue('Orders pipeline v2')
})

test('pasted JSON goes through the same checks and asks before replacing', async ({ page }) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await loadScenario(page)
  await openFileMenuItem(page, 'Paste JSON…')
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Scenario JSON' }).fill(JSON.stringify({ ...ordersScenario, title: '' }))
  await dialog.getByRole('button', { name: 'Check' }).click()
  await expect(dialog.getByText('title', { exact: true })).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await openFileMenuItem(page, 'Paste JSON…')
  await dialog
    .getByRole('textbox', { name: 'Scenario JSON' })
    .fill(JSON.stringify({ ...ordersScenario, title: 'Pasted' }))
  await dialog.getByRole('button', { name: 'Check' }).click()
  await expect(dialog.getByRole('heading', { name: '“Pasted” is valid' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(titleField(page)).toHaveValue('Orders pipeline')
})

test('the file menu works from the keyboard; Duplicate continues in a copy', async ({ page }) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await loadScenario(page)
  const file = page.getByRole('button', { name: 'File', exact: true })
  await file.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'New scenario' })).toBeFocused()
  await page.keyboard.press('End')
  await expect(page.getByRole('menuitem', { name: 'Export runnable experiment…' })).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(page.getByRole('menuitem', { name: 'Duplicate' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(titleField(page)).toHaveValue('Orders pipeline (copy)')
  await file.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'New scenario' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toBeHidden()
  await expect(file).toBeFocused()
})

test('autosave survives a reload; a saved copy that fails to load is reported and set aside', async ({ page }) => {
  await page.clock.install()
  await openApp(page, { lang: 'en', theme: 'light' })
  await loadScenario(page)
  await titleField(page).fill('Autosaved title')
  await page.clock.runFor(1000)
  await page.reload()
  await expect(titleField(page)).toHaveValue('Autosaved title')

  // Break the saved copy (as an older or damaged version would be), then reload.
  const broken = JSON.stringify({ v: 1, scenario: { ...ordersScenario, nodes: [{ id: 'x', type: 'nope' }] } })
  await page.evaluate((raw) => localStorage.setItem('lambdascope:autosave:v1', raw), broken)
  await page.reload()
  const banner = page.getByRole('alert').filter({ hasText: 'could not be loaded' })
  await expect(banner).toBeVisible()
  await expect(banner.getByText('nodes[0].type')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('recovery-banner-light.png') })
  const keys = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('lambdascope:set-aside:')),
  )
  expect(keys).toHaveLength(1)
  expect(await page.evaluate((k) => localStorage.getItem(k), keys[0] ?? '')).toBe(broken)
  const download = page.waitForEvent('download')
  await banner.getByRole('button', { name: 'Download the saved copy' }).click()
  expect((await download).suggestedFilename()).toBe('set-aside.lambdascope.json')
  await banner.getByRole('button', { name: 'Dismiss' }).click()
  await expect(banner).toBeHidden()
})

test('a link whose scenario cannot be opened says why, where, and keeps the saved work', async ({ page }) => {
  await page.clock.install()
  await openApp(page, { lang: 'en', theme: 'dark' })
  await loadScenario(page)
  await page.clock.runFor(1000) // the autosave's quiet time

  await openApp(page, { lang: 'en', theme: 'dark', example: 'no-such-example' })
  const banner = page.getByRole('alert').filter({ hasText: 'could not be opened' })
  await expect(banner.getByText('The example “no-such-example” in this link could not be opened')).toBeVisible()
  await expect(banner.getByText('example', { exact: true })).toBeVisible()
  await expect(banner.getByText(/There is no example named “no-such-example”: use one of .*s3-dlq/)).toBeVisible()
  await expect(titleField(page)).toHaveValue('Orders pipeline')
  await page.screenshot({ path: test.info().outputPath('link-error-dark.png') })
  await banner.getByRole('button', { name: 'Dismiss' }).click()
  await expect(banner).toBeHidden()

  // A whole document in the link, wrong in two places: each problem is located; in Japanese the kind is translated.
  const wrong = { ...ordersScenario, era: '2019', nodes: [...ordersScenario.nodes, { id: 'q', type: 'nope' }] }
  await openApp(page, { lang: 'ja', theme: 'light', scenario: JSON.stringify(wrong) })
  const ja = page.getByRole('alert').filter({ hasText: 'このリンクのシナリオは開けませんでした' })
  await expect(ja).toBeVisible()
  await expect(ja.getByText('era', { exact: true })).toBeVisible()
  await expect(ja.getByText(`nodes[${ordersScenario.nodes.length}].type`)).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'タイトル' })).toHaveValue('Orders pipeline')
  // Opening the broken link did not overwrite the saved work.
  const saved = await page.evaluate(() => localStorage.getItem('lambdascope:autosave:v1'))
  expect(saved).toContain('Orders pipeline')
})
