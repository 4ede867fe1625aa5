import type { Page } from '@playwright/test'
import { expect as baseExpect, openApp, test } from './fixtures.ts'
import { shot } from './playback-helpers.ts'

test.describe.configure({ timeout: 300_000 })
// Whole-app steps on a shared 2-core machine: web-first assertions get room (they still return as soon as they pass).
const expect = baseExpect.configure({ timeout: 15_000 })

const player = (page: Page) => page.getByTestId('lesson-player')
const RING = /rgb\(245, 158, 11\)/

async function playStepToStop(page: Page, stoppedText: string | RegExp) {
  await expect(async () => {
    await page.clock.runFor(1500)
    await expect(player(page).getByText(stoppedText)).toBeVisible({ timeout: 100 })
  }).toPass({ timeout: 120_000 })
}

async function openFresh(page: Page, params: Record<string, string> = {}) {
  await page.clock.install({ time: new Date('2026-01-05T09:00:00Z') })
  await openApp(page, params)
  await page.clock.runFor(100)
}

test('a newcomer completes the environment-variables lesson in Japanese: a wrong key, the right size, the KMS failure and its fix', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openFresh(page, { lang: 'ja' })
  await page.getByTestId('header-learn').click()
  const library = page.getByTestId('start-page')
  await expect(library.getByRole('heading', { name: '環境変数と KMS' })).toBeVisible()
  await shot(page, 'lessons-more-library-ja')
  await library.getByRole('button', { name: /始める.*環境変数と KMS/ }).click()
  await expect(library).toBeHidden()
  await page.clock.runFor(100)

  await expect(player(page)).toHaveAttribute('data-step', 'intro')
  await expect(player(page).getByText('ステップ 1 / 9')).toBeVisible()
  await player(page).getByRole('button', { name: '次へ' }).click()

  // A wrong key: the model's own check explains why AWS_REGION is refused.
  await expect(player(page)).toHaveAttribute('data-step', 'whichKey')
  await player(page).getByRole('radio', { name: 'AWS_REGION' }).check()
  await player(page).getByRole('button', { name: '回答する' }).click()
  const feedback = player(page).getByTestId('lesson-feedback')
  await expect(feedback).toContainText('惜しい、不正解です。')
  await expect(feedback).toContainText('AWS_REGION は予約済みです')
  await player(page).getByRole('button', { name: '次へ' }).click()

  // The right size.
  await expect(player(page)).toHaveAttribute('data-step', 'size')
  await player(page).getByRole('spinbutton').fill('4096')
  await player(page).getByRole('button', { name: '回答する' }).click()
  await expect(feedback).toContainText('正解です。')
  await expect(feedback).toContainText('4096 バイト')
  await player(page).getByRole('button', { name: '次へ' }).click()
  await expect(player(page)).toHaveAttribute('data-step', 'encryption')
  await player(page).getByRole('button', { name: '次へ' }).click()

  await expect(player(page)).toHaveAttribute('data-step', 'warm')
  await playStepToStop(page, 'ここで止まりました。')
  await player(page).getByRole('button', { name: '次へ' }).click()

  await expect(player(page)).toHaveAttribute('data-step', 'predictRevoked')
  await player(page).getByRole('radio', { name: '新しい実行環境が必要な方だけが失敗する' }).check()
  await player(page).getByRole('button', { name: '回答する' }).click()
  await expect(feedback).toContainText('正解です。')
  await expect(feedback).toContainText('KMSAccessDeniedException（502）')
  await expect(feedback).toContainText('500')
  await player(page).getByRole('button', { name: '次へ' }).click()

  // The step points at a log line: the log tab opens and the refused call's line is ringed once it is written.
  await expect(player(page)).toHaveAttribute('data-step', 'watchRevoked')
  await playStepToStop(page, 'ここで止まりました。')
  await expect(page.getByRole('tab', { name: 'ログ' })).toHaveAttribute('aria-selected', 'true')
  const refusedLine = page.locator('[data-log-event="e3"]').last()
  await expect(refusedLine).toHaveCSS('outline-color', RING)
  await shot(page, 'lessons-more-envvars-log-ja')
  await player(page).getByRole('button', { name: '次へ' }).click()

  // The task: not yet; "show me" removes the revoke; done.
  await expect(player(page)).toHaveAttribute('data-step', 'fix')
  await player(page).getByRole('button', { name: '確認' }).click()
  await expect(player(page).getByTestId('lesson-task-result')).toContainText('まだです。')
  await expect(player(page).getByTestId('lesson-task-result')).toContainText(
    'KMSAccessDeniedException で失敗している呼び出し：1 件',
  )
  await player(page).getByRole('button', { name: 'お手本を見る' }).click()
  await player(page).getByRole('button', { name: '確認' }).click()
  await expect(player(page).getByTestId('lesson-task-result')).toContainText('達成しました。')
  await player(page).getByRole('button', { name: '次へ' }).click()

  await expect(player(page)).toHaveAttribute('data-step', 'sandbox')
  await player(page).getByRole('button', { name: '終了' }).click()
  await expect(player(page)).toHaveCount(0)
  await page.getByTestId('header-learn').click()
  await expect(
    page
      .getByTestId('start-page')
      .getByRole('button', { name: /環境変数と KMS/ })
      .first(),
  ).toBeVisible()
})

