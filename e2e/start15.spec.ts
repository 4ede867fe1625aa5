import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { dragFromPalette, expectNoSeriousAxeViolations, nodeOf, wire } from './canvas-helpers.ts'
import { chip, openExample, playUntil } from './playback-helpers.ts'

test.describe.configure({ timeout: 120_000 })

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' })
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`) })

test('a newcomer builds S3 → function → DLQ with "fail always", presses Play and sees the event reach the DLQ — no setting touched', async ({
  page,
  foreignRequests,
}) => {
  await page.clock.install({ time: new Date('2026-01-05T09:00:00Z') })
  await openApp(page, { lang: 'en', theme: 'light' })
  await dragFromPalette(page, 'S3 bucket', { x: 110, y: 160 })
  await dragFromPalette(page, 'Lambda function', { x: 350, y: 160 })
  await dragFromPalette(page, 'SQS queue', { x: 590, y: 160 })
  await wire(page, 'bucket-1', 'function-1')
  await wire(page, 'function-1', 'queue-1')
  await page
    .getByRole('dialog', { name: 'What is queue-1 for this function?' })
    .getByRole('button', { name: /^DLQ/ })
    .click()
  // One upload (the default traffic entry) and "Fail always" on the function.
  await nodeOf(page, 'bucket-1').click()
  const traffic = inspector(page).getByRole('region', { name: 'Traffic' })
  await traffic.getByRole('button', { name: 'Add traffic' }).click()
  await nodeOf(page, 'function-1').click()
  const faults = inspector(page).getByRole('region', { name: 'Faults' })
  await faults.getByRole('combobox', { name: 'Fault to add' }).selectOption({ label: 'Fail always' })
  await faults.getByRole('button', { name: 'Add fault' }).click()
  // The one-minute default is when traffic stops; the run goes on until the event settles, and says so.
  await expect(page.getByTestId('run-end')).toContainText(
    'Traffic stops at T+00:01:00.000; the run goes on until all events settle',
  )
  await page.getByTestId('play').click()
  const inDlq = await playUntil(page, () => chip(page, 'queue-1', '1 in DLQ').isVisible(), 60_000)
  expect(inDlq).toBeGreaterThan(180_000) // after the 1 min and 2 min retries (§2.1)
  await expect(chip(page, 'function-1', '3 failed')).toBeVisible()
  await shot(page, 'scratch-dlq-1440')
  expect(foreignRequests).toEqual([])
})

test('a capped run says what is pending at its end, and Extend lets it settle', async ({ page }) => {
  await openExample(page, 'kinesis-poison')
  await expect(page.getByTestId('run-end')).toContainText(
    /The run stops at T\+00:05:00\.000: \d+ events are still in flight; the next step is at T\+00:05:\d\d\.\d{3}/,
  )
  await expect(page.getByTestId('run-end').getByRole('button', { name: 'Extend the run' })).toBeVisible()
})

test('first visit: the start page offers lessons, examples and an empty canvas; an example opens; Learn brings it back', async ({
  page,
  foreignRequests,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openApp(page, { lang: 'en', theme: 'light', firstVisit: '1' })
  const start = page.getByRole('dialog', { name: 'Welcome to Lambdascope' })
  await expect(start).toBeVisible()
  await expect(start.getByRole('heading', { name: 'Lessons' })).toBeVisible()
  await expect(start.getByRole('heading', { name: 'Examples' })).toBeVisible()
  await expect(start.getByRole('heading', { name: 'Start from an empty canvas' })).toBeVisible()
  await expect(start.locator('.start-example')).toHaveCount(6)
  await expectNoSeriousAxeViolations(page)
  await shot(page, 'start-en-1440')
  await start.getByRole('button', { name: 'Open the example “S3 upload → failing function → DLQ”' }).click()
  await expect(start).toBeHidden()
  await expect(nodeOf(page, 'thumbnailer')).toBeVisible()
  // Dismissed: a reload does not show it again; the header's Learn does.
  await page.reload()
  await expect(page.locator('.react-flow')).toBeVisible()
  await expect(start).toBeHidden()
  await page.getByTestId('header-learn').click()
  await expect(start).toBeVisible()
  // Work on the canvas is never replaced silently: opening another example asks first.
  await start.getByRole('button', { name: /API Gateway in front of a slow function/ }).click()
  await expect(start.getByRole('alertdialog', { name: 'Replace your canvas?' })).toBeVisible()
  await start.getByRole('button', { name: 'Cancel' }).click()
  await page.keyboard.press('Escape')
  await expect(start).toBeHidden()
  await expect(nodeOf(page, 'thumbnailer')).toBeVisible()
  expect(foreignRequests).toEqual([])
})

test('the start page in Japanese at 600×400 and the empty canvas pointing to it', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 })
  await openApp(page, { lang: 'ja', theme: 'light', firstVisit: '1' })
  const start = page.getByRole('dialog', { name: 'Lambdascope へようこそ' })
  await expect(start).toBeVisible()
  await shot(page, 'start-ja-600')
  await start.getByRole('button', { name: '閉じる' }).click()
  await expect(start).toBeHidden()
  await page.getByRole('button', { name: 'サンプルを開く' }).click()
  await expect(start).toBeVisible()
  await expect(start.getByTestId('start-examples')).toBeInViewport()
  await shot(page, 'start-ja-600-examples')
})

test('captions narrate the latest transition with its rule; an API Gateway run shows its status codes on the canvas', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openExample(page, 'api-gateway', { lang: 'en', theme: 'light' })
  const caption = page.getByTestId('caption-strip')
  // At T+0 the first request appears; the caption says so, with the rule behind it.
  await expect(caption).toContainText('e1 appears at api')
  await page.getByTestId('play').click()
  await playUntil(page, async () => (await caption.textContent())?.includes('§5.2') ?? false)
  await expect(caption.locator('.rule-ref__mark, .rule-ref__plain').first()).toBeVisible()
  // REST proxy: a function error reaches the caller as 502 (§5.2) — the code is written on the canvas.
  await playUntil(page, () => chip(page, 'api', /Answered 5\d\d/).isVisible(), 60_000)
  await shot(page, 'captions-status-1440')
  // The § opens the rule's own text in place.
  await caption.locator('.rule-ref__mark').first().click()
  await expect(caption.locator('.rule-ref__body')).toBeVisible()
  await expectNoSeriousAxeViolations(page)
  // Hidden by the user, and back.
  await caption.getByRole('button', { name: 'Hide captions' }).click()
  await expect(caption).toBeHidden()
  await page.getByTestId('captions-show').click()
  await expect(page.getByTestId('caption-strip')).toBeVisible()
})

test('captions and status codes in Japanese at 600×400', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 })
  await openExample(page, 'api-gateway', { lang: 'ja', theme: 'light' })
  await page.getByTestId('play').click()
  await playUntil(page, () => chip(page, 'api', /応答 5\d\d/).isVisible(), 60_000)
  await expect(page.getByTestId('caption-strip')).toContainText('§')
  await shot(page, 'captions-status-ja-600')
})
