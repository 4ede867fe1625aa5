import { test as base, expect, type Page, type Request } from '@playwright/test'

/**
 * Every test gets a page that records requests leaving the app's own origin.
 * The app must work offline (training rooms, locked-down docs embeds), so any such request fails the test.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: async ({ page, baseURL }, provide) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin
    const foreign: string[] = []
    const onRequest = (req: Request) => {
      const url = req.url()
      if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return
      if (new URL(url).origin !== origin) foreign.push(url)
    }
    page.on('request', onRequest)
    await provide(foreign)
    page.off('request', onRequest)
    expect(foreign, 'requests outside the app origin').toEqual([])
  },
})

export { expect }

export async function openApp(page: Page, params: Record<string, string> = {}) {
  // A first visit opens the start page over the canvas; other specs come as a returning user (start-page.spec.ts
  // passes `firstVisit` to meet it).
  const { firstVisit, ...rest } = params
  params = rest
  if (firstVisit === undefined)
    await page.addInitScript(() => {
      try {
        localStorage.setItem('lambdascope.start.dismissed.v1', '1')
      } catch {
        // no storage: the start page shows, and the spec will say so
      }
    })
  const query = new URLSearchParams(params).toString()
  await page.goto(`/${query ? `?${query}` : ''}`)
  await expect(page.locator('.react-flow')).toBeVisible()
}
