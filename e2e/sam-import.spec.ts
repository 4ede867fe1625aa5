import { readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures.ts'
import { openFileMenuItem } from './panelsHelpers.ts'
import { chip, openExample, playUntil, shot } from './playback-helpers.ts'

test.describe.configure({ timeout: 150_000 })

const MENU_ITEM = 'Import SAM / CloudFormation template…'

/**
 * A small SAM app: an upload bucket triggers a function that fails to a DLQ; an IoT rule and a role are not simulated.
 */
const SMALL = `Transform: AWS::Serverless-2016-10-31
Description: Thumbnails
Resources:
  Uploads:
    Type: AWS::S3::Bucket
  Thumbnailer:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      EventInvokeConfig:
        MaximumRetryAttempts: 0
      DeadLetterQueue:
        Type: SQS
        TargetArn: !GetAtt ThumbDlq.Arn
      Events:
        Upload:
          Type: S3
          Properties:
            Bucket: !Ref Uploads
            Events: s3:ObjectCreated:*
        Device:
          Type: IoTRule
          Properties:
            Sql: SELECT * FROM 'things'
  ThumbDlq:
    Type: AWS::SQS::Queue
  Role:
    Type: AWS::IAM::Role
`

async function openImportDialog(page: Page) {
  await openFileMenuItem(page, MENU_ITEM)
  const dialog = page.getByRole('dialog', { name: 'Import a SAM or CloudFormation template' })
  await expect(dialog).toBeVisible()
  return dialog
}

test('open a template file: see what will be imported, with the unsupported resources listed, then the architecture laid out', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openExample(page, 's3-dlq')
  const dialog = await openImportDialog(page)
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Choose a file…' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'template.yaml',
    mimeType: 'text/yaml',
    buffer: readFileSync('src/model/template/corpus/sam-orders.yaml'),
  })
  const ready = page.getByRole('dialog', { name: /Ready to import “Orders service/ })
  await expect(ready).toBeVisible()
  await expect(ready).toContainText('25 nodes and 19 wires will replace the current scenario')
  const unsupported = ready.getByTestId('template-unsupported')
  await expect(unsupported).toContainText('Thumbnailer.Events.Device')
  await expect(unsupported).toContainText('SAM event IoTRule')
  await expect(unsupported).toContainText('This event source is not simulated')
  await expect(unsupported).toContainText('DeployRole')
  await expect(unsupported).toContainText('Not created: its Condition is false')
  await ready.getByText(/^Notes \(\d+\)$/).click()
  await expect(ready).toContainText('Parameter Stage takes its default: prod.')
  await shot(page, 'sam-import-dialog')
  const axe = await new AxeBuilder({ page }).include('dialog').analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  // Nothing changed yet: the example is still on the canvas behind the dialog.
  await expect(page.locator('.react-flow__node[data-id="thumbnailer"]')).toHaveCount(1)
  await ready.getByRole('button', { name: 'Import and replace current scenario' }).click()
  await expect(ready).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Imported “Orders service' })).toHaveCount(1)
  for (const id of [
    'OrderProcessor',
    'OrdersQueue',
    'OrdersDlq',
    'ClickStream',
    'OrdersVpc',
    'OrdersDb',
    'ServerlessRestApi',
  ])
    await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toHaveCount(1)
  await expect(page.locator('.react-flow__node[data-id="thumbnailer"]')).toHaveCount(0)
  // Laid out: the database is drawn inside its VPC group.
  const box = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox()
  await expect
    .poll(async () => {
      const [db, vpc] = await Promise.all([box('OrdersDb'), box('OrdersVpc')])
      return (
        !!db &&
        !!vpc &&
        db.x >= vpc.x &&
        db.y >= vpc.y &&
        db.x + db.width <= vpc.x + vpc.width &&
        db.y + db.height <= vpc.y + vpc.height
      )
    })
    .toBe(true)
  await shot(page, 'sam-import-canvas-1440')
  await page.setViewportSize({ width: 600, height: 400 })
  await page.getByRole('toolbar').getByRole('button', { name: 'Fit view' }).click()
  await shot(page, 'sam-import-canvas-600')
  // Undo brings the earlier work back.
  await page.keyboard.press('Control+z')
  await expect(page.locator('.react-flow__node[data-id="thumbnailer"]')).toHaveCount(1)
})

