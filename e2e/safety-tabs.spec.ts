import { expect, openApp, test } from './fixtures.ts'
import { loadScenario } from './panelsHelpers.ts'

/** Issue #13: the last tab to autosave silently overwrote the other's work. */
test('two tabs editing warn instead of overwriting; each keeps its own version until asked', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  const saved = (p: typeof page) => p.evaluate(() => localStorage.getItem('lambdascope:autosave:v1') ?? '')
  await openApp(page, { lang: 'en' }) // a returning user: the start page stays closed
  await loadScenario(page)
  await expect.poll(() => saved(page)).toContain('Orders pipeline')
  const other = await context.newPage()
  await openApp(other, { lang: 'en' })
  const title = (p: typeof page) => p.getByRole('textbox', { name: 'Title' })
  await title(page).fill('Edited in tab A')
  await expect.poll(() => saved(page)).toContain('Edited in tab A')
  // Tab B hears about it and asks; its own edits are not written over A's.
  await expect(other.getByTestId('tab-conflict')).toContainText('Another tab saved a newer version of this scenario.')
  await title(other).fill('Edited in tab B')
  await expect(title(other)).toHaveValue('Edited in tab B')
  await other.screenshot({ path: 'test-results/safety-tabs-warning.png' })
  await expect.poll(() => saved(other)).toContain('Edited in tab A')
  // B loads A's version: the title follows, and B's undo brings its own back.
  await other.getByRole('button', { name: 'Load it' }).click()
  await expect(title(other)).toHaveValue('Edited in tab A')
  await expect(other.getByTestId('tab-conflict')).toHaveCount(0)
})
