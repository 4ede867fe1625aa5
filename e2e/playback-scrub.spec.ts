import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { openExample, shot, simNow } from './playback-helpers.ts'

test.describe.configure({ timeout: 60_000 })

/** What the canvas shows now: every node's runtime chips, the tokens drawn, and the clock. */
async function picture(page: Page) {
  const chips = await page
    .locator('.runtime-overlay')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-testid')}: ${e.textContent}`))
  return { chips, tokens: await page.getByTestId('token-layer').getAttribute('data-tokens'), clock: await simNow(page) }
}

test('scrubbing back and forward gives the same picture (seek is replay)', async ({ page }) => {
  await openExample(page, 's3-dlq')
  // The token layer and the chips are a chunk of their own, drawn once the run's code has arrived (#16).
  await expect(page.getByTestId('token-layer')).toBeAttached({ timeout: 30_000 })
  const scrub = page.getByRole('slider', { name: 'Position in the run' })
  await scrub.fill('1500')
  await page.clock.runFor(50)
  const early = await picture(page)
  expect(early.tokens).toBe('0')
  expect(early.chips.join('\n')).toMatch(/Busy 1/)
  await scrub.fill('100000')
  await page.clock.runFor(50)
  const middle = await picture(page)
  expect(middle.chips.join('\n')).toMatch(/2 failed/)
  await shot(page, 'scrub-middle')
  await scrub.fill('190000')
  await page.clock.runFor(50)
  expect((await picture(page)).chips.join('\n')).toMatch(/1 in DLQ/)
  // back, then forward again: identical
  await scrub.fill('1500')
  await page.clock.runFor(50)
  expect(await picture(page)).toEqual(early)
  await scrub.fill('100000')
  await page.clock.runFor(50)
  expect(await picture(page)).toEqual(middle)
  // keyboard: step to the next moment with "." and back with ","
  await page.keyboard.press('.') // focus is still on the scrub bar: the step keys work there too
  const next = await simNow(page)
  expect(next).toBeGreaterThan(100_000)
  await page.keyboard.press(',')
  expect(await simNow(page)).toBeLessThan(100_000)
})
