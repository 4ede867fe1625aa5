import type { Locator, Page } from '@playwright/test'
import { expect, openApp } from './fixtures.ts'

/** T+HH:MM:SS.mmm (optionally Nd) → ms. */
export function parseSimTime(text: string): number {
  const m = /T([+-])(?:(\d+)d )?(\d+):(\d+):(\d+)\.(\d+)/.exec(text)
  if (!m) throw new Error(`not a sim time: ${text}`)
  const [, sign, d, h, min, s, ms] = m
  const v = Number(d ?? 0) * 86_400_000 + Number(h) * 3_600_000 + Number(min) * 60_000 + Number(s) * 1000 + Number(ms)
  return sign === '-' ? -v : v
}

export async function simNow(page: Page): Promise<number> {
  return parseSimTime((await page.getByTestId('sim-clock').textContent()) ?? '')
}

/** Open a bundled example with Playwright's clock installed (virtual time: nothing waits on the real clock). */
export async function openExample(page: Page, example: string, params: Record<string, string> = {}) {
  await page.clock.install({ time: new Date('2026-01-05T09:00:00Z') })
  await openApp(page, { example, ...params })
  await page.clock.runFor(100)
  // The run's code is fetched after the first frame (#16): on a loaded 2-core machine it can take longer than the
  // default 10 s to arrive after the canvas.
  await expect(page.getByTestId('play')).toBeEnabled({ timeout: 30_000 })
}

/**
 * Stops the installed clock's own flow: from here on only `runFor` moves time. An installed clock also flows with the
 * real one, so on a busy machine a slow check let playback run on (and skip-idle jump minutes) between two looks.
 */
async function pauseClock(page: Page): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const now = await page.evaluate(() => Date.now())
    try {
      await page.clock.pauseAt(now + 5)
      return
    } catch (error) {
      // the clock flowed past `now + 5` before the pause arrived: read it again
      if (attempt >= 20) throw error
    }
  }
}

/**
 * Advance virtual time in steps of `stepMs` until `check` passes; returns the sim time then. Time moves only by those
 * steps (the clock is paused meanwhile, and flows again after), so what a check sees does not depend on machine load.
 */
export async function playUntil(
  page: Page,
  check: () => Promise<boolean>,
  maxWallMs = 20_000,
  stepMs = 200,
): Promise<number> {
  await pauseClock(page)
  try {
    for (let waited = 0; waited <= maxWallMs; waited += stepMs) {
      if (await check()) return await simNow(page)
      await page.clock.runFor(stepMs)
    }
  } finally {
    await page.clock.resume()
  }
  throw new Error(`condition not met after ${maxWallMs} ms of virtual time`)
}

export const chip = (page: Page, nodeId: string, text: string | RegExp) =>
  page.getByTestId(`runtime-${nodeId}`).getByText(text)

export async function shot(page: Page, name: string) {
  const { test } = await import('./fixtures.ts')
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) })
}

/**
 * Where the token layer has painted (the centre of its pixels with alpha above `minAlpha`), in page coordinates; null
 * when it is blank. The layer is transparent elsewhere, so with one token on screen this is that token.
 */
export async function paintedCentre(layer: Locator, minAlpha: number): Promise<{ x: number; y: number } | null> {
  return layer.evaluate((c: HTMLCanvasElement, min: number) => {
    const ctx = c.getContext('2d')
    if (!ctx) return null
    const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height)
    let sx = 0,
      sy = 0,
      n = 0
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        if ((data[(y * width + x) * 4 + 3] ?? 0) > min) {
          sx += x
          sy += y
          n++
        }
    if (n === 0) return null
    const r = c.getBoundingClientRect()
    return { x: r.left + (sx / n) * (r.width / width), y: r.top + (sy / n) * (r.height / height) }
  }, minAlpha)
}
