import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { drawer, logLines, openExample } from './playpanels-helpers.ts'

/** Issue #14, new in AWS since 2023: payload limits where AWS enforces them (§16.13), SQS provisioned mode (§16.8). */
const edge = (page: Page, id: string) =>
  page.locator(`.react-flow__edge[data-id="${id}"] .react-flow__edge-interaction`)
const seek = (page: Page, ms: number) => page.getByRole('slider', { name: /Position in the run/ }).fill(String(ms))

test.describe('AWS limits of 2026 (§16.8, §16.13)', () => {
  test.describe.configure({ timeout: 180_000 })

  test('an async Invoke over 1 MB is refused with 413 at Invoke; an SNS event too big for its DLQ is deleted (DeadLetterErrors)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await openExample(page, 'payload-limits')
    await drawer(page).getByRole('tab', { name: 'Log' }).click()
    await seek(page, 1500)
    // The 1.2 MB event: the caller gets 413 at once, with the rule, and nothing runs for it.
    const refused = logLines(page).filter({ hasText: /receives 413 for e1/ })
    await expect(refused).toHaveCount(1)
    await expect(refused).toContainText('RequestTooLargeException')
    await expect(refused).toContainText('§16.13')
    await expect(logLines(page).filter({ hasText: 'e1 was refused' })).toHaveCount(1)
    await expect(logLines(page).filter({ hasText: /for e1 .*on resize/ })).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('limits-413-1280.png') })
    // The 0.9 MB event fits (202) and runs.
    await seek(page, 5000)
    await expect(logLines(page).filter({ hasText: /receives 202 for e3/ })).toHaveCount(1)
    // The SNS event near 256 KB fails three times, then cannot be written to the DLQ.
    await seek(page, 182_970) // the end of the run: the third attempt fails at ≈ 182.9 s
    const lost = logLines(page).filter({ hasText: /Could not write e2 to notify DLQ/ })
    await expect(lost).toHaveCount(1)
    await expect(lost).toContainText('DeadLetterErrors')
    await expect(lost).toContainText('§16.13')
    await page.screenshot({ path: test.info().outputPath('limits-dlq-1280.png') })
    await page.setViewportSize({ width: 600, height: 400 })
    await page.screenshot({ path: test.info().outputPath('limits-embed-600.png') })
  })

  test('SQS provisioned mode: the pollers show in the inspector, and maximum concurrency with them is a located error', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await openExample(page, 'sqs-provisioned')
    await edge(page, 'provisioned-queue->provisioned-worker').dispatchEvent('click')
    const min = page.getByLabel('Minimum pollers (provisioned mode)')
    await expect(min).toHaveValue('10', { timeout: 30_000 }) // the inspector panel loads lazily
    await expect(page.getByLabel('Maximum pollers (provisioned mode)')).toHaveValue('100')
    await page.screenshot({ path: test.info().outputPath('provisioned-inspector-1280.png') })
    const maxConcurrency = page.getByRole('textbox', { name: /^Maximum concurrency/ })
    await maxConcurrency.fill('50')
    await maxConcurrency.press('Enter')
    await expect(
      page.getByText(/Provisioned mode \(pollers\) and maximum concurrency cannot be set together/).first(),
    ).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('provisioned-error-1280.png') })
  })
})
