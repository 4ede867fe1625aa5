import { expect, test } from './fixtures.ts'

test.describe('embeds, the SDK and the demo docs page (#16)', () => {
  test.describe.configure({ timeout: 120_000 })

  test('the demo page shows both embeds; its buttons drive one through the SDK', async ({ page, foreignRequests }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/demo.html')
    const sdkFrame = page.frameLocator('#sdk-embed iframe')
    const elementFrame = page.frameLocator('lambdascope-embed iframe')
    // Two iframes load the embed at once: on a busy machine that takes a while (the state line below waits as long).
    await expect(sdkFrame.locator('.react-flow__node')).toHaveCount(3, { timeout: 30_000 })
    await expect(elementFrame.getByRole('heading', { name: /Kinesis poison record/ })).toBeVisible()
    await expect(page.locator('#sdk-embed iframe')).toHaveAttribute('title', /an S3 upload/)
    const state = page.locator('#sdk-state')
    await expect(state).toContainText('idle at 0.0 s', { timeout: 30_000 })

    await page.getByRole('button', { name: 'Jump to 1 min' }).click()
    await expect(state).toContainText('at 60.0 s')
    await expect(sdkFrame.getByTestId('sim-clock')).toHaveText(/T\+00:01:00\.000/)
    await page.getByRole('button', { name: 'Play', exact: true }).click()
    await expect(state).toContainText('playing')
    await page.getByRole('button', { name: 'Pause', exact: true }).click()
    await expect(state).toContainText('paused')
    await page.getByRole('button', { name: '日本語' }).click()
    await expect(sdkFrame.getByRole('link', { name: /Lambdascope で開く/ })).toBeVisible()
    await page.getByRole('button', { name: 'Load the SQS redrive scenario' }).click()
    await expect(state).toContainText('SQS queue with a redrive policy')
    await expect(sdkFrame.locator('.react-flow__node')).toHaveCount(2)
    await page.screenshot({ path: test.info().outputPath('demo-page.png'), fullPage: true })
    expect(foreignRequests).toEqual([])
  })

  test('XSS in a postMessage load stays text; malformed and foreign messages are answered or ignored', async ({
    page,
  }) => {
    await page.goto('/demo.html')
    const frame = page.frameLocator('#sdk-embed iframe')
    await expect(page.locator('#sdk-state')).toContainText('idle', { timeout: 30_000 })
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    const payload = '<img src=x onerror="window.top.__xss=1">'
    await page.evaluate((title) => {
      const iframe = document.querySelector<HTMLIFrameElement>('#sdk-embed iframe')!
      const scenario = {
        format: 'lambdascope/scenario@1',
        title,
        era: 'current',
        seed: 1,
        durationMs: 60000,
        nodes: [{ id: 'fn', type: 'lambda', label: title, position: { x: 0, y: 0 } }],
        edges: [],
        traffic: [],
        faults: [],
      }
      iframe.contentWindow!.postMessage({ source: 'lambdascope', v: 1, type: 'load', scenario }, '*')
    }, payload)
    await expect(frame.getByRole('heading', { name: payload })).toBeVisible()
    await page.evaluate(() => {
      const iframe = document.querySelector<HTMLIFrameElement>('#sdk-embed iframe')!
      iframe.contentWindow!.postMessage({ source: 'someone-else', type: 'play' }, '*')
      iframe.contentWindow!.postMessage({ source: 'lambdascope', v: 1, type: 'seek', ms: 'soon' }, '*')
    })
    await expect(frame.locator('img[src="x"]')).toHaveCount(0)
    await expect(page.locator('#sdk-state')).toContainText('error in seek')
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    await expect(frame.getByTestId('play')).toHaveText(/Play/) // the foreign "play" was ignored
    expect(dialogs).toBe(0)
  })

  for (const [w, h] of [
    [600, 400],
    [480, 270],
  ] as const)
    for (const theme of ['light', 'dark'] as const)
      for (const lang of ['en', 'ja'] as const)
        test(`embed at ${w}×${h}, ${theme}, ${lang}: the diagram and its controls fit`, async ({ page }) => {
          await page.setViewportSize({ width: w, height: h })
          await page.goto(`/embed.html?example=s3-dlq&theme=${theme}&lang=${lang}&start=62000`)
          await expect(page.locator('.react-flow__node')).toHaveCount(3)
          await expect(page.getByTestId('play')).toBeVisible()
          await expect(
            page.getByRole('link', { name: lang === 'ja' ? /Lambdascope で開く/ : /Open in Lambdascope/ }),
          ).toHaveAttribute('href', /#s=1\./)
          // Every node inside the canvas: nothing cut off or under the controls.
          const canvas = (await page.locator('.embed__canvas').boundingBox())!
          for (const box of await page
            .locator('.react-flow__node')
            .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect)))
            expect(
              box.x >= canvas.x &&
                box.x + box.width <= canvas.x + canvas.width + 1 &&
                box.y >= canvas.y &&
                box.y + box.height <= canvas.y + canvas.height + 1,
            ).toBe(true)
          expect(await page.evaluate(() => localStorage.length)).toBe(0)
          await page.screenshot({ path: test.info().outputPath(`embed-${w}x${h}-${theme}-${lang}.png`) })
        })

  test('click-to-load shows the static picture first; reduced motion does not autoplay', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.setViewportSize({ width: 600, height: 400 })
    await page.goto('/embed.html?example=s3-dlq&load=click&autoplay=1')
    const poster = page.getByRole('img', { name: /Architecture of/ })
    await expect(poster).toBeVisible()
    await expect(page.locator('.react-flow')).toHaveCount(0)
    await page.getByRole('button', { name: 'Load the interactive diagram' }).click()
    await expect(page.locator('.react-flow__node')).toHaveCount(3)
    await expect(page.getByText(/Reduced motion/)).toBeVisible()
    await expect(page.getByTestId('play')).toHaveText(/Play/)
  })
})
