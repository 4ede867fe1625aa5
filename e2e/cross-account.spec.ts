import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { nodeOf, wire } from './canvas-helpers.ts'
import { drawer, logLines } from './playpanels-helpers.ts'

/**
 * #17 cross-account (§10), as a user does it: build a queue and a function from the palette, wire them, drag the queue
 * into another account, see the wire cross and its policy name the other account, remove the grant and read AWS's
 * refusal, add it back and see the mapping accepted.
 */

const edgeOf = (page: Page, id: string) =>
  page.locator(`.react-flow__edge[data-id="${id}"] .react-flow__edge-interaction`)

async function centre(page: Page, id: string) {
  const b = await nodeOf(page, id).boundingBox()
  if (!b) throw new Error(`${id} is not visible`)
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 }
}

test('drag a queue into another account: the wire crosses, names the account, and without the grant AWS refuses the mapping', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') })
  await openApp(page, { lang: 'en', theme: 'light' })
  for (const name of ['Lambda function', 'SQS queue', 'AWS account'])
    await page
      .getByRole('button', { name: `Add ${name}`, exact: true })
      .first()
      .click()
  await page.getByRole('button', { name: 'Fit view' }).first().click()
  await expect(nodeOf(page, 'account-1')).toBeVisible()

  // Wire the queue to the function: both in this scenario's account, nothing crosses yet.
  await wire(page, 'queue-1', 'function-1')
  await expect(edgeOf(page, 'queue-1:function-1')).toHaveCount(1)
  await expect(page.getByTestId('cross-account-label')).toHaveCount(0)

  // Drag the queue onto the account group with the mouse, as a user does.
  const from = await centre(page, 'queue-1')
  const to = await centre(page, 'account-1')
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 })
  await page.mouse.move(to.x, to.y, { steps: 6 })
  await page.mouse.up()
  await expect(page.getByTestId('cross-account-label')).toHaveAttribute(
    'title',
    'Crosses accounts: 111122223333 → 123456789012 (§10)',
  )

  // The wire's policy now names the other account: the queue's ARN is in 111122223333 and its policy grants the role.
  await edgeOf(page, 'queue-1:function-1').dispatchEvent('click')
  const perms = page.getByTestId('wire-permissions')
  await expect(perms).toContainText('arn:aws:sqs:us-east-1:111122223333:queue-1')
  await expect(perms).toContainText('"AWS": "arn:aws:iam::123456789012:role/function-1-role"')
  const grant = page.getByTestId('cross-account-grant')
  await expect(grant).toHaveAttribute('data-state', 'granted')
  await page.screenshot({ path: test.info().outputPath('cross-account-granted-1280.png') })

  // Without the queue policy's grant, AWS refuses to create the mapping: its words, at this wire.
  await grant.getByRole('button', { name: 'Remove the grant' }).click()
  await expect(grant).toHaveAttribute('data-state', 'missing')
  const verdict = page.getByTestId('cross-account-verdict')
  await expect(verdict).toContainText('CreateEventSourceMapping is refused')
  await expect(page.getByText(/Cannot play: 1 problem in the scenario/)).toBeVisible()
  await expect(verdict).toContainText(
    'InvalidParameterValueException “The provided execution role does not have permissions to call ReceiveMessage on SQS”',
  )
  await page.screenshot({ path: test.info().outputPath('cross-account-refused-1280.png') })
  // Add the grant back: the mapping is accepted again.
  await grant.getByRole('button', { name: 'Add the grant' }).click()
  await expect(grant).toHaveAttribute('data-state', 'granted')
  await expect(verdict).toContainText('the mapping is created and polls')
  await expect(page.getByText(/Cannot play: 1 problem in the scenario/)).toHaveCount(0)

  // In a 600×400 embed the inspector is a sheet: the same grant, refused again, readable there.
  await page.setViewportSize({ width: 600, height: 400 })
  await page.getByRole('button', { name: 'Settings' }).click()
  const small = page.getByTestId('cross-account-grant')
  await small.scrollIntoViewIfNeeded()
  await small.getByRole('button', { name: 'Remove the grant' }).click()
  await expect(page.getByTestId('cross-account-verdict')).toContainText('ReceiveMessage on SQS')
  await page.screenshot({ path: test.info().outputPath('cross-account-refused-600.png') })
})

test('an SNS topic in another account without the statement: every invoke is refused, the log says why', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await page.setViewportSize({ width: 1280, height: 720 })
  const doc = {
    format: 'lambdascope/scenario@1',
    title: 'Cross-account topic',
    era: 'current',
    seed: 1,
    durationMs: 20000,
    nodes: [
      { id: 'partner', type: 'account', config: { accountId: '210987654321' }, position: { x: 0, y: 0 } },
      { id: 'alerts', type: 'sns', position: { x: 40, y: 60 }, parentId: 'partner' },
      { id: 'notify', type: 'lambda', position: { x: 420, y: 60 } },
    ],
    edges: [{ id: 'sub', from: 'alerts', to: 'notify', permission: 'missing' }],
    traffic: [{ source: 'alerts', kind: 'once', atMs: 1000 }],
    faults: [],
  }
  await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') })
  await openApp(page, { lang: 'en', theme: 'light', scenario: JSON.stringify(doc) })
  await edgeOf(page, 'sub').dispatchEvent('click')
  const verdict = page.getByTestId('cross-account-verdict')
  await expect(verdict).toContainText('every invoke from the other account is refused')
  await expect(verdict).toContainText(
    'User: sns.amazonaws.com is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:123456789012:function:notify',
  )
  await drawer(page).getByRole('tab', { name: 'Log' }).click()
  const scrub = page.getByRole('slider', { name: /Position in the run/ })
  await scrub.fill('5000')
  await expect(logLines(page).filter({ hasText: 'e1 was refused' })).toBeVisible()
  await expect(drawer(page)).toContainText('no statement of the function’s resource policy names that account')
  await page.screenshot({ path: test.info().outputPath('cross-account-sns-refused-1280.png') })

  // Add the grant: the same event now reaches the function.
  await page.getByTestId('cross-account-grant').getByRole('button', { name: 'Add the grant' }).click()
  await scrub.fill('5000')
  await expect(logLines(page).filter({ hasText: 'e1 was refused' })).toHaveCount(0)
  await expect(logLines(page).filter({ hasText: 'notify' }).first()).toBeVisible()
})
