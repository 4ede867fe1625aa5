import type { Page } from '@playwright/test'
import { expect as baseExpect, openApp, test } from './fixtures.ts'
import { shot } from './playback-helpers.ts'

test.describe.configure({ timeout: 240_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

/**
 * Presenter mode's stage (#15): the diagram fills the room between the narration strip at the top and the step's
 * caption at the bottom, centred across the canvas, and is covered by neither. Before the fix the fit ran before
 * presenter mode's styles had given the canvas its size: the diagram sat small at the left (1440×900: centre 207 px
 * left of the canvas's) or shrank to a dot (1280×720: zoom 0.1).
 */
async function stageProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rect = (sel: string) => document.querySelector(sel)?.getBoundingClientRect() ?? null
    const pane = rect('.react-flow')
    const caption = rect('.presenter__caption')
    const strip = rect('.caption')
    const nodes = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect())
    if (!pane || !caption || nodes.length === 0) return ['no pane, caption or nodes yet']
    const left = Math.min(...nodes.map((b) => b.left))
    const right = Math.max(...nodes.map((b) => b.right))
    const top = Math.min(...nodes.map((b) => b.top))
    const bottom = Math.max(...nodes.map((b) => b.bottom))
    const roomTop = strip ? strip.bottom : pane.top
    const roomHeight = caption.top - roomTop
    const problems: string[] = []
    const say = (ok: boolean, what: string) => {
      if (!ok) problems.push(`${what} (nodes ${left | 0}–${right | 0} × ${top | 0}–${bottom | 0})`)
    }
    say(pane.width >= window.innerWidth - 1 && pane.height >= window.innerHeight - 1, 'canvas fills the window')
    const off = Math.abs((left + right) / 2 - (pane.left + pane.right) / 2)
    say(off <= pane.width * 0.03, `centred across the canvas: ${off | 0} px off`)
    say(top >= roomTop && bottom <= caption.top, 'clear of the narration strip and the caption')
    const offY = Math.abs((top + bottom) / 2 - (roomTop + caption.top) / 2)
    say(offY <= roomHeight * 0.08, `centred in the room between them: ${offY | 0} px off`)
    const share = Math.max((right - left) / pane.width, (bottom - top) / roomHeight)
    say(share >= 0.6, `fills the stage: ${Math.round(share * 100)} % of it`)
    return problems
  })
}

async function openLesson(page: Page, size: { width: number; height: number }, title: RegExp, lang = 'en') {
  await page.setViewportSize(size)
  await page.clock.install({ time: new Date('2026-01-05T09:00:00Z') })
  await openApp(page, lang === 'en' ? {} : { lang })
  await page.clock.runFor(100)
  await page.getByTestId('header-learn').click()
  await page.getByRole('button', { name: title }).click()
  await page.clock.runFor(100)
}

const stageIsFilled = (page: Page) => expect.poll(() => stageProblems(page), { intervals: [100, 250, 500] }).toEqual([])

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
]) {
  test(`presenter mode ${size.width}×${size.height}: the diagram fills the stage, centred, at every chapter`, async ({
    page,
  }) => {
    await openLesson(page, size, /Start.*Errors in asynchronous calls/)
    await page.getByTestId('lesson-player').getByRole('button', { name: 'Presenter mode' }).click()
    const caption = page.getByTestId('presenter-caption')
    await expect(caption).toContainText('Step 1 of 9')
    await stageIsFilled(page)
    await shot(page, `presenter-stage-${size.width}`)
    // A question's options and the revealed answer make the caption taller: the diagram moves up, still clear.
    await page.keyboard.press('PageDown')
    await expect(caption).toContainText('Step 2 of 9')
    await page.keyboard.press('PageDown')
    await expect(caption).toContainText('The engine’s answer')
    await stageIsFilled(page)
    await shot(page, `presenter-stage-${size.width}-answer`)
    // Type read from the back of a room: the step's text, the chapter line and the narration strip.
    const px = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(await px('.presenter__text')).toBeGreaterThanOrEqual(28)
    expect(await px('.presenter__meta')).toBeGreaterThanOrEqual(18)
    expect(await px('.caption')).toBeGreaterThanOrEqual(18)
    // Leaving gives the editor back its framing; coming back frames the stage again.
    await page.keyboard.press('Escape')
    await expect(page.locator('header.header')).toBeVisible()
    await page.getByTestId('lesson-player').getByRole('button', { name: 'Presenter mode' }).click()
    await stageIsFilled(page)
  })
}

test('presenter mode frames a two-row diagram too, and follows the window when the projector changes it', async ({
  page,
}) => {
  await openLesson(page, { width: 1440, height: 900 }, /Start.*Keep the user fast/)
  await page.getByTestId('lesson-player').getByRole('button', { name: 'Presenter mode' }).click()
  await expect(page.getByTestId('presenter-caption')).toContainText('Step 1 of')
  await stageIsFilled(page)
  await shot(page, 'presenter-stage-writebehind')
  await page.setViewportSize({ width: 1280, height: 720 })
  await stageIsFilled(page)
})

test('presenter mode in Japanese: large type, nothing cut off', async ({ page }) => {
  await openLesson(page, { width: 1440, height: 900 }, /始める.*非同期呼び出しのエラー/, 'ja')
  await page.getByTestId('lesson-player').getByRole('button', { name: 'プレゼンターモード' }).click()
  const caption = page.getByTestId('presenter-caption')
  await expect(caption).toContainText('ステップ 1 / 9')
  await stageIsFilled(page)
  await page.keyboard.press('PageDown')
  await page.keyboard.press('PageDown')
  await expect(caption).toContainText('エンジンの答え')
  await stageIsFilled(page)
  await shot(page, 'presenter-stage-ja')
  // Nothing clipped: each text box shows all it holds, and the caption stays in the window.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('.presenter *, .caption, .caption *')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
          .filter((el) => getComputedStyle(el).overflow !== 'visible' && !el.matches('.visually-hidden'))
          .map((el) => el.className),
      ),
    )
    .toEqual([])
  const box = await caption.boundingBox()
  expect(box!.y + box!.height).toBeLessThanOrEqual(900)
  expect(box!.y).toBeGreaterThan(0)
})
