/** #19: axe over a comparison — both panes, the diff strip and the bar — in light and dark, English and Japanese. */
import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'
import { openExample } from './playback-helpers.ts'

test.describe.configure({ timeout: 300_000 })

for (const theme of ['light', 'dark'] as const)
  for (const lang of ['en', 'ja'] as const)
    test(`a comparison has no axe violations (${theme}, ${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 })
      await openExample(page, 'kinesis-poison')
      await page.getByRole('slider', { name: /Position in the run/ }).fill('30000')
      await page.getByRole('button', { name: 'What if…?' }).click()
      await page.getByRole('menuitem', { name: /Fork at/ }).click()
      if (theme === 'dark') await page.getByRole('button', { name: 'Dark theme' }).click()
      if (lang === 'ja') await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.getByTestId('diff-strip')).toBeVisible()
      await expect(page.getByTestId('pane-original').locator('.react-flow__node')).toHaveCount(3)
      // The original pane has an input too (its own injection notice is part of what is checked).
      await page
        .getByTestId('pane-original')
        .locator('.react-flow__node[data-id="aggregator"]')
        .click({ button: 'right' })
      await page.getByRole('menu').getByRole('menuitem').first().click()
      await expect(page.getByRole('menu')).toHaveCount(0)
      // Two canvases on one page: no id twice (an aria-describedby or a marker url() would point into the other).
      const twice = await page.evaluate(() => {
        const seen = new Map<string, number>()
        for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1)
        return [...seen].filter(([, n]) => n > 1).map(([id]) => id)
      })
      expect(twice).toEqual([])
      const axe = await new AxeBuilder({ page }).include('.compare-split').analyze()
      expect(
        axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([])
      await page.screenshot({ path: test.info().outputPath(`compare-axe-${theme}-${lang}.png`) })
    })
