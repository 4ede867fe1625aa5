import type { Page } from '@playwright/test'

/**
 * What a long main-thread task was made of: Chromium's Long Animation Frames (PerformanceObserver
 * 'long-animation-frame'), each with the scripts that ran in it (who called them, from which file, how long) and the
 * time spent rendering (style, layout, paint). Recorded from page load; read with `longFrames`.
 */
export interface LongFrame {
  startMs: number
  durationMs: number
  blockingMs: number
  /** From the frame's render start to its end: React's commit shows as script, style/layout/paint as this. */
  renderMs: number
  styleAndLayoutMs: number
  scripts: { invoker: string; source: string; durationMs: number; forcedLayoutMs: number }[]
}

export async function watchFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __frames: unknown[] }
    w.__frames = []
    type Script = {
      invoker: string
      sourceURL: string
      sourceFunctionName: string
      duration: number
      forcedStyleAndLayoutDuration: number
    }
    type Loaf = PerformanceEntry & {
      blockingDuration: number
      renderStart: number
      styleAndLayoutStart: number
      scripts: Script[]
    }
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Loaf[]) {
          const end = e.startTime + e.duration
          w.__frames.push({
            startMs: e.startTime,
            durationMs: e.duration,
            blockingMs: e.blockingDuration,
            renderMs: e.renderStart > 0 ? end - e.renderStart : 0,
            styleAndLayoutMs: e.styleAndLayoutStart > 0 ? end - e.styleAndLayoutStart : 0,
            scripts: e.scripts.map((s) => ({
              invoker: s.invoker,
              source: `${s.sourceFunctionName || '?'} @ ${s.sourceURL.replace(/^.*\//, '')}`,
              durationMs: s.duration,
              forcedLayoutMs: s.forcedStyleAndLayoutDuration,
            })),
          })
        }
      }).observe({ type: 'long-animation-frame', buffered: true })
    } catch {
      // a browser without LoAF: nothing is recorded, and the spec says so
    }
  })
}

export async function longFrames(page: Page): Promise<LongFrame[]> {
  return page.evaluate(() => (window as unknown as { __frames: LongFrame[] }).__frames.slice())
}

/** One line per frame: duration, render part, and its scripts (longest first). */
export function describeFrame(f: LongFrame): string {
  const scripts = [...f.scripts]
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, 4)
    .map(
      (s) =>
        `${s.invoker} [${s.source}] ${Math.round(s.durationMs)} ms${s.forcedLayoutMs > 1 ? ` (forced layout ${Math.round(s.forcedLayoutMs)})` : ''}`,
    )
  return `${Math.round(f.durationMs)} ms frame (blocking ${Math.round(f.blockingMs)}, render ${Math.round(f.renderMs)}, style+layout ${Math.round(f.styleAndLayoutMs)}): ${scripts.join('; ') || 'no script'}`
}
