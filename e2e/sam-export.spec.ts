import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { expect, openApp, test } from './fixtures.ts'
import { openFileMenuItem } from './panelsHelpers.ts'

const shots = process.env.SAM_EXPORT_SHOTS // a folder: screenshots to look at (not compared)

test('File ▸ Export SAM template: the YAML, what it cannot say, copy and download', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openApp(page, { lang: 'en', theme: 'light', example: 's3-dlq' })
  await openFileMenuItem(page, 'Export SAM template…')
  const dialog = page.getByRole('dialog', { name: 'AWS SAM template' })
  await expect(dialog).toBeVisible()
  const yaml = dialog.getByTestId('sam-yaml')
  await expect(yaml).toHaveValue(/Transform: AWS::Serverless-2016-10-31/)
  await expect(yaml).toHaveValue(/Type: AWS::Serverless::Function/)
  await expect(yaml).toHaveValue(/DeadLetterQueue:/)
  const notExpressed = dialog.getByTestId('not-expressed')
  await expect(notExpressed.getByText(/^Fault bug \(fail\): injected failures live in the handler code/)).toBeVisible()
  await expect(notExpressed.getByText(/^Traffic “/)).toBeVisible()
  if (shots) await page.screenshot({ path: `${shots}/sam-export-1440.png` })
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download template.yaml' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('template.yaml')
  const text = readFileSync((await file.path())!, 'utf8')
  expect(text).toMatch(/^# S3 upload/)
  expect(text).toBe(await yaml.inputValue())
  await expect(dialog.getByRole('status')).toHaveText('Downloaded template.yaml.')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'File', exact: true })).toBeFocused()
})

test('File ▸ Export runnable experiment: a zip with template, handler, driver and predictions', async ({ page }) => {
  await openApp(page, { lang: 'en', theme: 'light', example: 's3-dlq' })
  await openFileMenuItem(page, 'Export runnable experiment…')
  const dialog = page.getByRole('dialog', { name: 'Runnable experiment' })
  await expect(dialog.getByText(/^The driver sends \d+ events?; predicted attempts: \d+\.$/)).toBeVisible()
  await expect(dialog.getByText('driver.mjs', { exact: true })).toBeVisible()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download experiment (.zip)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('lambdascope-experiment.zip')
  const files = unzipSync(new Uint8Array(readFileSync((await file.path())!)))
  expect(Object.keys(files).sort()).toEqual(
    ['README.md', 'driver.mjs', 'experiment.json', 'src/index.mjs', 'src/plan.json', 'template.yaml'].map(
      (f) => `lambdascope-experiment/${f}`,
    ),
  )
  const x = JSON.parse(strFromU8(files['lambdascope-experiment/experiment.json']!)) as { predicted: { fate: string }[] }
  expect(x.predicted[0]!.fate).toBe('dead-lettered')
  expect(strFromU8(files['lambdascope-experiment/template.yaml']!)).toContain('CodeUri: src/')
  expect(strFromU8(files['lambdascope-experiment/src/plan.json']!)).toContain('"kind": "fail"')
})

test('the export dialog in Japanese at embed size stays usable', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 })
  await openApp(page, { lang: 'ja', theme: 'dark', example: 's3-dlq' })
  await page.getByRole('button', { name: 'ファイル', exact: true }).click()
  await page.getByRole('menuitem', { name: 'SAM テンプレートを書き出す…' }).click()
  const dialog = page.getByRole('dialog', { name: 'AWS SAM テンプレート' })
  await expect(dialog.getByTestId('sam-yaml')).toHaveValue(/AWS::Serverless::Function/)
  await expect(dialog.getByRole('button', { name: 'template.yaml をダウンロード' })).toBeInViewport()
  if (shots) await page.screenshot({ path: `${shots}/sam-export-600-ja.png` })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})
