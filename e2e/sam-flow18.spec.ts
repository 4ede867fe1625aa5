import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { openFileMenuItem } from './panelsHelpers.ts'
import { chip, openExample, playUntil, shot } from './playback-helpers.ts'

test.describe.configure({ timeout: 180_000 })

/**
 * A team's template: an upload bucket triggers a function whose retries come from a parameter; a stage parameter has
 * no default (the import asks for it); an IoT rule is not simulated.
 */
const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: Invoices
Parameters:
  Stage:
    Type: String
    AllowedValues: [dev, prod]
  Retries:
    Type: Number
    Default: 2
Resources:
  Invoices:
    Type: AWS::S3::Bucket
  Render:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Timeout: 10
      Environment:
        Variables:
          STAGE: !Ref Stage
      EventInvokeConfig:
        MaximumRetryAttempts: !Ref Retries
      DeadLetterQueue:
        Type: SQS
        TargetArn: !GetAtt RenderDlq.Arn
      Events:
        Upload:
          Type: S3
          Properties:
            Bucket: !Ref Invoices
            Events: s3:ObjectCreated:*
        Printer:
          Type: IoTRule
          Properties:
            Sql: SELECT * FROM 'printers'
  RenderDlq:
    Type: AWS::SQS::Queue
  Alarms:
    Type: AWS::CloudWatch::Alarm
    Properties:
      MetricName: Errors
      Namespace: AWS/Lambda
      Statistic: Sum
      Period: 60
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold
`

async function importFile(page: Page) {
  await openFileMenuItem(page, 'Import SAM / CloudFormation template…')
  const dialog = page.getByRole('dialog', { name: 'Import a SAM or CloudFormation template' })
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Choose a file…' }).click()
  await (await chooser).setFiles({ name: 'template.yaml', mimeType: 'text/yaml', buffer: Buffer.from(TEMPLATE) })
  return page.getByRole('dialog', { name: 'Ready to import “Invoices”' })
}

test('#18 end to end: open a template file, answer its parameters, see what is not simulated, import, play a failure, export the template and the experiment', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await openExample(page, 's3-dlq')
  const ready = await importFile(page)
  await expect(ready).toBeVisible()
  // Not simulated, each with why: the IoT event and the alarm.
  const unsupported = ready.getByTestId('template-unsupported')
  await expect(unsupported).toContainText('Render.Events.Printer')
  await expect(unsupported).toContainText('This event source is not simulated')
  await expect(unsupported).toContainText('AWS::CloudWatch::Alarm')
  await expect(unsupported).toContainText('Lambdascope does not simulate this resource type.')
  // Stage has no default: the parameters are open, asking.
  const params = ready.getByTestId('template-parameters')
  await expect(params).toHaveAttribute('open', '')
  await expect(params).toContainText('Some parameters have no default')
  await shot(page, 'flow18-import-1280')
  await params.getByLabel('Stage').selectOption('prod')
  await params.getByLabel('Retries').fill('0')
  await params.getByRole('button', { name: 'Read again with these values' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Read again with the parameter values.' })).toHaveCount(1)
  await expect(ready.getByTestId('template-parameters')).toContainText('Each parameter takes its default')
  // Nothing changed behind the dialog until the import is confirmed.
  await expect(page.locator('.react-flow__node[data-id="thumbnailer"]')).toHaveCount(1)
  await ready.getByRole('button', { name: 'Import and replace current scenario' }).click()
  await expect(ready).toBeHidden()
  for (const id of ['Invoices', 'Render', 'RenderDlq'])
    await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toHaveCount(1)
  // Play a failure: with MaximumRetryAttempts 0 (the value given) the upload's event goes straight to the DLQ.
  await page.locator('.react-flow__node[data-id="Render"]').click({ button: 'right' })
  await page.getByRole('menu').getByRole('menuitem', { name: 'Fail every invocation' }).click()
  await page.getByTestId('play').click()
  await playUntil(page, async () => (await page.getByTestId('play').textContent()) === 'Replay', 30_000)
  await expect(chip(page, 'RenderDlq', '1 in DLQ')).toBeVisible()
  await shot(page, 'flow18-played-1280')
  // The failure was injected while playing: keep it, so the exports carry it.
  await page.getByRole('button', { name: 'Keep in scenario' }).click()

  // Export the SAM template: the given values, the not-expressed list (the fault, the traffic).
  await openFileMenuItem(page, 'Export SAM template…')
  const sam = page.getByRole('dialog', { name: 'AWS SAM template' })
  const yaml = sam.getByTestId('sam-yaml')
  await expect(yaml).toHaveValue(/Render:\n {4}Type: AWS::Serverless::Function/)
  await expect(yaml).toHaveValue(/MaximumRetryAttempts: 0/)
  await expect(yaml).toHaveValue(/STAGE: prod/)
  await expect(
    sam.getByTestId('not-expressed').getByText(/^Fault .*injected failures live in the handler code/),
  ).toBeVisible()
  await shot(page, 'flow18-export-sam-1280')
  await page.setViewportSize({ width: 600, height: 400 })
  await expect(sam.getByRole('button', { name: 'Download template.yaml' })).toBeInViewport()
  // The template box is shorter here, so what the template cannot say starts in view.
  await expect(sam.getByText(/^Not expressed in the template/)).toBeInViewport()
  await shot(page, 'flow18-export-sam-600')
  await sam.getByRole('button', { name: 'Close' }).click()
  await expect(sam).toBeHidden()

  // Export the runnable experiment: the same template with code, the fault's handler, the driver and predictions.
  await openFileMenuItem(page, 'Export runnable experiment…')
  const experiment = page.getByRole('dialog', { name: 'Runnable experiment' })
  await expect(experiment.getByText(/^The driver sends 1 event; predicted attempts: 1\.$/)).toBeVisible()
  await shot(page, 'flow18-export-experiment-600')
  await page.setViewportSize({ width: 1280, height: 720 })
  await shot(page, 'flow18-export-experiment-1280')
  const download = page.waitForEvent('download')
  await experiment.getByRole('button', { name: 'Download experiment (.zip)' }).click()
  const files = unzipSync(new Uint8Array(readFileSync((await (await download).path())!)))
  const x = JSON.parse(strFromU8(files['lambdascope-experiment/experiment.json']!)) as { predicted: { fate: string }[] }
  expect(x.predicted.map((p) => p.fate)).toEqual(['dead-lettered'])
  expect(strFromU8(files['lambdascope-experiment/src/plan.json']!)).toContain('"kind": "fail"')
  expect(strFromU8(files['lambdascope-experiment/template.yaml']!)).toContain('MaximumRetryAttempts: 0')
  expect(strFromU8(files['lambdascope-experiment/driver.mjs']!)).toContain('put-object')
})

test('#18 the import report with parameters at 600×400 stays reachable', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 })
  await openExample(page, 's3-dlq')
  const ready = await importFile(page)
  await expect(ready.getByTestId('template-unsupported')).toContainText('AWS::CloudWatch::Alarm')
  await shot(page, 'flow18-import-600')
  const apply = ready.getByRole('button', { name: 'Read again with these values' })
  await apply.scrollIntoViewIfNeeded()
  await expect(apply).toBeInViewport()
  await shot(page, 'flow18-import-600-params')
  const confirm = ready.getByRole('button', { name: 'Import and replace current scenario' })
  await expect(confirm).toBeInViewport()
})
