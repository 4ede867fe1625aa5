import { expect, type Locator, type Page } from '@playwright/test'

/** Helpers for the canvas specs: act as a user would (drag from the palette, drag between handles). */
export const canvasOf = (page: Page) => page.locator('.react-flow')
/**
 * Edge paths with every number rounded to 1/100 px: measured and declared handle boxes differ by float noise (1e-5 px).
 */
export const rounded = (paths: (string | null)[] | undefined) =>
  paths?.map((d) => d?.replace(/-?\d+\.?\d*/g, (n) => String(Math.round(Number(n) * 100) / 100)))
export const nodeOf = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`)

export async function dragFromPalette(page: Page, name: string, to: { x: number; y: number }) {
  const item = page.getByRole('button', { name: `Add ${name}`, exact: true }).first()
  await item.dragTo(canvasOf(page), { targetPosition: to })
}

async function centerOf(l: Locator) {
  const b = await l.boundingBox()
  if (!b) throw new Error('not visible')
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 }
}

/** Press on the node's right (sending) handle and let go over the other node. */
export async function wire(page: Page, fromId: string, toId: string) {
  const from = await centerOf(nodeOf(page, fromId).locator('.react-flow__handle.source'))
  const to = await centerOf(nodeOf(page, toId))
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 })
  await page.mouse.move(to.x, to.y, { steps: 4 })
  await page.mouse.up()
}

export async function expectNoSeriousAxeViolations(page: Page) {
  const { AxeBuilder } = await import('@axe-core/playwright')
  const axe = await new AxeBuilder({ page }).analyze()
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

/** Press Tab until `matches` holds for the focused element (a user tabbing through the page). */
export async function tabUntil(
  page: Page,
  matches: (el: { text: string; label: string; id: string }) => boolean,
  max = 60,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null
      return {
        text: a?.textContent ?? '',
        label: a?.getAttribute('aria-label') ?? '',
        id: a?.getAttribute('data-id') ?? '',
      }
    })
    if (matches(el)) return
  }
  throw new Error('focus never reached the element')
}
