import { expect, test } from './fixtures.ts'
import { openExample, parseSimTime, shot } from './playback-helpers.ts'

test.describe.configure({ timeout: 120_000 })

test('the fault menu names the wire by its ends and its time follows the playhead it will inject at', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openExample(page, 's3-dlq')
  await page.getByRole('slider', { name: 'Position in the run' }).fill('5000')
  await page.clock.runFor(50)
  // A wire: named "uploads bucket → thumbnailer" by labels, its permission by name (no internal ids).
  await page.locator('.react-flow__edge[data-id="uploads->thumbnailer"]').click({ button: 'right', force: true })
  const menu = page.getByRole('menu')
  await expect(menu).toHaveAccessibleName('Faults for the wire uploads bucket → thumbnailer')
  await expect(menu).toContainText('Inject at T+00:00:05.000 into the wire uploads bucket → thumbnailer')
  await expect(menu.getByRole('menuitem')).toHaveText(['Revoke the permission (invoke (resource policy))'])
  await expect(menu).not.toContainText('uploads->thumbnailer')
  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)

  // While playing, the title follows the playhead; a pick injects at the time shown then (not when the menu opened).
  await page.getByTestId('play').click()
  await page.clock.runFor(500)
  await page.locator('.react-flow__node[data-id="thumbnailer"]').click({ button: 'right' })
  const title = menu.locator('.fault-menu__title')
  await expect(title).toContainText('into thumbnailer')
  const opened = parseSimTime((await title.textContent()) ?? '')
  await page.clock.runFor(1500)
  await expect.poll(async () => parseSimTime((await title.textContent()) ?? '')).toBeGreaterThan(opened)
  const shown = parseSimTime((await title.textContent()) ?? '')
  await shot(page, 'polish-fault-menu-live-time')
  await menu.getByRole('menuitem', { name: 'Recover (end every fault)' }).click()
  // Playback goes on between reading the title and the click (skip-idle may even jump): the input lands at the time
  // the title showed when picked, so no earlier than what was read, and later than when the menu opened.
  const notice = page.getByTestId('injection-notice')
  await expect(notice).toContainText('Injected at T+')
  const injected = parseSimTime(((await notice.textContent()) ?? '').replace(/^.*?Injected at /, ''))
  expect(injected).toBeGreaterThanOrEqual(shown)
  expect(injected).toBeGreaterThan(opened)
})

test('the injection notice closes by Escape, and by itself after a few seconds', async ({ page }) => {
  await openExample(page, 's3-dlq')
  await page.getByRole('slider', { name: 'Position in the run' }).fill('5000')
  await page.clock.runFor(50)
  const notice = page.getByTestId('injection-notice')
  const inject = async () => {
    await page.locator('.react-flow__node[data-id="thumbnailer"]').click({ button: 'right' })
    await page.getByRole('menu').getByRole('menuitem', { name: 'Recover (end every fault)' }).click()
    await expect(notice).toContainText('Injected at T+00:00:05.000')
  }
  await inject()
  await page.keyboard.press('Escape')
  await expect(notice).toBeEmpty()
  await inject()
  await page.clock.runFor(3000)
  await expect(notice).toContainText('Injected at')
  await page.clock.runFor(6000)
  await expect(notice).toBeEmpty()
})

test('tokens pass beneath wire labels: the token layer sits under React Flow’s renderer', async ({ page }) => {
  await openExample(page, 'sqs-redrive')
  // The token layer is a chunk of its own, drawn once the run's code has arrived (#16).
  await expect(page.getByTestId('token-layer')).toBeAttached({ timeout: 30_000 })
  const z = await page.evaluate(() => {
    const layer = document.querySelector('[data-testid="token-layer"]')
    const renderer = document.querySelector('.react-flow__renderer')
    return layer && renderer
      ? [Number(getComputedStyle(layer).zIndex), Number(getComputedStyle(renderer).zIndex)]
      : null
  })
  expect(z).not.toBeNull()
  expect(z![0]).toBeLessThan(z![1])
  await page.getByTestId('play').click()
  await page.clock.runFor(2500)
  await shot(page, 'polish-token-under-label')
})
