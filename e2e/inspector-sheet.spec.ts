import { expect, openApp, test } from './fixtures.ts'
import { expectNoSeriousAxeViolations, nodeOf } from './canvas-helpers.ts'

test.describe.configure({ timeout: 90_000 })

test('in a 600×400 embed the inspector opens as a sheet from the header, edits a node, and closes back to its toggle', async ({
  page,
  foreignRequests,
}) => {
  await page.setViewportSize({ width: 600, height: 400 })
  await openApp(page, { example: 's3-dlq', lang: 'en', theme: 'light' })
  const inspector = page.getByRole('complementary', { name: 'Inspector' })
  const toggle = page.getByRole('button', { name: 'Settings' })
  await expect(inspector).toBeHidden()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')

  await nodeOf(page, 'thumbnailer').click()
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(inspector.getByRole('heading', { name: 'Lambda function settings' })).toBeVisible()
  // Focus goes into the sheet, on its close button.
  await expect(inspector.getByRole('button', { name: 'Close the inspector' })).toBeFocused()
  const timeout = inspector.getByRole('textbox', { name: /^Timeout/ })
  await timeout.fill('10')
  await expect(timeout).toHaveValue('10')
  // The sheet scrolls as one: what will happen comes after the settings.
  await expect(inspector.getByRole('region', { name: /What will happen/ })).toBeAttached()
  await page.screenshot({ path: test.info().outputPath('inspector-sheet-600x400.png') })
  await expectNoSeriousAxeViolations(page)

  // Escape closes it and focus returns to the toggle; the edit stays (one undo step away).
  await timeout.press('Tab')
  await page.keyboard.press('Escape')
  await expect(inspector).toBeHidden()
  await expect(toggle).toBeFocused()
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
  await toggle.press('Enter')
  await expect(inspector.getByRole('textbox', { name: /^Timeout/ })).toHaveValue('10')
  await inspector.getByRole('button', { name: 'Close the inspector' }).click()
  await expect(inspector).toBeHidden()
  expect(foreignRequests).toEqual([])
})

test('the sheet speaks Japanese, and a wide window has no toggle (the inspector is always there)', async ({
  page,
  foreignRequests,
}) => {
  await page.setViewportSize({ width: 600, height: 400 })
  await openApp(page, { example: 's3-dlq', lang: 'ja', theme: 'dark' })
  await page.getByRole('button', { name: '設定' }).click()
  await expect(page.getByRole('button', { name: 'インスペクターを閉じる' })).toBeFocused()
  await expect(page.getByRole('complementary', { name: 'インスペクター' })).toBeVisible()

  await page.setViewportSize({ width: 1280, height: 720 })
  await expect(page.getByRole('button', { name: '設定' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'インスペクターを閉じる' })).toBeHidden()
  await expect(page.getByRole('complementary', { name: 'インスペクター' })).toBeVisible()
  expect(foreignRequests).toEqual([])
})

test('in a 600×400 embed the palette opens as a sheet from the canvas toolbar; adding a service closes it', async ({
  page,
  foreignRequests,
}) => {
  await page.setViewportSize({ width: 600, height: 400 })
  await openApp(page, { lang: 'en', theme: 'dark' })
  const palette = page.getByRole('complementary', { name: 'Palette' })
  const toggle = page.getByRole('button', { name: 'Add services' })
  await expect(palette).toBeHidden()

  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const search = palette.getByRole('searchbox', { name: 'Search services' })
  await expect(search).toBeFocused()
  await page.screenshot({ path: test.info().outputPath('palette-sheet-600x400.png') })
  await expectNoSeriousAxeViolations(page)
  // Keyboard only: search, Tab to the match, Enter adds it; the sheet closes and focus returns to the toggle.
  await search.fill('lambda')
  await page.keyboard.press('Tab')
  await expect(palette.getByRole('button', { name: 'Add Lambda function', exact: true })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  await expect(toggle).toBeFocused()
  await expect(page.locator('.react-flow__node[data-id="function-1"]')).toBeVisible()

  // Escape closes it too; its close button as well.
  await toggle.press('Enter')
  await expect(search).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(palette).toBeHidden()
  await expect(toggle).toBeFocused()
  await toggle.click()
  await palette.getByRole('button', { name: 'Close the palette' }).click()
  await expect(palette).toBeHidden()

  // Wide: the palette is always there, and the toggle is not drawn.
  await page.setViewportSize({ width: 1280, height: 720 })
  await expect(palette).toBeVisible()
  await expect(toggle).toBeHidden()
  expect(foreignRequests).toEqual([])
})
