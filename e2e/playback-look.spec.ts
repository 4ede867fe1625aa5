import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'
import { openExample, shot } from './playback-helpers.ts'

test.describe.configure({ timeout: 150_000 })

const looks = [
  { name: 'desktop-light', theme: 'light', lang: 'en', size: { width: 1280, height: 720 } },
  { name: 'desktop-dark', theme: 'dark', lang: 'ja', size: { width: 1280, height: 720 } },
  { name: 'embed-light', theme: 'light', lang: 'en', size: { width: 600, height: 400 } },
  { name: 'embed-dark', theme: 'dark', lang: 'en', size: { width: 600, height: 400 } },
] as const

for (const look of looks) {
  test(`playback looks right and passes axe: ${look.name} (${look.lang})`, async ({ page }) => {
    await page.setViewportSize(look.size)
    await openExample(page, 's3-dlq', { theme: look.theme, lang: look.lang })
    // mid-run: the event has failed twice and waits for attempt 3; the scrub bar shows both failures
    await page.getByTestId('scrub').locator('input').fill('100000')
    await page.clock.runFor(50)
    await expect(page.getByTestId('runtime-thumbnailer')).toBeVisible()
    const transport = page.getByRole('region', { name: look.lang === 'ja' ? '再生' : 'Playback' })
    await expect(transport).toBeVisible()
    // nothing in the transport overflows its row
    const overflow = await transport.evaluate((el) => el.scrollWidth - el.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await shot(page, `look-${look.name}`)
    // the header's language select loses its visible label below 760 px (foundation, reported): checked elsewhere
    const axe = await new AxeBuilder({ page }).exclude('header').analyze()
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
  })
}
