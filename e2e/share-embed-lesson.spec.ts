import { expect as baseExpect, test } from './fixtures.ts'

// The lesson player and the caption strip are lazy chunks: on a loaded 2-core machine they can take a few seconds.
const expect = baseExpect.configure({ timeout: 20_000 })

/**
 * #16: an embed (and a share link) opens a guided lesson at a step, with its narration; the SDK hears `lessonComplete`
 * when the learner reaches the end; the caption strip is in the embed, also with `controls=none`.
 */
test.describe('lessons and captions in the embed (#16)', () => {
  test.describe.configure({ timeout: 120_000 })

  test('lesson/step opens that step of the lesson, and Open in Lambdascope carries it to the editor', async ({
    page,
    foreignRequests,
  }) => {
    await page.setViewportSize({ width: 600, height: 400 })
    await page.goto('/embed.html?lesson=async-errors&step=2&theme=light')
    const player = page.getByTestId('lesson-player')
    // Step 2 of the async-errors lesson: its question, over the lesson's own diagram (S3 → function → DLQ).
    await expect(player).toHaveAttribute('data-step', 'predictAttempts')
    await expect(player.getByText('Step 2 of 9')).toBeVisible()
    await expect(player.getByRole('radio', { name: 'Three times' })).toBeVisible()
    await expect(page.locator('.react-flow__node')).toHaveCount(3)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Async errors/)
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
    await page.screenshot({ path: test.info().outputPath('embed-lesson-600x400.png') })

    const open = page.getByRole('link', { name: /Open in Lambdascope/ })
    await expect(open).toHaveAttribute('href', /lesson=async-errors&step=2/)
    const href = (await open.getAttribute('href'))!
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto(href)
    await expect(player).toHaveAttribute('data-step', 'predictAttempts')
    await expect(player.getByText('Step 2 of 9')).toBeVisible()
    expect(foreignRequests).toEqual([])
  })

  test('an unknown lesson is ignored: the link’s own diagram shows, no player', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 400 })
    await page.goto('/embed.html?example=s3-dlq&lesson=no-such-lesson&step=3')
    await expect(page.locator('.react-flow__node')).toHaveCount(3)
    await expect(page.getByTestId('play')).toBeVisible()
    await expect(page.getByTestId('lesson-player')).toHaveCount(0)
  })

  test('the SDK hears lessonComplete when the learner reaches the lesson’s end', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/demo.html')
    await page.evaluate(async () => {
      const host = document.createElement('div')
      host.id = 'lesson-host'
      host.style.width = '640px'
      host.style.height = '400px'
      document.body.prepend(host)
      type Sdk = {
        embed: (
          el: HTMLElement,
          o: Record<string, unknown>,
        ) => { on: (e: 'lessonComplete', f: (d: { lesson: string }) => void) => void }
      }
      const sdk = (await import(`${location.origin}/lambdascope-embed.js`)) as Sdk
      const w = window as unknown as { __completed: string[] }
      w.__completed = []
      const handle = sdk.embed(host, { lesson: 'async-errors', step: 8, title: 'Lesson embed' })
      handle.on('lessonComplete', (e) => w.__completed.push(e.lesson))
    })
    const frame = page.frameLocator('#lesson-host iframe')
    const player = frame.getByTestId('lesson-player')
    await expect(player).toHaveAttribute('data-step', 'saveIt')
    expect(await page.evaluate(() => (window as unknown as { __completed: string[] }).__completed)).toEqual([])
    await player.getByRole('button', { name: 'Continue' }).click()
    await expect(player).toHaveAttribute('data-step', 'sandbox')
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __completed: string[] }).__completed))
      .toEqual(['async-errors'])
  })

  for (const [w, h] of [
    [600, 400],
    [480, 270],
  ] as const)
    for (const [theme, lang] of [
      ['light', 'en'],
      ['dark', 'ja'],
    ] as const)
      test(`captions in the embed at ${w}×${h}, ${theme}, ${lang}; controls=none keeps them`, async ({ page }) => {
        await page.setViewportSize({ width: w, height: h })
        await page.goto(`/embed.html?example=s3-dlq&theme=${theme}&lang=${lang}&start=62000`)
        const caption = page.getByTestId('caption-strip')
        // At 62 s the first retry has happened: the strip says so in one sentence, with its rule.
        await expect(caption).toBeVisible()
        await expect(caption.locator('.caption__time')).toHaveText(/T\+/)
        await expect(caption.locator('.rule-ref__mark')).toHaveText(/^§/)
        // Inside the canvas, clear of the playback bar.
        const inside = () =>
          page.evaluate(() => {
            const c = document.querySelector('.embed__canvas')!.getBoundingClientRect()
            const s = document.querySelector('[data-testid="caption-strip"]')!.getBoundingClientRect()
            return s.top >= c.top && s.bottom <= c.bottom + 1 && s.left >= c.left && s.right <= c.right + 1
          })
        await expect.poll(inside).toBe(true)
        await page.screenshot({ path: test.info().outputPath(`embed-caption-${w}x${h}-${theme}-${lang}.png`) })

        // Hidden by the reader: nothing is written to storage (an embed keeps none).
        await caption.getByRole('button', { name: lang === 'ja' ? 'キャプションを隠す' : 'Hide captions' }).click()
        await expect(caption).toHaveCount(0)
        expect(await page.evaluate(() => localStorage.length)).toBe(0)

        await page.goto(`/embed.html?example=s3-dlq&theme=${theme}&lang=${lang}&start=62000&controls=none`)
        await expect(page.getByTestId('caption-strip')).toBeVisible()
        await expect(page.getByTestId('play')).toHaveCount(0)
        await page.screenshot({ path: test.info().outputPath(`embed-caption-none-${w}x${h}-${theme}-${lang}.png`) })
      })
})
