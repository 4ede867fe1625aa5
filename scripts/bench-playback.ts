/**
 * Playback benchmark (headless Chromium, not a timed test). Plays a 50-node scenario with ~300 and ~1,000 tokens in
 * flight for 5 s each and prints, one figure a line:
 *   ui.playback_300.fps  ui.playback_300.busy_ms_per_s  ui.playback_1000.fps  ui.playback_1000.busy_ms_per_s
 * (plus the mean number of tokens actually drawn, ui.playback_N.tokens). fps = requestAnimationFrame callbacks per
 * second; busy = Chrome's TaskDuration (CDP Performance.getMetrics) per wall second.
 * Targets on a 2-core machine: 300 tokens ≥ 58 fps using ≤ 400 ms/s; 1,000 tokens ≥ 55 fps.
 * Needs a build (`npx vite build`); serves dist/ with `vite preview` on BENCH_PORT (default E2E_PORT or 4203).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium, type Page } from '@playwright/test'

// Run vite's own entry (not through npx) so that killing `server` stops the server itself, not a wrapper.
const VITE_BIN = 'node_modules/vite/bin/vite.js'

const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4203)
const PAIRS = 25 // 25 buckets → 25 functions = 50 nodes
const MEASURE_MS = 5000
const WARMUP_MS = 1500
/** A hop is on screen for 280 ms at 1× (the token layer's minimum flight), so in flight ≈ events/s × 0.28. */
const VISIBLE_FLIGHT_S = 0.28

function scenario(tokens: number) {
  const perSourcePerS = tokens / VISIBLE_FLIGHT_S / PAIRS
  const everyMs = Math.max(1, Math.round(1000 / perSourcePerS))
  const nodes: unknown[] = []
  const edges: unknown[] = []
  const traffic: unknown[] = []
  for (let i = 0; i < PAIRS; i++) {
    const x = (i % 5) * 520
    const y = Math.floor(i / 5) * 130
    nodes.push(
      { id: `b${i}`, type: 's3', position: { x, y } },
      { id: `f${i}`, type: 'lambda', position: { x: x + 280, y }, config: { durationMs: 100 } },
    )
    edges.push({ from: `b${i}`, to: `f${i}` })
    traffic.push({ source: `b${i}`, kind: 'every', everyMs, startMs: i, untilMs: 14_000 })
  }
  return {
    format: 'lambdascope/scenario@1',
    title: `bench ${tokens} tokens`,
    era: 'current',
    seed: 1,
    durationMs: 15_000,
    nodes,
    edges,
    traffic,
    faults: [],
  }
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not start on ${url}`)
}

/** rAF frames per second, main-thread busy ms per second (CDP TaskDuration) and mean tokens drawn, over MEASURE_MS. */
async function measure(page: Page): Promise<{ fps: number; busyMsPerS: number; tokens: number }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const taskS = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0
  // a string, not a function: the page runs it as written (no bundler helpers, no DOM types needed here)
  await page.evaluate(`(() => {
    window.benchFrames = 0; window.benchTokens = 0; window.benchSamples = 0
    const layer = document.querySelector('[data-testid="token-layer"]')
    const tick = () => {
      window.benchFrames++
      window.benchTokens += Number(layer?.getAttribute('data-tokens') ?? 0)
      window.benchSamples++
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })()`)
  const t0 = Date.now()
  const busy0 = await taskS()
  await page.waitForTimeout(MEASURE_MS)
  const busy1 = await taskS()
  const wallS = (Date.now() - t0) / 1000
  const r = (await page.evaluate(
    '({ frames: window.benchFrames, tokens: window.benchTokens / Math.max(1, window.benchSamples) })',
  )) as { frames: number; tokens: number }
  return { fps: r.frames / wallS, busyMsPerS: ((busy1 - busy0) * 1000) / wallS, tokens: r.tokens }
}

async function main() {
  if (!existsSync('dist/index.html')) throw new Error('no build: run `npx vite build` first')
  const server = spawn(
    process.execPath,
    [VITE_BIN, 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore' },
  )
  const base = `http://127.0.0.1:${PORT}/`
  try {
    await waitForServer(base)
    const executablePath =
      process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    })
    // control: the same page with nothing playing (how many frames this machine gives right now, e.g. under load)
    {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      await page.goto(`${base}?scenario=${encodeURIComponent(JSON.stringify(scenario(300)))}`)
      await page.locator('.react-flow').waitFor()
      await page.waitForTimeout(WARMUP_MS)
      const m = await measure(page)
      console.log(`ui.idle_page.fps ${m.fps.toFixed(1)}`)
      console.log(`ui.idle_page.busy_ms_per_s ${m.busyMsPerS.toFixed(0)}`)
      await page.close()
    }
    for (const tokens of [300, 1000]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      await page.goto(`${base}?scenario=${encodeURIComponent(JSON.stringify(scenario(tokens)))}`)
      await page.locator('.react-flow').waitFor()
      await page.getByTestId('scrub').locator('input').fill('3000')
      await page.getByTestId('play').click()
      await page.waitForTimeout(WARMUP_MS)
      const m = await measure(page)
      const status = await page.getByTestId('play').textContent()
      if (status?.trim() !== 'Pause')
        console.error(`warning: playback ${tokens} was not playing at the end (${status})`)
      console.log(`ui.playback_${tokens}.fps ${m.fps.toFixed(1)}`)
      console.log(`ui.playback_${tokens}.busy_ms_per_s ${m.busyMsPerS.toFixed(0)}`)
      console.log(`ui.playback_${tokens}.tokens ${m.tokens.toFixed(0)}`)
      await page.close()
    }
    await browser.close()
  } finally {
    server.kill()
  }
}

await main()
