/**
 * `npx tsx scripts/bench-run-ready.ts` (after `npx vite build`): when the editor's run arrives, CPU throttled 4× (a
 * training-room laptop). The first frame is the canvas without the simulator (#16); the run's code comes after it.
 *   ui.first_node_ms   navigation start → the frame after the canvas's first node exists
 *   ui.run_ready_ms    navigation start → the frame after the run is there (Play enabled: chips and tokens can draw)
 * Median of RUNS (default 5) on `/?example=s3-dlq` (PATH_TO_OPEN to change it). Serves dist/ on BENCH_LOAD_PORT
 * (default 4297; never 4173), no service worker (a first visit).
 */
import { startPreview } from './previewServer.ts'
import { chromium } from '@playwright/test'

const PORT = Number(process.env.BENCH_LOAD_PORT ?? 4297)
const BASE = `http://127.0.0.1:${PORT}`
const RUNS = Number(process.env.RUNS ?? 5)
const OPEN = process.env.PATH_TO_OPEN ?? '/?example=s3-dlq'

const server = await startPreview(PORT)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || (process.platform === 'linux' ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-gpu'],
})
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
try {
  const firstNode: number[] = []
  const ready: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    // A returning visitor (no start page over the canvas). A string: scripts/ compiles without the DOM types.
    await page.addInitScript({
      content: `try { localStorage.setItem('lambdascope.start.dismissed.v1', '1') } catch {}
      const look = () => {
        if (window.__node === undefined && document.querySelector('.react-flow__node'))
          requestAnimationFrame(() => (window.__node = performance.now()))
        const play = document.querySelector('[data-testid="play"]')
        if (play && !play.disabled) { requestAnimationFrame(() => (window.__ready = performance.now())); return }
        requestAnimationFrame(look)
      }
      requestAnimationFrame(look)`,
    })
    await page.goto(`${BASE}${OPEN}`)
    for (let waited = 0; !(await page.evaluate('window.__ready !== undefined')); waited += 50) {
      if (waited > 60_000) throw new Error('no run after 60 s')
      await new Promise((r) => setTimeout(r, 50))
    }
    firstNode.push((await page.evaluate('window.__node')) as number)
    ready.push((await page.evaluate('window.__ready')) as number)
    await context.close()
  }
  const line = (name: string, xs: number[]) =>
    `${name} ${Math.round(median(xs))}   (median of ${RUNS}, 4× CPU; ${xs.map(Math.round).join(', ')})`
  console.log(line('ui.first_node_ms', firstNode))
  console.log(line('ui.run_ready_ms', ready))
} finally {
  await browser.close()
  server.kill()
}
