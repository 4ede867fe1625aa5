import { expect, test } from './fixtures.ts'
import { chip, openExample, playUntil, shot } from './playback-helpers.ts'

test.describe.configure({ timeout: 90_000 })

test('2018: a new VPC environment attaches an ENI before init (§7.2, G32)', async ({ page }) => {
  await openExample(page, 'vpc-2018')
  await page.getByTestId('play').click()
  const eniAt = await playUntil(page, () => chip(page, 'reports', 'ENI attach 5').isVisible(), 3000, 100)
  expect(eniAt).toBeLessThan(10_000)
  await shot(page, 'vpc-2018-eni')
  // after the 10 s attach: init, then busy; the ENI phase is not skipped as "idle"
  const busyAt = await playUntil(page, () => chip(page, 'reports', 'Busy 5').isVisible(), 15_000)
  expect(busyAt).toBeGreaterThanOrEqual(10_260) // 10 s ENI attach + 250 ms init
  expect(await page.getByTestId('skipped-gap').count()).toBe(0)
  // the sixth request found no ENI left (§7.2 ENILimitReachedException)
  await expect(chip(page, 'reports', '1 failed')).toBeVisible()
})

test('today: the same VPC function cold-starts without any ENI phase (§7.3 Hyperplane)', async ({ page }) => {
  await openExample(page, 'vpc-2018', { era: 'current' })
  await page.getByTestId('play').click()
  await playUntil(
    page,
    () =>
      chip(page, 'reports', /^(Init|Busy) \d/)
        .first()
        .isVisible(),
    3000,
    50,
  )
  await shot(page, 'vpc-current-init')
  // step through every moment of the cold start: ENI never shows
  for (let i = 0; i < 12; i++) {
    await expect(chip(page, 'reports', /ENI attach/)).toHaveCount(0)
    await page.locator('body').press('.')
  }
  await playUntil(page, () => chip(page, 'reports', 'Warm 6').isVisible(), 5000)
})
