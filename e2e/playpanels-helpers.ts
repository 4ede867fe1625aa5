import { expect, type Page } from '@playwright/test'

/** Helpers for the trace-panel specs: open a bundled example on Playwright's clock and drive the transport. */
export async function openExample(page: Page, name: string, params: Record<string, string> = {}) {
  await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') })
  const q = new URLSearchParams({ example: name, ...params }).toString()
  await page.goto(`/?${q}`)
  await expect(page.locator('.react-flow')).toBeVisible()
}

export const drawer = (page: Page) => page.getByRole('region', { name: /Trace panels|トレースパネル/ })
export const logLines = (page: Page) => drawer(page).locator('.event-log__row')

/** Seek with the scrub bar, as a user dragging it would (sim ms). */
export async function seekTo(page: Page, ms: number) {
  await page.getByRole('slider', { name: /Position in the run|実行中の位置|位置/ }).fill(String(ms))
}

export async function setSpeedMax(page: Page) {
  const speed = page.getByRole('slider', { name: /Playback speed|再生速度|速度/ })
  await speed.focus()
  await page.keyboard.press('End')
}

/** axe over the trace drawer only (serious and critical findings fail). */
export async function expectDrawerAxeClean(page: Page) {
  const { AxeBuilder } = await import('@axe-core/playwright')
  const axe = await new AxeBuilder({ page }).include('.trace-drawer').analyze()
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}