test('the write-behind lesson points at the blocked shard lane while users keep their fast answers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openFresh(page)
  await page.getByTestId('header-learn').click()
  await page.getByRole('button', { name: /Start.*Keep the user fast/ }).click()
  await expect(player(page)).toHaveAttribute('data-step', 'intro')
  await expect(page.locator('.react-flow__node[data-id="orders-stream"] > *').first()).toHaveCSS('box-shadow', RING)
  await player(page).getByRole('button', { name: 'Continue' }).click()
  await expect(player(page)).toHaveAttribute('data-step', 'normal')
  await playStepToStop(page, 'Stopped here.')
  await player(page).getByRole('button', { name: 'Continue' }).click()
  await player(page)
    .getByRole('radio', { name: /Fast answers as usual/ })
    .check()
  await player(page).getByRole('button', { name: 'Answer' }).click()
  await expect(player(page).getByTestId('lesson-feedback')).toContainText('Right.')
  await player(page).getByRole('button', { name: 'Continue' }).click()

  // The outage step points at the shard: the Timeline tab opens with the lane ringed, and it shows BLOCKED.
  await expect(player(page)).toHaveAttribute('data-step', 'outage')
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true')
  await expect(player(page).getByText(/shard shardId-000000000000 of orders stream/)).toBeVisible()
  await playStepToStop(page, 'Stopped here.')
  const lane = page.locator('[data-shard-lane="orders-stream/shardId-000000000000"]')
  await expect(lane).toHaveCSS('outline-color', RING)
  await lane.scrollIntoViewIfNeeded()
  await expect(lane).toContainText(/blocked/i)
  await shot(page, 'lessons-more-writebehind-shard-1440')
  await player(page).getByRole('button', { name: 'Presenter mode' }).click()
  await expect(page.getByTestId('presenter-caption')).toContainText('Step 4 of 9 · Speed 4×')
  await shot(page, 'lessons-more-writebehind-presenter')
  await page.keyboard.press('Escape')
})

test('the permissions lesson in a 600×400 embed', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 })
  await openFresh(page)
  await page.getByTestId('header-learn').click()
  await page.getByRole('button', { name: /Start.*Permissions: who may call whom/ }).click()
  await player(page).getByRole('button', { name: 'Continue' }).click()
  await expect(player(page).getByRole('radio', { name: /resource-based policy/ })).toBeVisible()
  await player(page)
    .getByRole('radio', { name: /resource-based policy/ })
    .check()
  await player(page).getByRole('button', { name: 'Answer' }).click()
  await expect(player(page).getByTestId('lesson-feedback')).toContainText('Right.')
  await shot(page, 'lessons-more-permissions-600')
})
