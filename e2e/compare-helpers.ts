/** What the fork/compare specs share: the diff strip's figures and "fork the Kinesis example at T+30 s". */
import type { Page } from '@playwright/test'
import { expect } from './fixtures.ts'
import { openExample } from './playback-helpers.ts'

export type Side = 'original' | 'fork'

export const strip = (page: Page) => page.getByTestId('diff-strip')

/** A figure of one side of the diff strip. */
export const figure = (page: Page, side: Side, metric: string) =>
  strip(page).locator(`tr[data-side="${side}"] td[data-metric="${metric}"]`)

export async function forkKinesisAt30s(page: Page) {
  await openExample(page, 'kinesis-poison')
  await page.getByRole('slider', { name: /Position in the run/ }).fill('30000')
  await page.getByRole('button', { name: 'What if…?' }).click()
  await page.getByRole('menuitem', { name: /Fork at T\+00:00:30\.000/ }).click()
  await expect(page.getByTestId('compare-bar')).toContainText('Forked at T+00:00:30.000')
}
