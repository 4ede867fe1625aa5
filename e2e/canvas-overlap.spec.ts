import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { shot } from './playback-helpers.ts'

test.describe.configure({ timeout: 240_000 })

/**
 * What floats over the canvas (#15 polish): the caption strip, its toggle, the zoom controls, the minimap and the
 * toolbar never overlap one another, and no wire label, node badge or runtime chip sits under the controls, the
 * minimap or the toolbar. Before the fix the caption strip at ≤ 760 px ran from the left edge over the zoom controls
 * in every example.
 */
async function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = (sel: string) =>
      [...document.querySelectorAll(sel)]
        .filter((e) => getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden')
        .map((e) => ({ what: `${sel} “${(e.textContent ?? '').trim().slice(0, 24)}”`, r: e.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0 && b.r.height > 0)
    const hit = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1
    const chrome = [
      '.caption',
      '.caption-toggle',
      '.react-flow__controls',
      '.react-flow__minimap',
      '.canvas-toolbar',
    ].flatMap(boxes)
    const content = ['.role-edge__label', '.service-node__badge', '.runtime-chip'].flatMap(boxes)
    const out: string[] = []
    chrome.forEach((a, i) => chrome.slice(i + 1).forEach((b) => hit(a.r, b.r) && out.push(`${a.what} × ${b.what}`)))
    for (const a of chrome.filter((c) => !c.what.startsWith('.caption')))
      for (const b of content) if (hit(a.r, b.r)) out.push(`${a.what} × ${b.what}`)
    return out
  })
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 600, height: 400 },
]) {
  for (const example of ['s3-dlq', 'sqs-provisioned', 'kinesis-poison']) {
    test(`${example} at ${size.width}×${size.height}: caption, controls, minimap and chips do not overlap`, async ({
      page,
    }) => {
      await page.setViewportSize(size)
      await page.clock.install({ time: new Date('2026-01-05T09:00:00Z') })
      await openApp(page, { example })
      // A big example's run takes a while to compute on a loaded machine before Play is offered.
      await expect(page.getByTestId('play')).toBeEnabled({ timeout: 60_000 })
      await page.getByTestId('play').click()
      // The strip narrates (and grows) once transitions come: check it then, layout settled by polling.
      await expect(async () => {
        await page.clock.runFor(500)
        await expect(page.locator('.caption__time').first()).toBeVisible({ timeout: 100 })
      }).toPass({ timeout: 60_000 })
      await expect.poll(() => overlaps(page), { intervals: [100, 250, 500], timeout: 15_000 }).toEqual([])
      await shot(page, `overlap-${example}-${size.width}`)
    })
  }
}
