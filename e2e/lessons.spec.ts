import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect as baseExpect, openApp, test } from './fixtures.ts'
import { shot } from './playback-helpers.ts'

test.describe.configure({ timeout: 300_000 })
// Whole-app steps on a shared 2-core machine: web-first assertions get room (they still return as soon as they pass).
const expect = baseExpect.configure({ timeout: 15_000 })

const player = (page: Page) => page.getByTestId('lesson-player')

/** Advance virtual time until the player's play step has stopped (its status line says so). */
async function playStepToStop(page: Page, stoppedText: string | RegExp) {
  await expect(async () => {
    await page.clock.runFor(1500)
    await expect(player(page).getByText(stoppedText)).toBeVisible({ timeout: 100 })
  }).toPass({ timeout: 90_000 })
}

async function openFresh(page: Page, params: Record<string, string> = {}) {
  await page.clock.install({ time: new Date('2026-01-05T09:00:00Z') })
  await openApp(page, params)
  await page.clock.runFor(100)
}

test('a newcomer takes the async-errors lesson in Japanese: one wrong answer, one right, reload and resume', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openFresh(page, { lang: 'ja' })
  await page.getByTestId('header-learn').click()
  const library = page.getByTestId('start-page')
  await expect(library).toBeVisible()
  await expect(library.getByText('2 回リトライして DLQ へ。')).toBeVisible()
  await shot(page, 'lessons-library-ja')
  await library.getByRole('button', { name: /始める.*非同期呼び出しのエラー/ }).click()
  await expect(library).toBeHidden()
  await page.clock.runFor(100)

  // Step 1 narrates, with the S3 bucket and the function ringed on the canvas and named for screen readers.
  await expect(player(page)).toHaveAttribute('data-step', 'intro')
  await expect(player(page).getByText('ステップ 1 / 9')).toBeVisible()
  await expect(player(page).getByText(/キャンバス上：uploads bucket, thumbnailer/)).toBeVisible()
  await expect(page.locator('.react-flow__node[data-id="thumbnailer"] > .service-node')).toHaveCSS(
    'box-shadow',
    /rgb\(245, 158, 11\)/,
    { timeout: 20_000 },
  )
  await shot(page, 'lessons-player-1440')
  const axe = await new AxeBuilder({ page }).include('[data-testid="lesson-player"]').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await player(page).getByRole('button', { name: '次へ' }).click()

  // A wrong prediction: the engine's answer and why, from the run.
  await expect(player(page)).toHaveAttribute('data-step', 'predictAttempts')
  await player(page).getByRole('radio', { name: '1 回' }).check()
  await player(page).getByRole('button', { name: '回答する' }).click()
  const feedback = player(page).getByTestId('lesson-feedback')
  await expect(feedback).toContainText('惜しい、不正解です。')
  await expect(feedback).toContainText('エンジンの答え：3 回。')
  await expect(feedback).toContainText('3 回試行しています')
  await shot(page, 'lessons-wrong-answer')
  await player(page).getByRole('button', { name: '次へ' }).click()

  // Play until the first attempt fails.
  await expect(player(page)).toHaveAttribute('data-step', 'firstFailure')
  await playStepToStop(page, 'ここで止まりました。')
  await player(page).getByRole('button', { name: '次へ' }).click()

  // A right answer: the retry comes 60 s later.
  await expect(player(page)).toHaveAttribute('data-step', 'retryDelay')
  await player(page).getByRole('spinbutton').fill('60')
  await player(page).getByRole('button', { name: '回答する' }).click()
  await expect(feedback).toContainText('正解です。')
  await expect(feedback).toContainText('60 秒後')
  await player(page).getByRole('button', { name: '次へ' }).click()

  await expect(player(page)).toHaveAttribute('data-step', 'toDlq')
  await playStepToStop(page, 'ここで止まりました。')
  await player(page).getByRole('button', { name: '次へ' }).click()
  await expect(player(page)).toHaveAttribute('data-step', 'whereNow')

  // Reload: the lesson comes back at the same step.
  await page.clock.runFor(600) // the autosave's quiet time
  await page.reload()
  await expect(page.locator('.react-flow')).toBeVisible()
  await page.clock.runFor(100)
  await expect(player(page)).toHaveAttribute('data-step', 'whereNow')
  await expect(player(page).getByText('ステップ 6 / 9')).toBeVisible()

  // "Click the node where the event is now": on the canvas.
  await page.locator('.react-flow__node[data-id="thumbnailer-dlq"]').click()
  await expect(feedback).toContainText('正解です。')
  await player(page).getByRole('button', { name: '次へ' }).click()

  await expect(player(page)).toHaveAttribute('data-step', 'noDlq')
  await expect(page.locator('.react-flow__node[data-id="thumbnailer-dlq"]')).toHaveCount(0)
  await playStepToStop(page, 'ここで止まりました。')
  await player(page).getByRole('button', { name: '次へ' }).click()

  // The task is checked by running the canvas: not yet, then with the DLQ back, done.
  await expect(player(page)).toHaveAttribute('data-step', 'saveIt')
  await player(page).getByRole('button', { name: '確認' }).click()
  await expect(player(page).getByTestId('lesson-task-result')).toContainText('まだです。')
  await player(page).getByRole('button', { name: 'お手本を見る' }).click()
  await expect(page.locator('.react-flow__node[data-id="thumbnailer-dlq"]')).toHaveCount(1)
  await player(page).getByRole('button', { name: '確認' }).click()
  await expect(player(page).getByTestId('lesson-task-result')).toContainText('達成しました。')
  await player(page).getByRole('button', { name: '次へ' }).click()

  await expect(player(page)).toHaveAttribute('data-step', 'sandbox')
  await player(page).getByRole('button', { name: '終了' }).click()
  await expect(player(page)).toHaveCount(0)
  await page.getByTestId('header-learn').click()
  await expect(page.getByTestId('start-page').getByText('完了')).toBeVisible()
})

