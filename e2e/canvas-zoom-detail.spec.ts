import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'

const edgePaths = (page: Page) =>
  page.locator('.react-flow__edge-path').evaluateAll((els) => els.map((e) => e.getAttribute('d')))
const zoomIn = (page: Page) => page.getByRole('button', { name: 'Zoom In' })

test('zoomed far out, nodes drop what is too small to see; zooming in brings it back, and edges never move', async ({
  page,
  foreignRequests,
}) => {
  await openApp(page, { bench: 'canvas200', lang: 'en', theme: 'light' })
  const node = page.locator('.react-flow__node[data-id="fnA-7"]')
  await expect(node).toBeVisible()
  const flow = page.getByTestId('flow-canvas')
  // The fitted 200-node canvas is at ≈ 0.22: service name, badge, icon glyph and handles are specks there.
  await expect(flow).toHaveClass(/flow--far/)
  await expect(flow).toHaveClass(/flow--zoomed-out/)
  await expect(node.locator('.service-node__type')).toBeHidden()
  await expect(node.locator('.service-icon')).toBeHidden()
  await expect(node.locator('.react-flow__handle').first()).toHaveCSS('visibility', 'hidden')
  // The label and the node's name for screen readers stay.
  await expect(node.locator('.service-node__label')).toBeVisible()
  await expect(node).toHaveAttribute('aria-label', /^fnA-7, Lambda function/)
  const farEdges = await edgePaths(page)

  // Zoom in past 0.3: glyph and handles are back; past 0.45 the service name and badge too.
  while ((await flow.getAttribute('class'))?.includes('flow--far')) await zoomIn(page).click()
  await expect(node.locator('.service-icon')).toBeVisible()
  await expect(node.locator('.react-flow__handle').first()).toHaveCSS('visibility', 'visible')
  while ((await flow.getAttribute('class'))?.includes('flow--zoomed-out')) await zoomIn(page).click()
  await expect(node.locator('.service-node__type')).toBeVisible()
  await expect(node.locator('.service-node__badge')).toHaveCount(0) // a function has no badge…
  await expect(page.locator('.react-flow__node[data-id="src-7"] .service-node__badge')).toBeVisible() // …its source has
  // Hidden handles kept their place: every edge starts and ends where it did.
  expect(await edgePaths(page)).toEqual(farEdges)
  expect(foreignRequests).toEqual([])
})
