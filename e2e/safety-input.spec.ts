import { expect, openApp, test } from './fixtures.ts'
import { openScenarioFile } from './panelsHelpers.ts'
import { burstScenario } from './safety-helpers.ts'

/**
 * Issue #13: a 2,000-deep payload left the import dialog on "Reading…" for good; 50,000 deep by link blanked the app
 * (a link that long is over the preview server's URL limit: 2,000 deep stands in for it here).
 */
const deepPayload = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
const deepDoc = (depth: number) => burstScenario(1).replace('"count":1}', `"count":1,"payload":${deepPayload(depth)}}`)
const deepPath = `traffic[0].payload${'[0]'.repeat(64)}`

test('a 5,000-deep payload in a file is refused with its path, and the current work stays', async ({ page }) => {
  test.setTimeout(120_000)
  await openApp(page, { lang: 'en', theme: 'light' })
  await openScenarioFile(page, 'deep.json', deepDoc(5_000))
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('heading', { name: 'This file cannot be opened' })).toBeVisible({ timeout: 20_000 })
  await expect(dialog.getByText(deepPath, { exact: true })).toBeVisible({ timeout: 20_000 })
  await expect(dialog.getByText('The payload nests deeper than 64 levels here.')).toBeVisible()
  await expect(dialog.getByText('Your current work is unchanged.')).toBeVisible()
})

test('a 2,000-deep payload by link is refused with its path; the app stays usable', async ({ page }) => {
  await page.goto(`/?scenario=${encodeURIComponent(deepDoc(2_000))}`)
  await expect(page.locator('.react-flow')).toBeVisible()
  await expect(page.getByText(deepPath).first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Lambdascope' })).toBeVisible()
})

test('__proto__ as a node id in a link is refused at the id', async ({ page }) => {
  const doc = burstScenario(1).replaceAll('"fn"', '"__proto__"')
  await page.goto(`/?scenario=${encodeURIComponent(doc)}`)
  await expect(page.getByText('nodes[1].id').first()).toBeVisible()
})
