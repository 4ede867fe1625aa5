import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { rounded } from './canvas-helpers.ts'

/**
 * Watches the canvas from the first byte: every time the DOM changes, whether nodes and edges are there, the
 * viewport's transform, and how many role labels were ever made.
 */
async function watchOpening(page: Page) {
  await page.addInitScript(`(() => {
    const seen = { firstWithNodes: null, labelsMade: 0 }
    window.__opening = seen
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n.nodeType === 1) seen.labelsMade += (n.matches('.role-edge__label') ? 1 : 0) + n.querySelectorAll('.role-edge__label').length
      if (seen.firstWithNodes) return
      const nodes = document.querySelectorAll('.react-flow__node').length
      if (nodes === 0) return
      seen.firstWithNodes = {
        nodes,
        edges: document.querySelectorAll('.react-flow__edge').length,
        transform: document.querySelector('.react-flow__viewport')?.style.transform ?? '',
        paths: [...document.querySelectorAll('.react-flow__edge-path')].map((p) => p.getAttribute('d')),
      }
    }).observe(document, { subtree: true, childList: true })
  })()`)
}

interface Opening {
  firstWithNodes: { nodes: number; edges: number; transform: string; paths: (string | null)[] } | null
  labelsMade: number
}
const opening = (page: Page) => page.evaluate(() => (window as unknown as { __opening: Opening }).__opening)
const transformNow = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform)
const pathsNow = (page: Page) =>
  page.locator('.react-flow__edge-path').evaluateAll((els) => els.map((p) => p.getAttribute('d')))
/** Path coordinates to 1/100 px: React Flow's measured handle boxes carry float noise (189.0003 for 189). */

test('an example opens in one pass: nodes and edges together, already fitted, role labels shown', async ({
  page,
  foreignRequests,
}) => {
  await watchOpening(page)
  await openApp(page, { example: 's3-dlq', lang: 'en', theme: 'light' })
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  await expect(page.locator('.role-edge__label')).toHaveCount(2)
  const seen = await opening(page)
  // The very first DOM with nodes has the edges too, and the fitted viewport it keeps (no frame at zoom 1 first).
  // Edges first drawn from the declared handle boxes stay where React Flow's measurement of the handles puts them.
  const { paths, ...first } = seen.firstWithNodes ?? { paths: [] }
  expect(first).toEqual({ nodes: 3, edges: 2, transform: await transformNow(page) })
  expect(rounded(paths)).toEqual(rounded(await pathsNow(page)))
  expect(await transformNow(page)).not.toContain('scale(1)')
  expect(foreignRequests).toEqual([])
})

test('the 200-node benchmark opens fitted in one pass, and never makes the role labels its zoom hides', async ({
  page,
  foreignRequests,
}) => {
  await watchOpening(page)
  await openApp(page, { bench: 'canvas200', lang: 'en', theme: 'light' })
  await expect(page.locator('.react-flow__node')).toHaveCount(200)
  const seen = await opening(page)
  expect(seen.firstWithNodes?.nodes).toBe(200)
  expect(seen.firstWithNodes?.edges).toBe(300)
  expect(seen.firstWithNodes?.transform).toBe(await transformNow(page))
  expect(rounded(seen.firstWithNodes?.paths)).toEqual(rounded(await pathsNow(page)))
  expect(seen.labelsMade).toBe(0)
  expect(foreignRequests).toEqual([])
})
