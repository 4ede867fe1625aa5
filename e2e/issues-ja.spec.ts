import type { Locator, Page } from '@playwright/test'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, openApp, test } from './fixtures.ts'
import { loadScenario } from './panelsHelpers.ts'

// Pasting is checked in the import worker; the shared 2-core machine is slow.
test.describe.configure({ timeout: 90_000 })

/** A 2018 document wrong in seven ways: wiring, era refusals, VPC and access, concurrency, traffic. */
const broken = {
  format: 'lambdascope/scenario@1',
  title: 'Broken on purpose',
  era: '2018',
  seed: 7,
  durationMs: 60000,
  nodes: [
    { id: 'orders', type: 'sqs', position: { x: 0, y: 0 } },
    { id: 'resize', type: 'lambda', position: { x: 300, y: 0 }, config: { memoryMb: 3100, reservedConcurrency: 950 } },
    { id: 'clicks', type: 'kinesis', position: { x: 600, y: 0 } },
    { id: 'failures', type: 'sqs', position: { x: 600, y: 150 } },
    { id: 'vpc-1', type: 'vpc', position: { x: 0, y: 300 }, config: { nat: false } },
    {
      id: 'report',
      type: 'lambda',
      parentId: 'vpc-1',
      position: { x: 20, y: 40 },
      config: { callsInternet: true, securityGroup: 'web' },
    },
    { id: 'db', type: 'rds', parentId: 'vpc-1', position: { x: 220, y: 40 }, config: { inboundFrom: ['app'] } },
    { id: 'uploads', type: 's3', position: { x: 900, y: 0 } },
  ],
  edges: [
    { from: 'orders', to: 'resize' },
    { from: 'resize', to: 'clicks', role: 'dlq' },
    { from: 'resize', to: 'failures', role: 'onFailure' },
    { from: 'report', to: 'db' },
  ],
  traffic: [{ source: 'uploads', kind: 'once', atMs: 0 }],
  faults: [],
}

/** Each problem's path, and the sentence a Japanese reader gets for it, values and reference included. */
const expectedJa: [path: string, sentence: string][] = [
  [
    'edges[1].role',
    'Kinesis ストリーム は DLQ になれません。関数の DLQ は SQS キューか SNS トピックでなければなりません。（§2.4）',
  ],
  [
    'edges[2].role',
    '非同期呼び出しの送信先は 2018 年にはありませんでした（2019年11月に追加）。DLQ を使ってください。（§12）',
  ],
  ['edges[3]', 'RDS のセキュリティグループが「web」からの受信を許可していません。接続はタイムアウトします。（§7.5）'],
  ['nodes[5].config.callsInternet', 'この VPC には NAT ゲートウェイがありません。'],
  [
    'nodes[1].config.memoryMb',
    '2018 年のメモリは 128〜3,008 MB、64 MB 単位でした。3,100 MB は設定できません。（§7.1）',
  ],
  [
    'accountConcurrencyLimit',
    'アカウントの同時実行 1,000 のうち 950 が予約されています。100 以上は予約せずに残す必要があるため、予約できるのは 900 までです。（§5.3）',
  ],
  ['traffic[0].source', 'uploads はどの関数にも接続されていないため、イベントはどこにも届きません。'],
]

/** No English sentence of the model leaks into the Japanese list (AWS names and ids are fine). */
async function expectAllJapanese(list: Locator, count: number) {
  const items = await list.getByRole('listitem').allInnerTexts()
  expect(items).toHaveLength(count)
  for (const item of items) {
    expect(item).not.toContain('{{')
    expect(item).not.toMatch(/\b(the|is|not|cannot|does|did|must|has|in)\b/)
  }
}

async function pasteJson(page: Page, text: string) {
  await page.getByRole('button', { name: 'ファイル', exact: true }).click()
  await page.getByRole('menuitem', { name: 'JSON を貼り付け…' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'シナリオの JSON' }).fill(text)
  await dialog.getByRole('button', { name: '確認' }).click()
  return dialog
}

