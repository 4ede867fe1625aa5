import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'
import { chip, openExample, playUntil, shot } from './playback-helpers.ts'

test.describe.configure({ timeout: 90_000 })

test('recovering the function mid-run changes the future: attempt 2 succeeds, nothing in the DLQ', async ({ page }) => {
  await openExample(page, 's3-dlq')
  // after attempt 1 failed (T+2.1 s), during the 1-minute wait before attempt 2
  await page.getByRole('slider', { name: 'Position in the run' }).fill('5000')
  await page.clock.runFor(50)
  await expect(chip(page, 'thumbnailer', '1 waiting to retry')).toBeVisible()
  // right-click the function: the fault menu, at the current sim time
  await page.locator('.react-flow__node[data-id="thumbnailer"]').click({ button: 'right' })
  const menu = page.getByRole('menu')
  await expect(menu).toBeVisible()
  await expect(menu.getByRole('menuitem').first()).toBeFocused()
  await shot(page, 'inject-menu')
  const axe = await new AxeBuilder({ page }).include('[role="menu"]').analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  await menu.getByRole('menuitem', { name: 'Recover (end every fault)' }).click()
  await expect(menu).toHaveCount(0)
  await expect(page.getByTestId('injection-notice')).toContainText(
    'Injected at T+00:00:05.000: the run from here was re-simulated.',
  )
  await page.getByTestId('play').click()
  await page.getByRole('slider', { name: 'Playback speed' }).fill('3')
  await playUntil(page, async () => (await page.getByTestId('play').textContent()) === 'Replay', 20_000)
  await expect(chip(page, 'thumbnailer', '1 failed')).toBeVisible()
  await expect(chip(page, 'thumbnailer', '2 failed')).toHaveCount(0)
  await expect(page.getByTestId('runtime-thumbnailer-dlq')).toHaveCount(0)
})

test('injecting before what was already watched says the future forked; keyboard opens the menu', async ({ page }) => {
  await openExample(page, 's3-dlq')
  const scrub = page.getByRole('slider', { name: 'Position in the run' })
  await scrub.fill('200000') // watched to T+3:20: the event is in the DLQ
  await page.clock.runFor(50)
  await expect(chip(page, 'thumbnailer-dlq', '1 in DLQ')).toBeVisible()
  await scrub.fill('30000')
  await page.clock.runFor(50)
  // keyboard: focus the function, Shift+F10, arrows, Enter
  await page.locator('.react-flow__node[data-id="thumbnailer"]').focus()
  await page.keyboard.press('Shift+F10')
  const menu = page.getByRole('menu')
  await expect(menu).toBeVisible()
  for (
    let i = 0;
    i < 10 &&
    !(await menu
      .getByRole('menuitem', { name: 'Recover (end every fault)' })
      .evaluate((el) => el === document.activeElement));
    i++
  )
    await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(menu).toHaveCount(0)
  await expect(page.locator('.react-flow__node[data-id="thumbnailer"]')).toBeFocused()
  const notice = page.getByTestId('injection-notice')
  await expect(notice).toContainText('Injected at T+00:00:30.000')
  await expect(notice).toContainText('What you had already watched up to T+00:03:20.000 no longer happens that way.')
  await shot(page, 'inject-forked')
  await scrub.fill('200000')
  await page.clock.runFor(50)
  await expect(page.getByTestId('runtime-thumbnailer-dlq')).toHaveCount(0)
})
