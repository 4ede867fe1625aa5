import { expectNoSeriousAxeViolations } from './canvas-helpers.ts'
import { expect, test } from './fixtures.ts'
import { drawer, expectDrawerAxeClean, openExample, seekTo } from './playpanels-helpers.ts'

test.describe('trace panels: timeline, shard lanes, metrics', () => {
  test.describe.configure({ timeout: 120_000 })

  test('2018 VPC: each new environment shows an ENI attach bar before Init (§7.2, G32)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await openExample(page, 'vpc-2018')
    await seekTo(page, 60_000)
    await drawer(page).getByRole('tab', { name: 'Timeline' }).click()
    const panel = drawer(page).getByRole('tabpanel')
    await expect(panel.getByText('2018: each new environment of a VPC function attached an ENI first.')).toBeVisible()
    const bars = panel.getByRole('listitem', { name: /attempt 1: ENI/ })
    await expect(bars.first()).toHaveAttribute('aria-label', /^e\d+ attempt 1: ENI 10 s, Init 250 ms, handler 2 s$/)
    expect(await bars.count()).toBe(5) // the sixth new environment found no ENI (ENILimitReachedException)
    await page.screenshot({ path: 'test-results/playpanels-timeline-vpc2018.png' })
    await expectNoSeriousAxeViolations(page)
  })

  test('Kinesis poison record: its shard is BLOCKED and the iterator age climbs (§3.2, G17)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await openExample(page, 'kinesis-poison')
    await seekTo(page, 30_000)
    await drawer(page).getByRole('tab', { name: 'Timeline' }).click()
    const blocked = drawer(page).locator('.shards__lane.is-blocked')
    await expect(blocked).toHaveCount(1)
    await expect(blocked.getByText('BLOCKED')).toBeVisible()
    const age = async () => Number(/Iterator age ([\d.]+) s/.exec((await blocked.textContent()) ?? '')?.[1])
    const at30 = await age()
    await seekTo(page, 50_000)
    await expect.poll(age).toBeGreaterThanOrEqual(at30 + 19)
    // The other shards run on: records done, iterator age small.
    const others = drawer(page).locator('.shards__lane:not(.is-blocked)')
    expect(await others.count()).toBeGreaterThanOrEqual(1)
    for (const lane of await others.all()) {
      const text = (await lane.textContent()) ?? ''
      const [, done, total] = /(\d+) of (\d+) records done/.exec(text) ?? []
      if (Number(total) === 0) continue
      expect(Number(done)).toBeGreaterThan(Number(total) - 10)
      expect(text).toMatch(/Iterator age (\d+ ms|[0-4](\.\d)? s)/)
    }
    await page.screenshot({ path: 'test-results/playpanels-shards.png' })
  })

  test('metrics: live counters and labelled charts, readable in the dark theme', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await openExample(page, 's3-dlq')
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await seekTo(page, 100_000)
    await drawer(page).getByRole('tab', { name: 'Metrics' }).click()
    const counter = (name: string) => drawer(page).locator(`[data-counter="${name}"] dd`)
    await expect(counter('retrying')).toHaveText('1')
    await expect(counter('inDlq')).toHaveText('0')
    await seekTo(page, 300_000)
    await expect(counter('retrying')).toHaveText('0')
    await expect(counter('inDlq')).toHaveText('1')
    await expect(counter('lost')).toHaveText('0')
    await expect(drawer(page).getByRole('img', { name: /^Errors of thumbnailer: peak 1, now 0$/ })).toBeVisible()
    await page.screenshot({ path: 'test-results/playpanels-metrics-dark.png' })
    await expectNoSeriousAxeViolations(page)
  })

  test('small screens start with a tab bar; a 600×400 embed leaves the drawer out', async ({ page }) => {
    await page.setViewportSize({ width: 720, height: 540 })
    await openExample(page, 's3-dlq')
    await seekTo(page, 300_000)
    const toggle = drawer(page).getByRole('button', { name: 'Expand the panels' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await drawer(page).getByRole('tab', { name: 'Log' }).click()
    await expect(drawer(page).getByRole('tabpanel')).toBeVisible()
    await page.screenshot({ path: 'test-results/playpanels-small-open.png' })
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await page.screenshot({ path: 'test-results/playpanels-small-open-dark.png' })
    await expectDrawerAxeClean(page)
    await page.setViewportSize({ width: 600, height: 400 })
    await expect(drawer(page)).toBeHidden()
    // The drawer takes no room: header + canvas + playback bar fill the 400 px.
    const h = async (name: string) =>
      (await page.getByRole(name === 'banner' ? 'banner' : 'region', name === 'banner' ? {} : { name }).boundingBox())
        ?.height ?? 0
    await expect
      .poll(async () => (await h('banner')) + (await h('Architecture canvas')) + (await h('Playback')))
      .toBeGreaterThanOrEqual(399)
    await page.screenshot({ path: 'test-results/playpanels-embed.png' })
  })
})
