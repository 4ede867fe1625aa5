/**
 * UI benchmark (npm run bench:ui): the canvas with a generated 200-node / 300-edge scenario in headless Chromium.
 * Builds dist/ when it is missing or older than src/, serves it with `vite preview` on its own port, opens
 * `?bench=canvas200`, then measures
 *   - ui.canvas_load_ms: navigation start → all 200 nodes and an edge are in the DOM and two frames have been
 *     painted after them (navigated once the freshly launched browser has settled, see browserSettled; cold page);
 *   - ui.canvas_pan.*: 5 s of continuous panning (pointer held down on the empty pane);
 *   - ui.canvas_drag.*: 5 s of dragging one node around (each move redraws the node and its edges; the document is
 *     written once, at the drop), away from the pane's edges;
 *   - ui.canvas_drag_autopan.*: 5 s of a drag held at the pane's edge, where React Flow auto-pans the canvas every
 *     frame (moves_per_s counts the frames in which the canvas moved);
 * frames per second from requestAnimationFrame counting, and main-thread busy milliseconds per second from Chrome's
 * Performance.getMetrics (TaskDuration). Headless Chromium holds 60 fps until the main thread saturates, so the busy
 * time is the figure that shows headroom. `moves_per_s` counts the frames in which the thing moved on screen (the
 * viewport while panning, the node while dragging): a frame counted by fps may show no movement at all (see
 * `circle`). Prints one figure a line.
 */
import { spawnSync } from 'node:child_process'
import { startPreview } from './previewServer.ts'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test'

// Run vite's own entry (not through npx) so that killing `server` stops the server itself, not a wrapper.

const PORT = Number(process.env.BENCH_UI_PORT ?? 4297)
const URL_BASE = `http://127.0.0.1:${PORT}`
const PHASE_MS = 5000

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)
  }
  return newest
}

function buildIfNeeded() {
  const index = 'dist/index.html'
  const stale =
    !existsSync(index) || statSync(index).mtimeMs < Math.max(newestMtime('src'), statSync('index.html').mtimeMs)
  if (!stale) return
  console.error('bench:ui: building dist/ …')
  const r = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (r.status !== 0) throw new Error('vite build failed')
}

async function taskDurationS(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0
}

/**
 * Wait until Chromium has finished starting up. A freshly launched (new headless) Chromium spends its first ~2 s
 * preloading its own "top chrome" WebUI (the omnibox popup) in a second renderer, about a core's worth of CPU; on a
 * 2-core machine, a page navigated meanwhile was measured 600–800 ms slower. That is the browser's startup, not the
 * app's: wait for two quiet 250 ms windows in a row (all of the browser's processes together, from
 * SystemInfo.getProcessInfo) before navigating. The page itself stays cold (new context: no HTTP or code cache).
 */
async function browserSettled(browser: Browser) {
  const cdp = await browser.newBrowserCDPSession()
  const cpuS = async () => {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo')
    return processInfo.reduce((sum, p) => sum + p.cpuTime, 0)
  }
  let quietWindows = 0
  let before = await cpuS()
  for (let i = 0; i < 60 && quietWindows < 2; i++) {
    await new Promise((r) => setTimeout(r, 250))
    const now = await cpuS()
    quietWindows = now - before < 0.025 ? quietWindows + 1 : 0
    before = now
  }
  await cdp.detach()
}

/**
 * Count animation frames in the page while `act` runs, and those in which `moving` (a selector) had a new inline
 * transform; returns fps, moves per second and main-thread busy ms per second.
 */
