import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

/**
 * #16: the embed's first frame is a static picture of the diagram, drawn without React Flow or the simulator; the
 * interactive canvas (the `live` chunk, fetched after that frame) replaces it at the same place. The live chunk is
 * held back here until the picture has been checked.
 */
async function holdInteractive(page: Page) {
  let release = () => {}
  const gate = new Promise<void>((r) => (release = r))
  await page.route(/\/assets\/live-[^/]*\.js$/, async (route) => {
    await gate
    await route.continue()
  })
  return release
}

const boxes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((e) => {
      const b = e.getBoundingClientRect()
      return [b.x, b.y, b.width, b.height].map(Math.round).join(',')
    }),
  )

test.describe('the embed first frame (#16)', () => {
  test('shows the diagram with readable names, then the interactive canvas takes over at the same place', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 600, height: 400 })
    const release = await holdInteractive(page)
    await page.goto('/embed.html?example=s3-dlq')
    const picture = page.getByRole('img', { name: /Architecture of “S3 upload/ })
    await expect(picture).toBeVisible()
    for (const name of ['uploads bucket', 'thumbnailer', 'DLQ'])
      await expect(picture.locator('[data-node] text', { hasText: name }).first()).toBeVisible()
    await expect(page.getByRole('heading', { name: /S3 upload/ })).toBeVisible()
    await expect(page.getByRole('link', { name: /Open in Lambdascope/ })).toBeVisible()
    await expect(page.getByTestId('first-frame-play')).toBeVisible()
    await expect(page.locator('.react-flow')).toHaveCount(0)
    const drawn = await boxes(page, '.embed-first-frame [data-node] > rect:first-child')
    expect(drawn).toHaveLength(3)
    await page.screenshot({ path: test.info().outputPath('first-frame-600x400.png') })

    release()
    await expect(page.locator('.react-flow__node')).toHaveCount(3)
    await expect(page.locator('.embed-first-frame')).toHaveCount(0)
    // Same fit: each node is where the picture drew it (order: the document's).
    await expect.poll(() => boxes(page, '.react-flow__node')).toEqual(drawn)
  })

  test('Play pressed in the first frame plays once the canvas is there; load=click waits for the click', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 480, height: 270 })
    const release = await holdInteractive(page)
    await page.goto('/embed.html?example=kinesis-poison&theme=dark&lang=ja')
    await expect(page.getByRole('img', { name: /Kinesis poison record/ })).toBeVisible()
    await page.getByTestId('first-frame-play').click()
    release()
    await expect(page.getByTestId('play')).toHaveText(/一時停止/)

    await page.goto('/embed.html?example=s3-dlq&load=click')
    await expect(page.getByRole('img', { name: /Architecture of/ })).toBeVisible()
    await expect(page.getByTestId('first-frame-play')).toHaveCount(0)
    await expect(page.locator('.react-flow')).toHaveCount(0)
    await page.getByRole('button', { name: 'Load the interactive diagram' }).click()
    await expect(page.locator('.react-flow__node')).toHaveCount(3)
  })

  test('the interactive part cannot be fetched: said, the picture stays, and a retry loads it', async ({ page }) => {
    await page.route(/\/assets\/live-[^/]*\.js$/, (route) => route.abort())
    await page.goto('/embed.html?example=s3-dlq')
    await expect(page.getByRole('alert')).toContainText('could not be loaded')
    await expect(page.getByRole('img', { name: /Architecture of/ })).toBeVisible()
    await page.unrouteAll()
    await page.getByRole('button', { name: 'Load the interactive diagram' }).click()
    await expect(page.locator('.react-flow__node')).toHaveCount(3)
  })

  test('a broken link: no picture, then the located error', async ({ page }) => {
    await page.goto('/embed.html#s=1.AAAA')
    await expect(page.getByRole('alert')).toContainText('#s')
    await expect(page.locator('.embed-first-frame')).toHaveCount(0)
  })
})
