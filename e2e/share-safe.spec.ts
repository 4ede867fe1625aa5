import { expect, test } from './fixtures.ts'

const XSS = '<img src=x onerror="window.__xss=1">'

test.describe('strict and safe (#16)', () => {
  test.describe.configure({ timeout: 120_000 })

  test('the CSP is in force: an injected inline script is refused', async ({ page }) => {
    await page.goto('/?example=s3-dlq')
    await expect(page.locator('.react-flow')).toBeVisible()
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
    const violations = await page.evaluate(async () => {
      const seen: string[] = []
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective))
      const s = document.createElement('script')
      s.textContent = 'window.__inline = 1'
      document.body.append(s)
      await new Promise((r) => setTimeout(r, 50))
      return { seen, ran: (window as unknown as { __inline?: number }).__inline }
    })
    expect(violations.ran).toBeUndefined()
    expect(violations.seen.some((d) => d.startsWith('script-src'))).toBe(true)
  })

  test('XSS payloads in a title and a label stay text, in the app and through a share link', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    const doc = {
      format: 'lambdascope/scenario@1',
      title: XSS,
      era: 'current',
      seed: 1,
      durationMs: 60000,
      nodes: [{ id: 'fn', type: 'lambda', label: XSS, position: { x: 0, y: 0 } }],
      edges: [],
      traffic: [],
      faults: [],
    }
    await page.goto(`/?scenario=${encodeURIComponent(JSON.stringify(doc))}`)
    await expect(page.locator('.react-flow__node')).toHaveCount(1)
    await expect(page.locator('.react-flow__node').getByText(XSS)).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(XSS)
    await page.getByRole('button', { name: 'Share' }).click()
    await page.getByRole('menuitem', { name: 'Copy link' }).click()
    const link = await page.getByRole('textbox', { name: 'Link to this view' }).inputValue()
    await page.goto(link)
    await expect(page.locator('.react-flow__node').getByText(XSS)).toBeVisible()
    await page.goto(link.replace('/#', '/embed.html#'))
    await expect(page.getByRole('heading', { name: XSS })).toBeVisible()
    await expect(page.locator('img[src="x"]')).toHaveCount(0)
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    expect(dialogs).toBe(0)
  })
})
