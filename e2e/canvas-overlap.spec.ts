import { readdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { shot } from './playback-helpers.ts'

test.describe.configure({ timeout: 240_000 })

/**
 * What floats over the canvas (#15 polish): the caption strip, its toggle, the zoom controls, the minimap and the
 * toolbar never overlap one another; no node, runtime chip, node badge or wire label sits under any of them (the
 * opening fit keeps the caption strip's band free); and no wire label covers a chip. Every bundled example, in the app
 * at 1440×900 and 600×400 and in a 480×270 embed. Before the fix the opening fit ignored the strip (at 600×400 it
 * covered the second row of sqs-provisioned, kinesis-poison, fifo-redrive…) and vpc-2018's "access" label sat on the
 * "ENI attach" chip.
 */
async function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = (sel: string) =>
      [...document.querySelectorAll(sel)]
        .filter((e) => getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden')
        .map((e) => ({
          what: `${sel} “${(e.getAttribute('data-id') ?? e.textContent ?? '').trim().slice(0, 24)}”`,
          r: e.getBoundingClientRect(),
        }))
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
    const labels = boxes('.role-edge__label')
    const chips = boxes('.runtime-chip')
    const content = [...boxes('.react-flow__node'), ...chips, ...boxes('.service-node__badge'), ...labels]
    const out: string[] = []
    chrome.forEach((a, i) => chrome.slice(i + 1).forEach((b) => hit(a.r, b.r) && out.push(`${a.what} × ${b.what}`)))
    for (const a of chrome) for (const b of content) if (hit(a.r, b.r)) out.push(`${a.what} × ${b.what}`)
    for (const a of labels) for (const b of chips) if (hit(a.r, b.r)) out.push(`${a.what} × ${b.what}`)
    return out
  })
}

const EXAMPLES = readdirSync(new URL('../examples/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort()

const SIZES = [
  { width: 1440, height: 900, embed: false },
  { width: 600, height: 400, embed: false },
  { width: 480, height: 270, embed: true },
] as const

test('every bundled example is checked', () => {
  expect(EXAMPLES.length).toBeGreaterThanOrEqual(12)
})

for (const size of SIZES) {
  for (const example of EXAMPLES) {
    const where = `${size.embed ? 'embed ' : ''}${size.width}×${size.height}`
    test(`${example}, ${where}: nothing under the caption, controls or minimap; labels clear of chips`, async ({
      page,
    }) => {
      await page.setViewportSize(size)
      await page.clock.install({ time: new Date('2026-01-05T09:00:00Z') })
      if (size.embed) {
        await page.goto(`/embed.html?example=${example}`)
        await expect(page.locator('.react-flow')).toBeVisible()
      } else await openApp(page, { example })
      // A big example's run takes a while to compute on a loaded machine before Play is offered.
      await expect(page.getByTestId('play')).toBeEnabled({ timeout: 60_000 })
      await page.getByTestId('play').click()
      // The strip narrates (and grows) once transitions come; a few seconds more put the chips on the nodes.
      await expect(async () => {
        await page.clock.runFor(500)
        await expect(page.locator('.caption__time').first()).toBeVisible({ timeout: 100 })
      }).toPass({ timeout: 60_000 })
      await page.clock.runFor(3000)
      await page.getByTestId('play').click()
      await expect.poll(() => overlaps(page), { intervals: [100, 250, 500], timeout: 15_000 }).toEqual([])
      await shot(page, `overlap-${example}-${size.width}`)
    })
  }
}

test('a lesson in a 600×400 window: the diagram stands beside the player, not under it', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 })
  await page.clock.install({ time: new Date('2026-01-05T09:00:00Z') })
  await openApp(page)
  await page.getByTestId('header-learn').click()
  await page.getByRole('button', { name: /Start.*Errors in asynchronous calls/ }).click()
  const player = page.getByTestId('lesson-player')
  await expect(player).toBeVisible()
  // Back and Continue stay in reach while the step's text scrolls.
  await expect(player.getByRole('button', { name: 'Continue' })).toBeInViewport()
  const problems = () =>
    page.evaluate(() => {
      const p = document.querySelector('.lesson-player')!.getBoundingClientRect()
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect()
      return [...document.querySelectorAll('.react-flow__node')].flatMap((n) => {
        const r = n.getBoundingClientRect()
        const id = n.getAttribute('data-id')
        const out: string[] = []
        if (r.left < p.right && p.left < r.right && r.top < p.bottom && p.top < r.bottom)
          out.push(`${id} under the player`)
        if (r.left < pane.left || r.right > pane.right || r.top < pane.top || r.bottom > pane.bottom)
          out.push(`${id} outside the pane`)
        return out
      })
    })
  await expect.poll(problems, { intervals: [100, 250, 500], timeout: 15_000 }).toEqual([])
  await shot(page, 'overlap-lesson-600')
})
