import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { chip, openExample, playUntil, shot } from './playback-helpers.ts'

test.describe.configure({ timeout: 90_000 })

const ageOf = async (page: Page) => {
  const text = (await chip(page, 'clicks', /Iterator age/).textContent()) ?? ''
  return Number(/(\d+) s/.exec(text)?.[1] ?? Number.NaN)
}

test('a poison record blocks one shard while the others advance; its iterator age climbs (§3.2, G17)', async ({
  page,
}) => {
  await openExample(page, 'kinesis-poison')
  await page.getByRole('slider', { name: 'Playback speed' }).fill('1') // 10×
  await page.getByTestId('play').click()
  await playUntil(page, () => chip(page, 'clicks', 'Blocked shards: 1').isVisible(), 20_000)
  await playUntil(page, () => chip(page, 'clicks', /Iterator age/).isVisible(), 10_000)
  const first = await ageOf(page)
  // the other shards keep sending batches to the function meanwhile
  await playUntil(
    page,
    async () => Number(await page.getByTestId('token-layer').getAttribute('data-tokens')) > 0,
    5000,
    50,
  )
  await page.clock.runFor(3000) // 30 s of stream time
  await expect(chip(page, 'clicks', 'Blocked shards: 1')).toBeVisible()
  const later = await ageOf(page)
  expect(later - first).toBeGreaterThanOrEqual(25)
  await shot(page, 'kinesis-blocked')
  await expect(page.locator('.transport__health--blocked').first()).toBeVisible()
})