test('Japanese: a pasted document with seven problems reads as seven Japanese sentences with their values', async ({
  page,
}) => {
  await openApp(page, { lang: 'ja', theme: 'light' })
  const dialog = await pasteJson(page, JSON.stringify(broken, null, 2))
  await expect(dialog.getByRole('heading', { name: 'このファイルは開けません' })).toBeVisible({ timeout: 15_000 })
  await expect(dialog.getByText('7 件の問題のうち 7 件を表示しています。')).toBeVisible()
  const list = dialog.getByRole('list')
  for (const [path, sentence] of expectedJa) {
    const item = list.getByRole('listitem').filter({ has: page.getByText(path, { exact: true }) })
    await expect(item, path).toContainText(sentence)
  }
  await expectAllJapanese(list, expectedJa.length)
  await page.screenshot({ path: test.info().outputPath('issues-ja-paste-light.png') })
  const axe = await new AxeBuilder({ page }).include('dialog').analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
  // Nothing was replaced: the dialog closes on the empty scenario the app started with.
  await dialog.getByRole('button', { name: '閉じる' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('textbox', { name: 'タイトル' })).not.toHaveValue('Broken on purpose')
})

test('Japanese in a 600×400 embed, dark: a link to the same document reports each problem in Japanese', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 400 })
  await openApp(page, { lang: 'ja', theme: 'dark', scenario: JSON.stringify(broken) })
  const banner = page.getByRole('alert').filter({ hasText: 'このリンクのシナリオは開けませんでした' })
  await expect(banner).toBeVisible()
  const list = banner.getByRole('list')
  // The banner lists the first five (nodes, then the account, then edges) and counts the rest.
  for (const [path, sentence] of expectedJa.filter(([p]) =>
    ['edges[1].role', 'edges[2].role', 'nodes[1].config.memoryMb'].includes(p),
  )) {
    const item = list.getByRole('listitem').filter({ has: page.getByText(path, { exact: true }) })
    await expect(item, path).toContainText(sentence)
  }
  await expect(banner).toContainText('7 件の問題のうち 5 件を表示しています。')
  await expectAllJapanese(list, 5)
  await page.screenshot({ path: test.info().outputPath('issues-ja-link-embed-dark.png') })
})

test('English reads the same problems with the values formatted for English', async ({ page }) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await page.getByRole('button', { name: 'File', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Paste JSON…' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Scenario JSON' }).fill(JSON.stringify(broken))
  await dialog.getByRole('button', { name: 'Check' }).click()
  await expect(dialog.getByRole('heading', { name: 'This file cannot be opened' })).toBeVisible({ timeout: 15_000 })
  await expect(dialog).toContainText(
    "Kinesis stream cannot be a DLQ: a function's DLQ must be an SQS queue or an SNS topic. (§2.4)",
  )
  await expect(dialog).toContainText(
    'Async destinations did not exist in 2018: they came in Nov 2019. Use a DLQ. (§12)',
  )
  await expect(dialog).toContainText('3,100 MB was not possible. (§7.1)')
  await expect(dialog).toContainText(
    '950 reserved out of the account’s 1,000: at least 100 must stay unreserved, so at most 900 can be reserved. (§5.3)',
  )
  await expect(dialog).toContainText("The RDS's security group does not allow “web” in")
})

test('Japanese: an edit the inspector refuses says why, with the values', async ({ page }) => {
  await openApp(page, { lang: 'en', theme: 'light' })
  await loadScenario(page)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
  const panel = page.getByRole('complementary', { name: 'インスペクター' })
  await panel.getByRole('radio', { name: '2018 年' }).check()
  await page.locator('.react-flow__node[data-id="function-1"]').click()
  // In 2018, memory came in 64 MB steps up to 3,008 MB (§7.1).
  await panel.getByRole('textbox', { name: /^メモリ/ }).fill('200')
  await expect(panel.getByRole('alert').filter({ hasText: 'メモリ' })).toContainText(
    '2018 年のメモリは 128〜3,008 MB、64 MB 単位でした。200 MB は設定できません。（§7.1）',
  )
  // 60 s is in range, but the SQS mapping (visibility 30 s) makes AWS refuse it, located on the edge (§4.1).
  await panel.getByRole('textbox', { name: /^タイムアウト/ }).fill('60')
  const refused = panel.getByRole('alert').filter({ hasText: 'edges[1]' })
  await expect(refused).toContainText(
    'キューの可視性タイムアウト（30 秒）が関数のタイムアウト（60 秒）より短いためです。（§4.1）',
  )
  await page.screenshot({ path: test.info().outputPath('issues-ja-inspector-light.png') })
})
