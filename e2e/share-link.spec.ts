import { expect, test } from './fixtures.ts'
import { drawer, logLines, openExample, seekTo, setSpeedMax } from './playpanels-helpers.ts'
import { simNow } from './playback-helpers.ts'

const AUTOSAVE = 'lambdascope:autosave:v1'

test.describe('share links (#16)', () => {
  test.describe.configure({ timeout: 240_000 })

  test('a copied link opens on the same playhead, selected event, panel, language and theme', async ({
    page,
    context,
    foreignRequests,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openExample(page, 's3-dlq')
    // Opening an example makes it the user's copy: the URL no longer carries it.
    await expect.poll(() => page.evaluate(() => location.search)).toBe('')
    await setSpeedMax(page)
    await page.getByRole('button', { name: 'Play', exact: true }).click()
    await page.clock.runFor(3_000)
    await drawer(page).getByRole('tab', { name: 'Log' }).click()
    await seekTo(page, 30_000)
    await logLines(page).filter({ hasText: 'Attempt 1 of 3 failed' }).getByRole('button').click()
    await expect(page.getByRole('complementary', { name: 'Statechart of e1' })).toBeVisible()
    await drawer(page).getByRole('tab', { name: 'Timeline' }).click()
    await page.getByRole('button', { name: 'Dark theme' }).click()
    const at = await simNow(page)

    await page.getByRole('button', { name: 'Share' }).click()
    await page.getByRole('menuitem', { name: 'Copy link' }).click()
    const field = page.getByRole('textbox', { name: 'Link to this view' })
    await expect(field).toHaveValue(/#s=1\./)
    const link = await field.inputValue()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)
    expect(link).toContain('panel=timeline')
    expect(link).toContain('ev=e1')
    await page.screenshot({ path: test.info().outputPath('share-copied.png') })

    // A trainee opens it in a fresh browser: nothing of the trainer's storage.
    const other = await context.browser()!.newContext({ locale: 'en-US' })
    const page2 = await other.newPage()
    await page2.clock.install({ time: new Date('2026-01-01T00:00:00Z') })
    await page2.setViewportSize({ width: 1280, height: 720 })
    await page2.goto(link)
    await expect(page2.locator('.react-flow')).toBeVisible()
    await expect.poll(() => simNow(page2)).toBe(at)
    await expect(page2.getByRole('complementary', { name: 'Statechart of e1' })).toBeVisible()
    await expect(drawer(page2).getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true')
    await expect(page2.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(page2.getByRole('textbox', { name: 'Title' })).toHaveValue(/DLQ/)
    await page2.screenshot({ path: test.info().outputPath('share-opened.png') })
    await other.close()
    expect(foreignRequests).toEqual([])
  })

  test('edits after opening an example survive a reload; the earlier work is kept aside and can come back', async ({
    page,
  }) => {
    await openExample(page, 's3-dlq')
    const title = page.getByRole('textbox', { name: 'Title' })
    await title.fill('My own DLQ walkthrough')
    await page.clock.runFor(1000) // autosave's quiet time
    await page.reload()
    await expect(title).toHaveValue('My own DLQ walkthrough')

    // Another example over that work: the work is set aside, not lost.
    await page.goto('/?example=kinesis-poison')
    const notice = page.getByTestId('kept-aside')
    await expect(notice).toBeVisible()
    await expect(title).not.toHaveValue('My own DLQ walkthrough')
    await notice.getByRole('button', { name: 'Bring back my earlier work' }).click()
    await expect(title).toHaveValue('My own DLQ walkthrough')
  })

  test('a garbled link says where it is wrong and leaves the autosaved work alone', async ({ page }) => {
    await openExample(page, 's3-dlq')
    const title = page.getByRole('textbox', { name: 'Title' })
    await title.fill('Keep me')
    await page.clock.runFor(1000)
    const before = await page.evaluate((k) => localStorage.getItem(k), AUTOSAVE)
    expect(before).toContain('Keep me')

    for (const [hash, words] of [
      ['#s=1.eJyrVkrOz0vOz0vOz0vOz0', 'cut short or garbled'],
      ['#s=1.abc*def', 'at character 4'],
      ['#s=7.abc', 'format “7”'],
    ] as const) {
      await page.goto(`/${hash}`)
      const banner = page.getByTestId('link-error')
      await expect(banner).toBeVisible({ timeout: 30_000 })
      await expect(banner).toContainText(words)
      await expect(banner.getByText('#s', { exact: true })).toBeVisible()
      await expect(title).toHaveValue('Keep me')
      expect(await page.evaluate((k) => localStorage.getItem(k), AUTOSAVE)).toBe(before)
    }
    await page.screenshot({ path: test.info().outputPath('share-garbled.png') })
  })
})
