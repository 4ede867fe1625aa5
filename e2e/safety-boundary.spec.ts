import { expect, openApp, test } from './fixtures.ts'

/**
 * Issue #13: a render failure blanked the whole app. Each area now has an error boundary. The failure is made with a
 * test-only global set before the page loads (no UI can set it).
 */
for (const size of [
  { width: 1280, height: 720 },
  { width: 600, height: 400 },
]) {
  test(`a thrown render in the inspector shows the error boundary, the rest keeps working (${size.width}×${size.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(size)
    await page.addInitScript(() => {
      ;(window as unknown as { __LAMBDASCOPE_TEST_THROW__?: string }).__LAMBDASCOPE_TEST_THROW__ = 'inspector'
    })
    await openApp(page, { lang: 'en', theme: 'light', example: 's3-dlq' })
    const boundary = page.getByTestId('boundary-inspector')
    if (size.width <= 760)
      await page
        .getByRole('button', { name: 'Settings' })
        .click()
        .catch(() => {})
    await expect(boundary).toBeAttached()
    await expect(boundary).toContainText('The inspector stopped working')
    await expect(boundary).toContainText('What broke: Test-only render failure in the inspector')
    await expect(page.getByTestId('play')).toBeEnabled()
    await page.screenshot({ path: `test-results/safety-boundary-${size.width}x${size.height}.png` })
    // The way back: once the cause is gone, Try again brings the inspector back.
    await page.evaluate(
      () => delete (window as unknown as { __LAMBDASCOPE_TEST_THROW__?: string }).__LAMBDASCOPE_TEST_THROW__,
    )
    await boundary.getByRole('button', { name: 'Try again' }).click({ force: true })
    await expect(boundary).toHaveCount(0)
  })
}

test('a thrown render in the canvas keeps the playback bar and the inspector', async ({ page }) => {
  await page.addInitScript(() => {
    ;(window as unknown as { __LAMBDASCOPE_TEST_THROW__?: string }).__LAMBDASCOPE_TEST_THROW__ = 'canvas'
  })
  await page.goto('/?example=s3-dlq&lang=ja')
  await expect(page.getByTestId('boundary-canvas')).toContainText('キャンバスが動作しなくなりました')
  await expect(page.getByRole('button', { name: 'シナリオを読み込み直す' })).toBeVisible()
  await expect(page.getByTestId('play')).toBeEnabled()
})
