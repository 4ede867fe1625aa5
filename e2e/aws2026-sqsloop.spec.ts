import { expect, test } from './fixtures.ts'
import { loadScenario } from './panelsHelpers.ts'
import { shot } from './playback-helpers.ts'
import { drawer, logLines, openExample, setSpeedMax } from './playpanels-helpers.ts'

/** Issue #14 (§16.2): AWS's own loop example — a function writing back to the SQS queue that triggers it. */
const sqsLoop = {
  format: 'lambdascope/scenario@1',
  title: 'A worker writing back to its own queue',
  era: 'current',
  seed: 3,
  durationMs: 60000,
  nodes: [
    { id: 'jobs', type: 'sqs', label: 'jobs queue', position: { x: 0, y: 0 } },
    { id: 'worker', type: 'lambda', position: { x: 320, y: 170 }, config: { durationMs: 300 } },
    { id: 'jobs-dlq', type: 'sqs', label: 'jobs DLQ', position: { x: 0, y: 340 } },
  ],
  edges: [
    { from: 'jobs', to: 'worker' },
    { from: 'worker', to: 'jobs', role: 'writes' },
    { from: 'jobs', to: 'jobs-dlq', config: { maxReceiveCount: 3 } },
  ],
  traffic: [{ id: 'job', source: 'jobs', kind: 'once', atMs: 1000, payload: { job: 1 } }],
  faults: [],
}

test.describe('Recursive loop through SQS (§16.2)', () => {
  test.describe.configure({ timeout: 180_000 })

  test('a function writing back to its trigger queue is stopped after 16 invocations; the 17th message goes to the redrive DLQ', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await openExample(page, 'sqs-redrive')
    await loadScenario(page, sqsLoop)
    await expect(page.locator('[data-loop="stops"]')).toHaveCount(1)
    await drawer(page).getByRole('tab', { name: 'Log' }).click()
    await setSpeedMax(page)
    await page.getByRole('button', { name: 'Play', exact: true }).click()
    await page.clock.runFor(4_000)
    // The 17th message never reaches the worker: it moves to the redrive DLQ, and the log says why.
    const moved = logLines(page).filter({ hasText: 'A message for e17 is sent to jobs DLQ' })
    await expect(moved).toHaveCount(1, { timeout: 60_000 })
    await expect(moved).toContainText('recursive loop detection')
    await expect(moved).toContainText('§16')
    await expect(logLines(page).filter({ hasText: /for e17 .*on worker/ })).toHaveCount(0)
    await expect(logLines(page).filter({ hasText: 'e18' })).toHaveCount(0)
    await shot(page, 'sqs-loop-desktop')
    await page.setViewportSize({ width: 600, height: 400 })
    await shot(page, 'sqs-loop-embed')
  })
})
