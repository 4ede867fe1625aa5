import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { drawer, logLines, openExample } from './playpanels-helpers.ts'

const edge = (page: Page, id: string) =>
  page.locator(`.react-flow__edge[data-id="${id}"] .react-flow__edge-interaction`)

test.describe('permissions per wire (§10; issue 17)', () => {
  test.describe.configure({ timeout: 240_000 })

  test("open a wire's permissions, revoke it and watch the next event fail", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await openExample(page, 'api-gateway')
    await edge(page, 'api->orders').dispatchEvent('click')
    const wire = page.getByTestId('wire-permissions')
    await expect(wire).toBeVisible()
    await expect(wire).toContainText('Resource-based policy on the function')
    await expect(wire).toContainText('Identity-based policy')
    await expect(wire.getByTestId('policy-json')).toContainText('"Service": "apigateway.amazonaws.com"')
    await expect(wire.getByTestId('policy-cli')).toContainText('aws lambda add-permission')
    await expect(wire).toContainText('AccessDeniedException')
    await wire.scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath('wire-permissions-1280.png') })

    // Revoke at 10 s; events after it are refused by Lambda.
    await page.getByRole('slider', { name: /Position in the run/ }).fill('10000')
    await wire.getByRole('button', { name: /Revoke now/ }).click()
    await expect(wire.getByRole('status').filter({ hasText: 'Revoked at' })).toBeVisible()
    await drawer(page).getByRole('tab', { name: 'Log' }).click()
    await page.getByRole('slider', { name: /Position in the run/ }).fill('12500')
    // API Gateway answers 500 when Lambda refuses it (§5.2): every request after the revocation.
    await expect(logLines(page).filter({ hasText: 'api receives 500 for e11' })).toBeVisible()
    await expect(logLines(page).filter({ hasText: 'e11 was refused' })).toBeVisible()
  })

  test('a queue in another account: the wire is drawn as crossing and its policy names the other account', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    const doc = {
      format: 'lambdascope/scenario@1',
      title: 'Cross-account queue',
      era: 'current',
      seed: 1,
      durationMs: 60000,
      nodes: [
        { id: 'partner', type: 'account', config: { accountId: '210987654321' }, position: { x: 0, y: 0 } },
        { id: 'orders', type: 'sqs', position: { x: 40, y: 60 }, parentId: 'partner' },
        { id: 'worker', type: 'lambda', position: { x: 420, y: 60 } },
      ],
      edges: [{ from: 'orders', to: 'worker' }],
      traffic: [],
      faults: [],
    }
    await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') })
    await page.goto(`/?scenario=${encodeURIComponent(JSON.stringify(doc))}`)
    await expect(page.locator('.react-flow')).toBeVisible()
    await expect(page.getByTestId('cross-account-label')).toContainText('cross-account')
    await expect(page.getByTestId('cross-account-label')).toHaveAttribute(
      'title',
      'Crosses accounts: 210987654321 → 123456789012 (§10)',
    )
    await edge(page, 'orders->worker').dispatchEvent('click')
    const wire = page.getByTestId('wire-permissions')
    await expect(wire.getByTestId('cross-account')).toContainText('210987654321')
    await expect(wire).toContainText("Resource policy in the source's account")
    await expect(wire).toContainText('arn:aws:sqs:us-east-1:210987654321:orders')
    await expect(wire).toContainText('"AWS": "arn:aws:iam::123456789012:role/worker-role"')
    await page.screenshot({ path: test.info().outputPath('cross-account-1280.png') })
  })

  test('kms:Decrypt missing: the function panel shows the key and ciphertext, and invocations fail (§8)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    const doc = {
      format: 'lambdascope/scenario@1',
      title: 'KMS',
      era: 'current',
      seed: 1,
      durationMs: 20000,
      nodes: [
        { id: 'api', type: 'apiGateway', position: { x: 0, y: 0 } },
        {
          id: 'fn',
          type: 'lambda',
          position: { x: 300, y: 0 },
          config: {
            environment: {
              variables: { DB_PASSWORD: 'hunter2' },
              kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k1',
            },
          },
        },
      ],
      edges: [{ from: 'api', to: 'fn' }],
      traffic: [{ id: 't', source: 'api', kind: 'every', everyMs: 1000, startMs: 1000, untilMs: 15000 }],
      faults: [],
    }
    await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') })
    await page.goto(`/?scenario=${encodeURIComponent(JSON.stringify(doc))}`)
    await page.locator('.react-flow__node[data-id="fn"]').click()
    const env = page.getByTestId('environment-view')
    await expect(env).toContainText('arn:aws:kms:us-east-1:123456789012:key/k1')
    await expect(env).toContainText('DB_PASSWORD=hunter2')
    await expect(env).toContainText('DB_PASSWORD=AQICAH')
    const panel = page.getByTestId('function-permissions')
    await expect(panel).toContainText('KMSAccessDeniedException')
    // Revoked before the first request: its new environment cannot decrypt the variables.
    await page.getByRole('slider', { name: /Position in the run/ }).fill('500')
    await panel.getByRole('button', { name: /Revoke now/ }).click()
    await drawer(page).getByRole('tab', { name: 'Log' }).click()
    await page.getByRole('slider', { name: /Position in the run/ }).fill('2500')
    // Lambda refuses with KMSAccessDeniedException (502); API Gateway answers its client 500 (§5.2).
    await expect(logLines(page).filter({ hasText: 'api receives 500 for e1' })).toBeVisible()
    await env.scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath('kms-1280.png') })
  })
})