async function measure(page: Page, cdp: CDPSession, moving: string, act: (until: number) => Promise<void>) {
  await page.evaluate(`(() => {
    window.__frames = 0
    window.__moves = 0
    window.__counting = true
    const el = document.querySelector(${JSON.stringify(moving)})
    let last = el.style.transform
    const tick = () => {
      if (!window.__counting) return
      window.__frames++
      if (el.style.transform !== last) { window.__moves++; last = el.style.transform }
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })()`)
  const busyBefore = await taskDurationS(cdp)
  const start = performance.now()
  await act(start + PHASE_MS)
  const elapsedS = (performance.now() - start) / 1000
  const busyAfter = await taskDurationS(cdp)
  const { frames, moves } = (await page.evaluate(
    '(() => { window.__counting = false; return { frames: window.__frames, moves: window.__moves } })()',
  )) as {
    frames: number
    moves: number
  }
  return {
    fps: frames / elapsedS,
    movesPerS: moves / elapsedS,
    busyMsPerS: ((busyAfter - busyBefore) * 1000) / elapsedS,
  }
}

/**
 * Hold the pointer down at `from` and move it in a circle until `until`. Each move is sent as soon as the page has
 * taken the previous one (Playwright waits for Chromium's acknowledgement): on this 2-core machine that is 45–52 moves
 * a second, close to one per frame, and `moves_per_s` says how many frames actually moved. (A steady 125 Hz stream
 * sent without waiting, like a real mouse, was tried: the sender itself then competes with the browser for the CPU,
 * and panning fell to 16–32 fps in the old and new builds alike. An 8 ms pause between moves, used before, halved the
 * rate in some runs and so measured a lighter load.)
 */
async function circle(page: Page, from: { x: number; y: number }, radius: number, until: number) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  let angle = 0
  while (performance.now() < until) {
    angle += 0.12
    await page.mouse.move(from.x + radius * Math.sin(angle), from.y + radius * (1 - Math.cos(angle)))
  }
  await page.mouse.up()
}

const DRAG_RADIUS = 80
/** React Flow auto-pans while a dragged node's pointer is within this distance of the pane's edge (calcAutoPan). */
const AUTO_PAN_EDGE_PX = 40

/** Back to the opening framing, as a user would (the fit-view button), and two frames for it to be drawn. */
async function fitView(page: Page) {
  await page.locator('.react-flow__controls-fitview').click()
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))')
}

const viewportTransform = (page: Page) =>
  page.evaluate(`document.querySelector('.react-flow__viewport').style.transform`) as Promise<string>

/**
 * The drag's circle (it starts at `centre` and passes 2 × radius below it, radius to either side) must keep clear of
 * the pane's edges: near them React Flow pans the whole canvas every frame, which is a pan, not a drag. (Before
 * this check, the pan phase could leave the node near the pane's left edge, and some drag runs were mostly auto-pan.)
 */
async function assertDragStaysInside(page: Page, centre: { x: number; y: number }, radius: number) {
  const pane = await page.locator('.react-flow__pane').boundingBox()
  if (!pane) throw new Error('no pane')
  const margin = AUTO_PAN_EDGE_PX + 8
  const inside =
    centre.x - radius >= pane.x + margin &&
    centre.x + radius <= pane.x + pane.width - margin &&
    centre.y >= pane.y + margin &&
    centre.y + 2 * radius <= pane.y + pane.height - margin
  if (!inside)
    throw new Error(`the drag circle around ${JSON.stringify(centre)} would reach the pane's auto-pan margin`)
}

/**
 * Drag the node at `from` to `edge` (inside the pane's auto-pan margin) and keep the pointer moving there, a few
 * pixels to and fro, until `until`: React Flow pans the canvas every frame while the node follows the pointer.
 */
async function dragAtEdge(page: Page, from: { x: number; y: number }, edge: { x: number; y: number }, until: number) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(edge.x, edge.y, { steps: 10 })
  let angle = 0
  while (performance.now() < until) {
    angle += 0.12
    await page.mouse.move(edge.x + 8 * Math.sin(angle), edge.y + 60 * Math.sin(angle / 3))
  }
  await page.mouse.up()
}

