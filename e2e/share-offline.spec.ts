import { expect, test } from './fixtures.ts'

test('the app loads offline after a first visit (service worker precache), and is installable', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  await page.goto('/?example=s3-dlq')
  await expect(page.locator('.react-flow__node')).toHaveCount(3)
  // The worker has installed (precached the build) and controls the page after a reload.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
    .toBe(true)
  const manifest = await page.evaluate(async () =>
    (await fetch(document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href)).json(),
  )
  expect(manifest.display).toBe('standalone')
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['any', '192x192', '512x512'])

  await context.setOffline(true)
  await page.reload()
  await expect(page.locator('.react-flow__node')).toHaveCount(3, { timeout: 30_000 })
  await page.goto('/embed.html?example=kinesis-poison')
  await expect(page.locator('.react-flow__node')).toHaveCount(3, { timeout: 30_000 })
  await context.setOffline(false)
})
