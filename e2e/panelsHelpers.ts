import { readFile } from 'node:fs/promises'
import { expect, type Page } from '@playwright/test'

/** A small scenario a trainer might hand out: S3 and SQS feeding one function. */
export const ordersScenario = {
  format: 'lambdascope/scenario@1',
  title: 'Orders pipeline',
  era: 'current',
  seed: 42,
  durationMs: 60000,
  nodes: [
    { id: 'bucket-1', type: 's3', label: 'Uploads', position: { x: 0, y: 0 } },
    { id: 'function-1', type: 'lambda', label: 'Resize', position: { x: 320, y: 80 } },
    { id: 'queue-1', type: 'sqs', label: 'Orders', position: { x: 0, y: 200 } },
  ],
  edges: [
    { id: 'bucket-1:function-1', from: 'bucket-1', to: 'function-1' },
    { id: 'queue-1:function-1', from: 'queue-1', to: 'function-1' },
  ],
  traffic: [],
  faults: [],
}

export async function openFileMenuItem(page: Page, name: string) {
  await page.getByRole('button', { name: 'File', exact: true }).click()
  await page.getByRole('menuitem', { name }).click()
}

/** Open a file the way a user does: File → Open file…, pick it in the chooser. */
export async function openScenarioFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser')
  await openFileMenuItem(page, 'Open file…')
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}

/** Open a valid file and confirm the replacement. */
export async function loadScenario(page: Page, doc: object = ordersScenario) {
  await openScenarioFile(page, 'orders.lambdascope.json', JSON.stringify(doc))
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Replace current scenario' }).click()
  await expect(dialog).toBeHidden()
}

/** File → Save file; returns the downloaded text and file name. */
export async function saveScenario(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download')
  await openFileMenuItem(page, 'Save file')
  const d = await download
  return { name: d.suggestedFilename(), text: await readFile(await d.path(), 'utf8') }
}