/** A point on the empty pane (not on a node or edge label), for panning. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(`(() => {
    const r = document.querySelector('.react-flow__pane').getBoundingClientRect()
    for (let y = r.top + 20; y < r.bottom - 20; y += 7)
      for (let x = r.left + 60; x < r.right - 220; x += 7) {
        const el = document.elementFromPoint(x, y)
        if (el && el.classList.contains('react-flow__pane')) return { x, y }
      }
    return null
  })()`)
  if (!p) throw new Error('no empty spot on the pane')
  return p as { x: number; y: number }
}

async function main() {
  buildIfNeeded()
  const server = await startPreview(PORT)
  const executablePath =
    process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')
    await browserSettled(browser)
    console.error('bench:ui: loading the 200-node scenario …')
    await page.goto(`${URL_BASE}/?bench=canvas200&lang=en&theme=light`)
    // Interactive: the nodes are in the DOM, laid out, and a frame has been painted after them.
    const loadMs = Number(
      await page.evaluate(`new Promise((resolve) => {
        const check = () => {
          const drawn = document.querySelectorAll('.react-flow__node').length >= 200
          if (drawn && document.querySelector('.react-flow__edge'))
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))
          else requestAnimationFrame(check)
        }
        check()
      })`),
    )
    console.error('bench:ui: panning, then dragging a node (5 s each) …')
    const pan = await measure(page, cdp, '.react-flow__viewport', async (until) =>
      circle(page, await emptyPanePoint(page), 120, until),
    )
    // Back to the opening framing (the pan left the canvas anywhere), as a user would: the fit-view button.
    await fitView(page)
    const node = await page.locator('.react-flow__node[data-id="fnA-7"]').boundingBox()
    if (!node) throw new Error('node fnA-7 is not on screen')
    const centre = { x: node.x + node.width / 2, y: node.y + node.height / 2 }
    await assertDragStaysInside(page, centre, DRAG_RADIUS)
    const viewportBefore = await viewportTransform(page)
    const drag = await measure(page, cdp, '.react-flow__node[data-id="fnA-7"]', (until) =>
      circle(page, centre, DRAG_RADIUS, until),
    )
    if ((await viewportTransform(page)) !== viewportBefore)
      throw new Error('the drag auto-panned the canvas: it measured panning, not dragging')
    // A drag held at the pane's left edge: React Flow pans the canvas every frame and the node goes along.
    await fitView(page)
    const pane = await page.locator('.react-flow__pane').boundingBox()
    const moved = await page.locator('.react-flow__node[data-id="fnA-7"]').boundingBox()
    if (!pane || !moved) throw new Error('no pane, or node fnA-7 is not on screen')
    const grab = { x: moved.x + moved.width / 2, y: moved.y + moved.height / 2 }
    const autoPan = await measure(page, cdp, '.react-flow__viewport', (until) =>
      dragAtEdge(page, grab, { x: pane.x + AUTO_PAN_EDGE_PX / 2, y: pane.y + pane.height / 2 }, until),
    )
    if (autoPan.movesPerS < 1) throw new Error('the drag held at the edge did not auto-pan the canvas')
    const lines = [
      ['ui.canvas_pan.fps', pan.fps.toFixed(1)],
      ['ui.canvas_pan.moves_per_s', pan.movesPerS.toFixed(1)],
      ['ui.canvas_pan.busy_ms_per_s', pan.busyMsPerS.toFixed(0)],
      ['ui.canvas_drag.fps', drag.fps.toFixed(1)],
      ['ui.canvas_drag.moves_per_s', drag.movesPerS.toFixed(1)],
      ['ui.canvas_drag.busy_ms_per_s', drag.busyMsPerS.toFixed(0)],
      ['ui.canvas_drag_autopan.fps', autoPan.fps.toFixed(1)],
      ['ui.canvas_drag_autopan.moves_per_s', autoPan.movesPerS.toFixed(1)],
      ['ui.canvas_drag_autopan.busy_ms_per_s', autoPan.busyMsPerS.toFixed(0)],
      ['ui.canvas_load_ms', loadMs.toFixed(0)],
    ]
    for (const [name, value] of lines) console.log(`${name} ${value}`)
  } finally {
    await browser.close()
    server.kill()
  }
}

await main()
