import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { ordersScenario } from './panelsHelpers.ts'

/**
 * #16 (open16): the editor's first frame opens an example or the autosave without the validator chunk (zod, the link
 * codec); the autosave is read by the schema after the first paint and set aside, as before, if it fails.
 */
test.describe.configure({ timeout: 90_000 })
// The service worker would answer chunk requests itself, out of page.route's reach.
test.use({ serviceWorkers: 'block' })

const AUTOSAVE_KEY = 'lambdascope:autosave:v1'
const VALIDATOR = /\/assets\/validator-[^/]*\.js$/

/** Holds the validator chunk back until `release()`; says whether it was asked for. */
async function holdValidator(page: Page) {
  let release = () => {}
  const released = new Promise<void>((r) => (release = r))
  const state = { requested: false }
  await page.route(VALIDATOR, async (route) => {
    state.requested = true
    await released
    // A request the page dropped meanwhile (a reload) cannot be continued: nothing to do.
    await route.continue().catch(() => undefined)
  })
  return { state, release }
}

test('an example and the autosave are drawn while the validator chunk is held back', async ({ page }) => {
  const held = await holdValidator(page)
  await openApp(page, { lang: 'en', theme: 'light', example: 's3-dlq' })
  const nodes = await page.locator('.react-flow__node').count()
  expect(nodes).toBeGreaterThan(0)
  // Reload: the example's copy is now the autosave, drawn while the chunk is still held back.
  await page.reload()
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes)
  // The schema reads it after the first paint: autosave waits for that, then saves the edits made meanwhile.
  await expect.poll(() => held.state.requested).toBe(true)
  await page.getByRole('textbox', { name: 'Title' }).fill('Edited before the check')
  held.release()
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', AUTOSAVE_KEY))
    .toContain('Edited before the check')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('an autosave shaped like ours that the schema refuses is set aside after the first frame, as before', async ({
  page,
}) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  const lambdaIndex = ordersScenario.nodes.findIndex((n) => n.type === 'lambda')
  const broken = JSON.stringify({
    v: 1,
    scenario: {
      ...ordersScenario,
      nodes: ordersScenario.nodes.map((n, i) => (i === lambdaIndex ? { ...n, config: { timeoutMs: 5 } } : n)),
    },
  })
  await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [AUTOSAVE_KEY, broken] as const)
  await page.reload()
  const banner = page.getByRole('alert').filter({ hasText: 'could not be loaded' })
  await expect(banner).toBeVisible()
  await expect(banner.getByText(`nodes[${lambdaIndex}].config.timeoutMs`)).toBeVisible()
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('lambdascope:set-aside:'))
      .map((k) => localStorage.getItem(k)),
  )
  expect(kept).toEqual([broken])
  // The empty document a start without it shows, with no undo step back to the refused copy.
  await expect(page.locator('.react-flow__node')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
  await page.screenshot({ path: test.info().outputPath('set-aside-after-paint.png') })
})
