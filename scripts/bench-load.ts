/**
 * npm run bench:ui (first part): what the first frame costs to load, for the editor and the embed.
 *   ui.initial_js_gzip_kb        JS (gzip -9 of each file) requested before the editor's first node is drawn: every
 *                                .js resource whose request started before that frame (the page's own resource
 *                                timing), so chunks fetched after it (lazy panels, idle preloads) do not count and
 *                                nothing requested before it is missed
 *   ui.embed_initial_js_gzip_kb  the same for embed.html, whose first frame is its static picture (a node of it, or
 *                                of the canvas, whichever comes first: app/embed/firstFrame)
 *   ui.embed_ja_initial_js_gzip_kb  the same with lang=ja
 *   ui.embed_first_frame_ms      navigation start → the frame after the embed's first node exists, CPU throttled 4×
 *   ui.embed_interactive_ms      navigation start → the frame after the interactive canvas's first node exists (the
 *                                canvas that replaces the picture), CPU throttled 4×
 * Serves dist/ (built by `npm run build`) on its own port (BENCH_LOAD_PORT, default 4298; never 4173). No service
 * worker (a fresh context, and the first visit is what is measured).
 */
import { startPreview } from './previewServer.ts'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser } from '@playwright/test'

const PORT = Number(process.env.BENCH_LOAD_PORT ?? 4298)
const BASE = `http://127.0.0.1:${PORT}`

/** The first frame: a node of the canvas or of the embed's static picture. */
const FIRST_NODE = '.react-flow__node, .embed-first-frame [data-node]'

/**
 * Gzipped KB of the JS fetched until the first node is in the DOM, the first frame's time (ms) and the time of the
 * frame after the interactive canvas's first node exists (ms).
 */
async function measure(browser: Browser, path: string, throttle: number) {
  const context = await browser.newContext({ viewport: { width: 600, height: 400 }, serviceWorkers: 'block' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  // A string, not a function: scripts/ compiles without the DOM types.
  await page.addInitScript({
    content: `new MutationObserver((_m, obs) => {
      if (window.__firstSeen === undefined && document.querySelector(${JSON.stringify(FIRST_NODE)})) {
        window.__firstSeen = true
        requestAnimationFrame(() => (window.__firstFrameMs = performance.now()))
      }
      if (document.querySelector('.react-flow__node')) {
        obs.disconnect()
        requestAnimationFrame(() => (window.__interactiveMs = performance.now()))
      }
    }).observe(document, { childList: true, subtree: true })`,
  })
  await page.goto(`${BASE}${path}`)
  // Polled from here: waitForFunction evaluates its predicate inside the page, which the pages' CSP (no eval) refuses.
  for (let waited = 0; !(await page.evaluate('window.__interactiveMs !== undefined')); waited += 50) {
    if (waited > 60_000) throw new Error(`${path}: no canvas node after 60 s`)
    await new Promise((r) => setTimeout(r, 50))
  }
  const firstFrameMs = (await page.evaluate('window.__firstFrameMs')) as number
  const interactiveMs = (await page.evaluate('window.__interactiveMs')) as number
  const requested = (await page.evaluate(
    "performance.getEntriesByType('resource')" +
      '.filter((e) => e.startTime <= window.__firstFrameMs)' +
      '.map((e) => new URL(e.name).pathname)',
  )) as string[]
  const js = new Set(requested.filter((p) => p.endsWith('.js')))
  const kb = [...js].reduce((sum, p) => sum + gzipSync(readFileSync(`dist${p}`), { level: 9 }).length, 0) / 1024
  await context.close()
  return { kb, firstFrameMs, interactiveMs, files: js.size }
}

const server = await startPreview(PORT)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || (process.platform === 'linux' ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-gpu'],
})
try {
  const app = await measure(browser, '/?example=s3-dlq', 1)
  const embed = await measure(browser, '/embed.html?example=s3-dlq', 1)
  const embedJa = await measure(browser, '/embed.html?example=s3-dlq&lang=ja', 1)
  const runs: number[] = []
  const live: number[] = []
  for (let i = 0; i < 3; i++) {
    const m = await measure(browser, '/embed.html?example=s3-dlq', 4)
    runs.push(m.firstFrameMs)
    live.push(m.interactiveMs)
  }
  runs.sort((a, b) => a - b)
  live.sort((a, b) => a - b)
  console.log(`ui.initial_js_gzip_kb ${app.kb.toFixed(1)}   (${app.files} files)`)
  console.log(`ui.embed_initial_js_gzip_kb ${embed.kb.toFixed(1)}   (${embed.files} files)`)
  console.log(`ui.embed_ja_initial_js_gzip_kb ${embedJa.kb.toFixed(1)}   (${embedJa.files} files, lang=ja)`)
  console.log(`ui.embed_first_frame_ms ${Math.round(runs[1] ?? 0)}   (median of 3, CPU throttled 4×)`)
  console.log(`ui.embed_interactive_ms ${Math.round(live[1] ?? 0)}   (median of 3, CPU throttled 4×)`)
} finally {
  await browser.close()
  server.kill()
}
