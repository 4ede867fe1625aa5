import { readFile } from 'node:fs/promises'
import { expectNoSeriousAxeViolations } from './canvas-helpers.ts'
import { expect, test } from './fixtures.ts'
import { drawer, logLines, openExample, seekTo, setSpeedMax } from './playpanels-helpers.ts'

test.describe('trace panels: the narrated log and the statechart (S3 → failing function → DLQ, §2.1, §2.4)', () => {
  // The shared 2-core machine can be very busy; nothing here waits on real time, so a long budget costs nothing.
  test.describe.configure({ timeout: 240_000 })

  test('plays, narrates each attempt with its numbers, selects the event, counts down, downloads the transcript', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await openExample(page, 's3-dlq')
    const log = drawer(page)
    // The drawer starts as a tab bar (the canvas keeps its room); a tab opens it.
    await expect(log.getByRole('tabpanel')).toHaveCount(0)
    await log.getByRole('tab', { name: 'Log' }).click()
    await expect(log.getByText('Nothing has happened yet. Press play.')).toBeVisible()

    await setSpeedMax(page)
    await page.getByRole('button', { name: 'Play', exact: true }).click()
    await page.clock.runFor(3_000)
    await expect(logLines(page).filter({ hasText: 'written to the dead-letter queue' })).toHaveCount(1)
    // The screen-reader summary is polite and throttled: one message for the lines that arrived, not one per token.
    await expect(log.getByRole('status')).toHaveText(/^\d+ new lines\. Latest: Attempt 3 of 3 failed/)
    const text = (await logLines(page).allInnerTexts()).join('\n')
    // Attempts at ≈T+0, ≈T+1 min and ≈T+3 min (G1), each failure saying what comes next and why.
    expect(text).toMatch(/T\+00:00:01\.\d{3} Attempt 1 of 3 for e1 on thumbnailer: cold start/)
    expect(text).toMatch(/T\+00:01:02\.\d{3} Attempt 2 of 3 for e1/)
    expect(text).toMatch(/T\+00:03:02\.\d{3} Attempt 3 of 3 for e1/)
    expect(text).toContain(
      'Attempt 1 of 3 failed: function error (Error: Injected failure). Next try in 1 min (attempt 2',
    )
    expect(text).toContain('— async retry policy: 1 min, then 2 min after a function error (§2.1)')
    expect(text).toMatch(
      /Attempt 3 of 3 failed: function error .* e1 is written to the dead-letter queue “DLQ”\. e1 now waits in the DLQ — retries exhausted/,
    )

    // Filter: only DLQ lines, then back to everything.
    await log.getByLabel('Show').selectOption('dlq')
    await expect(logLines(page)).toHaveCount(1)
    await log.getByLabel('Show').selectOption('all')

    // The transcript is what the log says, with the AWS page of each rule.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      log.getByRole('button', { name: 'Download transcript' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('lambdascope-transcript.txt')
    const transcript = await readFile((await download.path())!, 'utf8')
    expect(transcript).toContain('Next try in 2 min (attempt 3')
    expect(transcript).toContain('<https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html>')

    // Back to the middle of the first wait: select the event and read its statechart.
    await seekTo(page, 30_000)
    await logLines(page).filter({ hasText: 'Attempt 1 of 3 failed' }).getByRole('button').click()
    const sheet = page.getByRole('complementary', { name: 'Statechart of e1' })
    await expect(sheet).toBeVisible()
    await expect(sheet.getByText('Now: Waiting')).toBeVisible()
    await expect(sheet.getByText('Attempt 1 of 3', { exact: true })).toBeVisible()
    await expect(sheet.getByText('Next try in 33 s (at T+00:01:02.120)')).toBeVisible()
    await expect(sheet.getByRole('img')).toHaveAttribute(
      'aria-label',
      'Created → Queued → Invoking → Init → Running → Failed → Waiting',
    )
    // Each step's rule opens in place: the project's short text, and the AWS page to read more.
    await sheet.locator('summary', { hasText: '§2.1' }).first().click()
    await expect(sheet.getByText('Asynchronous retries').first()).toBeVisible()
    const readMore = sheet
      .getByRole('link', { name: 'Read more about §2.1 in the AWS documentation (opens a new tab)' })
      .first()
    await expect(readMore).toBeVisible()
    await expect(readMore).toHaveAttribute(
      'href',
      'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
    )
    await page.screenshot({ path: 'test-results/playpanels-statechart-light.png' })
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await page.screenshot({ path: 'test-results/playpanels-statechart-dark.png' })
    await seekTo(page, 50_000)
    await expect(sheet.getByText('Next try in 13 s (at T+00:01:02.120)')).toBeVisible()

    // At the end: the path ends in the DLQ.
    await seekTo(page, 300_000)
    await expect(sheet.getByText('Now: DLQ')).toBeVisible()
    await expect(sheet.getByText('Fate: in the DLQ')).toBeVisible()
    await expectNoSeriousAxeViolations(page)
  })

  test('speaks Japanese', async ({ page }) => {
    await openExample(page, 's3-dlq')
    await page.getByLabel('Language').selectOption('ja')
    await drawer(page).getByRole('tab', { name: 'ログ' }).click()
    await seekTo(page, 300_000)
    const text = (await logLines(page).allInnerTexts()).join('\n')
    expect(text).toContain('1 回目の試行（全 3 回）が失敗：関数エラー（Error: Injected failure）。次の試行は 1 分後')
    expect(text).toContain('非同期の再試行ポリシー：関数エラーの後 1 分、次は 2 分（§2.1）')
    await expect(drawer(page).getByRole('tab', { name: 'ログ' })).toHaveAttribute('aria-selected', 'true')
    // The log's rule links and the statechart's rule texts read the Japanese AWS pages.
    await expect(drawer(page).locator('a.event-log__doc').first()).toHaveAttribute(
      'href',
      /^https:\/\/docs\.aws\.amazon\.com\/ja_jp\/lambda\/latest\/dg\//,
    )
    await page.screenshot({ path: 'test-results/playpanels-log-ja.png' })
    await logLines(page).filter({ hasText: '1 回目の試行（全 3 回）が失敗' }).getByRole('button').click()
    const path = page.locator('.statechart__path')
    await path.locator('summary', { hasText: '§2.1' }).first().click()
    await expect(path.getByText('非同期のリトライ').first()).toBeVisible()
    const readMore = path
      .getByRole('link', { name: '§2.1 について AWS のドキュメントで詳しく読む（新しいタブで開きます）' })
      .first()
    await expect(readMore).toHaveText('詳しく（AWS）')
    await expect(readMore).toHaveAttribute(
      'href',
      'https://docs.aws.amazon.com/ja_jp/lambda/latest/dg/invocation-async-error-handling.html',
    )
    await page.screenshot({ path: 'test-results/playpanels-rule-ja.png' })
  })
})
