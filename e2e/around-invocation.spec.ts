import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures.ts'
import { drawer, logLines, openExample, seekTo } from './playpanels-helpers.ts'

test.describe('what the handler receives: event, context, messages, local test (§9, §11; issue 17)', () => {
  test.describe.configure({ timeout: 240_000 })

  test('select an invocation, read its event and context, count down, switch to Python, export the test', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await openExample(page, 's3-dlq')
    await drawer(page).getByRole('tab', { name: 'Log' }).click()
    // At 1.5 s the first attempt's handler is running (event at 1 s, cold start, 800 ms of work).
    await seekTo(page, 200_000)
    await logLines(page).filter({ hasText: 'Attempt 1 of 3 failed' }).getByRole('button').click()
    const section = page.getByTestId('invocation-section')
    await expect(section).toBeVisible()
    // Three attempts by 200 s; the latest is shown; the event is S3's shape with the user's key laid over it.
    await expect(section.getByTestId('invocation-choice').locator('option')).toHaveCount(3)
    const event = section.getByTestId('handler-event')
    await expect(event).toContainText('"eventSource": "aws:s3"')
    await expect(event).toContainText('"key": "cat.jpg"')
    await expect(event).toContainText('"arn": "arn:aws:s3:::uploads"')
    // Node.js names first.
    const ctx = section.getByTestId('context-object')
    await expect(ctx).toContainText('functionName')
    await expect(ctx).toContainText('awsRequestId')
    await expect(ctx).toContainText('getRemainingTimeInMillis()')
    await expect(ctx).toContainText('"/aws/lambda/thumbnailer"')
    // The DLQ message written for this event (G3: the raw event).
    await expect(section.getByTestId('message-dlq')).toBeVisible()

    // While the handler runs, the remaining time counts down on simulated time (Playwright's clock drives the frames).
    await section.getByTestId('invocation-choice').selectOption('0')
    await seekTo(page, 1_400)
    const remaining = section.getByTestId('remaining-time')
    await expect.poll(async () => Number(await remaining.textContent())).toBeLessThan(3000)
    const before = Number(await remaining.textContent())
    await page.getByRole('slider', { name: /Playback speed/ }).focus()
    await page.keyboard.press('Home')
    await page.getByRole('button', { name: 'Play', exact: true }).click()
    await page.clock.runFor(400)
    await expect.poll(async () => Number(await remaining.textContent())).toBeLessThan(before)
    await page.getByRole('button', { name: 'Pause', exact: true }).click()
    await page.screenshot({ path: test.info().outputPath('invocation-node-1280.png') })

    // Python: the same context under snake_case names.
    await section.getByRole('radio', { name: 'Python' }).check()
    await expect(ctx).toHaveAttribute('data-runtime', 'python')
    await expect(ctx).toContainText('function_name')
    await expect(ctx).toContainText('aws_request_id')
    await expect(ctx).toContainText('get_remaining_time_in_millis()')
    await expect(ctx).not.toContainText('functionName')

    // The local test: a zip with the handler, the event, a fake context and a unittest.
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByTestId('export-zip').click()])
    expect(download.suggestedFilename()).toBe('thumbnailer-local-test-python.zip')
    const zip = await readFile((await download.path())!)
    expect(zip.subarray(0, 2).toString()).toBe('PK')
    expect(zip.includes(Buffer.from('thumbnailer-local-test-python/test_handler.py'))).toBe(true)
    expect(zip.includes(Buffer.from('thumbnailer-local-test-python/event.json'))).toBe(true)
    await page.screenshot({ path: test.info().outputPath('invocation-python-1280.png') })
  })

  test("in a 600×400 embed the inspector sheet shows a function's policy and role", async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 400 })
    await openExample(page, 's3-dlq')
    await page.locator('.react-flow__node[data-id="thumbnailer"]').click()
    await page.getByRole('button', { name: 'Settings' }).click()
    const p = page.getByTestId('function-permissions')
    await p.scrollIntoViewIfNeeded()
    await expect(p).toBeVisible()
    await expect(p.getByTestId('function-resource-policy')).toContainText('"Service": "s3.amazonaws.com"')
    await expect(p.getByTestId('function-role-policy')).toContainText('"sqs:SendMessage"')
    await page.screenshot({ path: test.info().outputPath('function-permissions-600.png') })
  })
})