test('presenter mode: large caption only, chapters on PageDown, answer revealed before moving on, Escape leaves', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openFresh(page)
  await page.getByTestId('header-learn').click()
  await page.getByRole('button', { name: /Start.*Errors in asynchronous calls/ }).click()
  await player(page).getByRole('button', { name: 'Presenter mode' }).click()
  const caption = page.getByTestId('presenter-caption')
  await expect(caption).toContainText('Step 1 of 9')
  await expect(page.locator('header.header')).toBeHidden()
  await expect(page.getByRole('region', { name: 'Playback' }).or(page.locator('.transport'))).toBeHidden()
  await expect(player(page)).toBeHidden()
  await shot(page, 'lessons-presenter-1440')
  await page.keyboard.press('PageDown')
  await expect(caption).toContainText('Step 2 of 9')
  await expect(caption).toContainText('Three times')
  // On a question the first PageDown reveals the engine's answer, the next one moves on.
  await page.keyboard.press('PageDown')
  await expect(caption).toContainText('The engine’s answer: Three times.')
  await shot(page, 'lessons-presenter-answer')
  await page.keyboard.press('PageDown')
  await expect(caption).toContainText('Step 3 of 9')
  await page.keyboard.press('+')
  await expect(caption).toContainText('Speed 2×')
  await page.keyboard.press('PageUp')
  await expect(caption).toContainText('Step 2 of 9')
  await page.keyboard.press('b')
  await expect(page.locator('.presenter__blank')).toBeVisible()
  await page.keyboard.press('.')
  await expect(page.locator('.presenter__blank')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(page.locator('header.header')).toBeVisible()
  await expect(player(page)).toBeVisible()
})

test('the player in a 600×400 embed', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 })
  await openFresh(page)
  await page.getByTestId('header-learn').click()
  await shot(page, 'lessons-library-600')
  await page.getByRole('button', { name: /Start.*Errors in asynchronous calls/ }).click()
  await player(page).getByRole('button', { name: 'Continue' }).click()
  await expect(player(page).getByRole('radio', { name: 'Three times' })).toBeVisible()
  await shot(page, 'lessons-player-600')
})
