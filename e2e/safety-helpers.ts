import type { Page } from '@playwright/test'

/** A small document whose traffic asks for `count` events at once: the freeze of issue #13. */
export function burstScenario(count: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'lambdascope/scenario@1',
    title: `Burst of ${count}`,
    era: 'current',
    seed: 1,
    durationMs: 60_000,
    nodes: [
      { id: 'api', type: 'client', position: { x: 0, y: 0 } },
      { id: 'fn', type: 'lambda', position: { x: 360, y: 0 }, config: { durationMs: 100 } },
    ],
    edges: [{ from: 'api', to: 'fn' }],
    traffic: [{ source: 'api', kind: 'once', atMs: 0, count }],
    faults: [],
    ...extra,
  })
}

/**
 * Before the page loads: record every main-thread long task (PerformanceObserver 'longtask', buffered) and every text
 * the run status ever showed, so a test can read them after the fact without polling in between.
 */
export async function watchMainThread(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[]; __runStatus: string[] }
    w.__longTasks = []
    w.__runStatus = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration)
    }).observe({ type: 'longtask', buffered: true })
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="run-status"]')
      const text = el?.textContent ?? ''
      if (text && w.__runStatus[w.__runStatus.length - 1] !== text) w.__runStatus.push(text)
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
}

export async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.slice())
}

export async function runStatusTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __runStatus: string[] }).__runStatus.slice())
}

export const longest = (xs: readonly number[]) => xs.reduce((a, b) => Math.max(a, b), 0)
