import { expect, test } from './fixtures.ts'
import { boxOf } from './geometry.ts'
import { chip, openExample, paintedCentre, playUntil, shot } from './playback-helpers.ts'

test.describe.configure({ timeout: 90_000 })

test.describe('S3 → always-failing function (async, §2.1, §2.4)', () => {
  test('attempts at T+0, ≈T+1 min, ≈T+3 min, then the event lands in the DLQ', async ({ page }) => {
    await openExample(page, 's3-dlq')
    // the upload's token travels along the trigger wire (drawn on the token canvas)
    await page.getByRole('slider', { name: 'Position in the run' }).fill('1100')
    await page.clock.runFor(20)
    await expect(page.getByTestId('token-layer')).toHaveAttribute('data-tokens', '1')
    await shot(page, 's3-token-in-flight')
    await page.getByRole('slider', { name: 'Position in the run' }).fill('0')
    await page.getByTestId('play').click()
    const visible = (nodeId: string, text: string | RegExp) => () => chip(page, nodeId, text).isVisible()
    // the upload is at T+1 s; each failure is read off the function's runtime chips
    const first = await playUntil(page, visible('thumbnailer', '1 failed'))
    await expect(chip(page, 'thumbnailer', '1 waiting to retry')).toBeVisible()
    await shot(page, 's3-first-failure')
    const second = await playUntil(page, visible('thumbnailer', '2 failed'))
    const third = await playUntil(page, visible('thumbnailer', '3 failed'))
    await playUntil(page, visible('thumbnailer-dlq', '1 in DLQ'))
    await shot(page, 's3-in-dlq')
    expect(first).toBeGreaterThan(1000)
    expect(first).toBeLessThan(4000)
    expect(second - first).toBeGreaterThan(58_000)
    expect(second - first).toBeLessThan(62_000) // ≈1 min (§2.1)
    expect(third - second).toBeGreaterThan(118_000)
    expect(third - second).toBeLessThan(122_000) // ≈2 min more: ≈T+3 min
    // the waits were skipped, and the scrub bar marks them
    await expect(page.getByTestId('skipped-gap').first()).toBeVisible()
    await expect(chip(page, 'thumbnailer', /waiting to retry/)).toHaveCount(0)
  })
})

test('without a DLQ the event is discarded after the third attempt and shown as lost (§2.1)', async ({ page }) => {
  await openExample(page, 's3-dlq')
  // the user deletes the DLQ from the canvas
  await page.locator('.react-flow__node[data-id="thumbnailer-dlq"]').click()
  await page.keyboard.press('Delete')
  await expect(page.locator('.react-flow__node[data-id="thumbnailer-dlq"]')).toHaveCount(0)
  await page.getByRole('slider', { name: 'Playback speed' }).fill('2')
  await page.getByTestId('play').click()
  const lostAt = await playUntil(page, () => chip(page, 'thumbnailer', '1 lost').isVisible())
  expect(lostAt).toBeGreaterThan(183_000)
  await expect(chip(page, 'thumbnailer', '3 failed')).toBeVisible()
  // the lost event falls away under the function while the bar turns "lost" at that point
  await expect(page.locator('.transport__health--lost')).toHaveCount(1)
  await shot(page, 's3-lost')
})

test('clicking a token in flight selects its event and opens its statechart', async ({ page }) => {
  await openExample(page, 's3-dlq')
  await page.getByRole('slider', { name: 'Position in the run' }).fill('1100')
  await page.clock.runFor(20)
  const layer = page.getByTestId('token-layer')
  await expect(layer).toHaveAttribute('data-tokens', '1')
  // Where the one token is: the centre of the layer's painted pixels (the layer is transparent elsewhere).
  const at = await paintedCentre(layer, 128)
  expect(at).not.toBeNull()
  const sheet = page.getByRole('complementary', { name: 'Statechart of e1' })
  await expect(sheet).toHaveCount(0)
  // A click beside the token selects nothing.
  await page.mouse.click(at!.x + 40, at!.y + 40)
  await expect(sheet).toHaveCount(0)
  await page.mouse.click(at!.x, at!.y)
  await expect(sheet).toBeVisible()
  await shot(page, 's3-token-clicked')
})

test('an event waiting for its retry is parked on the function with a timer ring; clicking it opens its statechart (§2.1)', async ({
  page,
}) => {
  await openExample(page, 's3-dlq')
  const slider = page.getByRole('slider', { name: 'Position in the run' })
  const layer = page.getByTestId('token-layer')
  // T+30 s: the first attempt failed at ≈T+2 s; the next is ≈1 min later. Nothing flies; one event is parked.
  await slider.fill('30000')
  await page.clock.runFor(20)
  await expect(layer).toHaveAttribute('data-parked', '1')
  await expect(layer).toHaveAttribute('data-tokens', '1')
  await expect(chip(page, 'thumbnailer', '1 waiting to retry')).toBeVisible()
  // It sits on the function it waits for: over the node's top-left corner, not on a wire or a node of its own
  // (read until it holds: the view may still be fitting when the token is first painted).
  let at = null as { x: number; y: number } | null
  await expect(async () => {
    at = await paintedCentre(layer, 200)
    expect(at).not.toBeNull()
    const fn = await boxOf(page.locator('.react-flow__node[data-id="thumbnailer"]'))
    expect(at!.x).toBeGreaterThan(fn.x)
    expect(at!.x).toBeLessThan(fn.x + fn.width / 2)
    expect(at!.y).toBeLessThan(fn.y)
    expect(at!.y).toBeGreaterThan(fn.y - 20)
  }).toPass({ timeout: 15_000 })
  const sheet = page.getByRole('complementary', { name: 'Statechart of e1' })
  await expect(sheet).toHaveCount(0)
  await page.mouse.click(at!.x, at!.y)
  await expect(sheet).toBeVisible()
  await shot(page, 's3-parked-clicked')
  // Still parked in the second, 2-minute wait; gone once the third attempt has run.
  await slider.fill('120000')
  await page.clock.runFor(20)
  await expect(layer).toHaveAttribute('data-parked', '1')
  await slider.fill('200000')
  await page.clock.runFor(20)
  await expect(layer).toHaveAttribute('data-parked', '0')
})
