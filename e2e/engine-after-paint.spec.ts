import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'

/**
 * #16: the editor's first frame is the canvas without the simulator. The run's code (`runEngine` chunk) is fetched
 * after that frame is painted; until it lands the run is pending (the playback bar says so), then the chips, tokens
 * and transport arrive. The chunk is held back here until the canvas has been checked.
 */
async function holdEngine(page: Page) {
  let release = () => {}
  const gate = new Promise<void>((r) => (release = r))
  let requested = false
  await page.route(/\/assets\/runEngine-[^/]*\.js$/, async (route) => {
    requested = true
    await gate
    await route.continue()
  })
  return { release, requested: () => requested }
}

/** When the first canvas node was in the DOM, and when each script was requested (the page's own clock). */
async function recordFirstNode(page: Page) {
  await page.addInitScript({
    content: `new MutationObserver((_m, obs) => {
      if (document.querySelector('.react-flow__node')) {
        window.__firstNodeMs = performance.now()
        obs.disconnect()
      }
    }).observe(document, { childList: true, subtree: true })`,
  })
}

test.describe('the run arrives after the first frame (#16)', () => {
  test('the canvas is drawn while the engine is held back; the run, its transport and chips arrive after', async ({
    page,
  }) => {
    await recordFirstNode(page)
    const engine = await holdEngine(page)
    await openApp(page, { example: 's3-dlq' })
    await expect(page.locator('.react-flow__node')).toHaveCount(3)
    for (const name of ['uploads bucket', 'thumbnailer', 'DLQ'])
      await expect(page.locator('.react-flow__node', { hasText: name }).first()).toBeVisible()
    // Pending, said as a worker run says it: nothing to play yet, no chips, no tokens.
    await expect.poll(engine.requested).toBe(true)
    await expect(page.getByTestId('play')).toBeDisabled()
    await expect(page.locator('#transport-blocked')).toHaveText('Simulating…')
    // Said once, on the transport: no progress box (that is for a long run in the worker).
    await expect(page.getByTestId('run-status')).toHaveCount(0)
    await expect(page.locator('.runtime-overlay')).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('pending-1280.png') })

    // The engine was asked for after the first node was drawn, not before.
    const order = (await page.evaluate(
      `[window.__firstNodeMs, performance.getEntriesByType('resource').find((e) => /runEngine-/.test(e.name))?.startTime ?? null]`,
    )) as [number, number | null]
    expect(order[0]).toBeGreaterThan(0)
    if (order[1] !== null) expect(order[1]).toBeGreaterThan(order[0])

    engine.release()
    await expect(page.getByTestId('play')).toBeEnabled()
    await expect(page.locator('#transport-blocked')).toHaveCount(0)
    await expect(page.getByTestId('token-layer')).toHaveCount(1)
    await page.getByTestId('play').click()
    // s3-dlq: the failing function soon shows what it is doing (environments, errors, retries).
    await expect(page.locator('[data-testid="runtime-thumbnailer"] .runtime-chip').first()).toBeVisible()
  })

  test('an engine that cannot be fetched is said on the playback bar; the next change fetches it again', async ({
    page,
  }) => {
    let fail = true
    await page.route(/\/assets\/runEngine-[^/]*\.js$/, (route) => (fail ? route.abort() : route.continue()))
    await openApp(page, { example: 's3-dlq' })
    await expect(page.locator('.react-flow__node')).toHaveCount(3)
    await expect(page.getByTestId('play')).toBeDisabled()
    await expect(page.locator('#transport-blocked')).toHaveText(/simulator could not be loaded/)
    fail = false
    // Any change asks for it again (here: the document's title).
    await page.getByRole('textbox', { name: 'Title' }).fill('Retried')
    await expect(page.getByTestId('play')).toBeEnabled()
    await expect(page.locator('#transport-blocked')).toHaveCount(0)
  })
})