test('a broken template is refused with line:column and nothing changes; a pasted fixed one imports and plays a failure to the DLQ', async ({
  page,
}) => {
  await openExample(page, 's3-dlq')
  const dialog = await openImportDialog(page)
  await dialog
    .getByRole('textbox', { name: 'Or paste the template (YAML or JSON)' })
    .fill(SMALL.replace('    Type: AWS::S3::Bucket', '    Type: [AWS::S3::Bucket'))
  await dialog.getByRole('button', { name: 'Read template' }).click()
  const refused = page.getByRole('dialog', { name: 'This template cannot be imported' })
  await expect(refused.getByRole('alert')).toContainText(/\d+:\d+/)
  await expect(refused.getByRole('alert')).toContainText('Not valid YAML or JSON')
  await shot(page, 'sam-import-error')
  await refused.getByRole('button', { name: 'Back' }).click()
  await dialog.getByRole('textbox', { name: 'Or paste the template (YAML or JSON)' }).fill(SMALL)
  await dialog.getByRole('button', { name: 'Read template' }).click()
  const ready = page.getByRole('dialog', { name: 'Ready to import “Thumbnails”' })
  await expect(ready.getByTestId('template-unsupported')).toContainText('Thumbnailer.Events.Device')
  await expect(ready.getByTestId('template-unsupported')).toContainText('AWS::IAM::Role')
  await ready.getByRole('button', { name: 'Import and replace current scenario' }).click()
  await expect(ready).toBeHidden()
  await expect(page.locator('.react-flow__node[data-id="Thumbnailer"]')).toHaveCount(1)
  // Play a failure: every invocation fails; with no retries the event goes straight to the DLQ.
  await page.locator('.react-flow__node[data-id="Thumbnailer"]').click({ button: 'right' })
  await page.getByRole('menu').getByRole('menuitem', { name: 'Fail every invocation' }).click()
  await expect(page.getByRole('menu')).toHaveCount(0)
  await page.getByTestId('play').click()
  await playUntil(page, async () => (await page.getByTestId('play').textContent()) === 'Replay', 30_000)
  await expect(chip(page, 'ThumbDlq', '1 in DLQ')).toBeVisible()
  await shot(page, 'sam-import-played')
})

test('in a 600×400 embed-sized window, in Japanese, the import report stays readable and reachable by keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 400 })
  await openApp(page, { lang: 'ja' })
  await page.getByRole('button', { name: 'ファイル', exact: true }).click()
  await page.getByRole('menuitem', { name: 'SAM / CloudFormation テンプレートをインポート…' }).click()
  const dialog = page.getByRole('dialog', { name: 'SAM または CloudFormation テンプレートをインポート' })
  await dialog.getByRole('textbox').fill(SMALL)
  await dialog.getByRole('button', { name: 'テンプレートを読む' }).click()
  const ready = page.getByRole('dialog', { name: '「Thumbnails」をインポートできます' })
  await expect(ready.getByTestId('template-unsupported')).toContainText('このイベントソースはシミュレーションしません')
  const confirm = ready.getByRole('button', { name: 'インポートして現在のシナリオを置き換え' })
  await expect(confirm).toBeInViewport()
  await shot(page, 'sam-import-dialog-600-ja')
  await confirm.focus()
  await page.keyboard.press('Enter')
  await expect(ready).toBeHidden()
  await expect(page.locator('.react-flow__node[data-id="Thumbnailer"]')).toHaveCount(1)
  await shot(page, 'sam-import-canvas-600-ja')
})
