import { AxeBuilder } from '@axe-core/playwright'
import { expect, openApp, test } from './fixtures.ts'
import { expectBoxes } from './geometry.ts'

const combos = [
  { lang: 'en', theme: 'light', heading: 'Lambdascope', canvas: 'Architecture canvas', play: 'Play' },
  { lang: 'en', theme: 'dark', heading: 'Lambdascope', canvas: 'Architecture canvas', play: 'Play' },
  { lang: 'ja', theme: 'light', heading: 'Lambdascope', canvas: 'アーキテクチャ キャンバス', play: '再生' },
  { lang: 'ja', theme: 'dark', heading: 'Lambdascope', canvas: 'アーキテクチャ キャンバス', play: '再生' },
] as const

for (const c of combos) {
  test(`shell renders in ${c.lang}, ${c.theme} theme, and passes axe`, async ({ page, foreignRequests }) => {
    await openApp(page, { lang: c.lang, theme: c.theme })
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang)
    await expect(page.locator('html')).toHaveAttribute('data-theme', c.theme)
    await expect(page.getByRole('heading', { level: 1, name: c.heading })).toBeVisible()
    await expect(page.getByRole('region', { name: c.canvas })).toBeVisible()
    await expect(page.getByRole('button', { name: c.play })).toBeDisabled()
    // React Flow's controls and minimap are there, with translated labels.
    await expect(page.locator('.react-flow__controls')).toBeVisible()
    await expect(page.locator('.react-flow__minimap')).toBeVisible()
    await page.screenshot({ path: test.info().outputPath(`shell-${c.lang}-${c.theme}.png`) })

    const axe = await new AxeBuilder({ page }).analyze()
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
    expect(foreignRequests).toEqual([])
  })
}

test('the theme and language switches work from the keyboard and are remembered', async ({ page, foreignRequests }) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await page.getByRole('button', { name: 'Dark theme' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
  await expect(page.getByRole('region', { name: 'アーキテクチャ キャンバス' })).toBeVisible()
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  expect(foreignRequests).toEqual([])
})

test('embed size (600×400): the canvas keeps the room', async ({ page, foreignRequests }) => {
  await page.setViewportSize({ width: 600, height: 400 })
  await openApp(page, { lang: 'en', theme: 'light' })
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeHidden()
  await expectBoxes([page.getByRole('region', { name: 'Architecture canvas' })], ([box]) => {
    expect(box!.width).toBe(600)
    expect(box!.height).toBeGreaterThan(290)
  })
  await page.screenshot({ path: test.info().outputPath('shell-embed-600x400.png') })
  expect(foreignRequests).toEqual([])
})

test('React Flow controls speak the chosen language after a switch', async ({ page, foreignRequests }) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
  await expect(page.getByRole('button', { name: '拡大' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0)
  expect(foreignRequests).toEqual([])
})
