import type { Page } from '@playwright/test'

/**
 * Main-thread measurements for the heavy-run targets of issue #13 (safety-heavy.spec.ts, `npm run bench:ui`).
 *
 * A long task's duration is wall time: on a machine shared by many processes, a 5 ms task can last 80 ms because the
 * renderer is not scheduled. So each figure is also given per unit of this machine's present speed (`slowdown`): how
 * much longer a fixed piece of JavaScript takes as one task than its best time in slices too short to be interrupted.
 * On an idle machine the slowdown is 1 and the targets are the issue's own (100 ms, 50 ms).
 */

export interface TaskLog {
  /** [startTime, duration] of every main-thread long task (PerformanceObserver 'longtask', buffered). */
  tasks: [number, number][]
  /** When the run status first showed (the app is up and the run is being simulated), page time. */
  statusAtMs: number | null
}

/** Before the page loads: record long tasks with their start, and when the run status first showed. */
export async function watchTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __heavy: TaskLog }
    w.__heavy = { tasks: [], statusAtMs: null }
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__heavy.tasks.push([e.startTime, e.duration])
    }).observe({ type: 'longtask', buffered: true })
    const mo = new MutationObserver(() => {
      if (w.__heavy.statusAtMs !== null) return
      if (document.querySelector('[data-testid="run-status"]')?.textContent) {
        w.__heavy.statusAtMs = performance.now()
        mo.disconnect()
      }
    })
    mo.observe(document, { subtree: true, childList: true, characterData: true })
  })
}

export async function taskLog(page: Page): Promise<TaskLog> {
  return page.evaluate(() => structuredClone((window as unknown as { __heavy: TaskLog }).__heavy))
}

/** Long tasks that started at or after `fromMs` (page time). */
export async function tasksSince(page: Page, fromMs: number): Promise<number[]> {
  const log = await taskLog(page)
  return log.tasks.filter(([start]) => start >= fromMs).map(([, d]) => d)
}

export async function nowMs(page: Page): Promise<number> {
  return page.evaluate(() => performance.now())
}

/** Two frames, so work the last change started has run (a long task ends before the next frame). */
export async function settleFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
}

/**
 * How many times slower the main thread runs a task now than at its best: a fixed piece of work timed as one task
 * (median of 5) against 30 × its best time in slices of 1/30 of it (each too short to be interrupted). ≥ 1.
 */
export async function slowdown(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const work = (n: number) => {
      let x = 1
      for (let i = 0; i < n; i++) x = (x * 48_271 + i) % 2_147_483_647
      return x
    }
    const yieldTask = () => new Promise((r) => setTimeout(r, 0))
    const SLICE = 150_000
    let sink = 0
    let best = Infinity
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now()
      sink += work(SLICE)
      best = Math.min(best, performance.now() - t0)
      if (i % 6 === 5) await yieldTask()
    }
    const whole: number[] = []
    for (let i = 0; i < 5; i++) {
      await yieldTask()
      const t0 = performance.now()
      sink += work(SLICE * 30)
      whole.push(performance.now() - t0)
    }
    whole.sort((a, b) => a - b)
    ;(window as unknown as { __sink: number }).__sink = sink
    return Math.max(1, whole[2]! / (Math.max(best, 0.005) * 30))
  })
}

/**
 * The page's main-thread tasks as CPU time (Chromium trace, `tdur`): what a task costs at full speed, whatever the
 * machine's load. On a shared 2-core machine a task of 5 ms CPU can last 300 ms of wall time while the renderer waits
 * for a core (measured with this trace: load average 30, a 700 ms loop took 7.5 s), which `slowdown` only partly
 * removes. Start before the page loads; `stop` gives the tasks from the first message of the simulation worker on.
 */
export async function traceMainThread(
  page: Page,
  from: TraceFrom = 'workerMessage',
): Promise<{ stop: () => Promise<MainThreadTasks> }> {
  const browser = page.context().browser()
  if (!browser) throw new Error('tracing needs a browser')
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
  })
  return {
    stop: async () => tasksOfTrace(JSON.parse((await browser.stopTracing()).toString('utf8')) as Trace, from),
  }
}

/**
 * Which tasks count: from the simulation worker's first message on (a run loading), or every task of the page's main
 * thread while the trace ran (an edit, where no run may arrive).
 */
export type TraceFrom = 'workerMessage' | 'traceStart'

export interface MainThreadTasks {
  /** CPU ms of each task on the page's main thread from `TraceFrom` on. */
  cpuMs: number[]
  /** Wall ms of the same tasks. */
  wallMs: number[]
}

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}
type Trace = { traceEvents: TraceEvent[] }

function tasksOfTrace(trace: Trace, from: TraceFrom): MainThreadTasks {
  const events = trace.traceEvents
  // The page's main thread: a renderer's main thread that receives the simulation worker's messages (the worker's own
  // thread receives the job).
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  const firstMessage = from === 'workerMessage' ? firstWorkerMessage(events, mains) : busiestStart(events, mains)
  if (!firstMessage) return { cpuMs: [], wallMs: [] }
  const tasks = events.filter(
    (e) =>
      e.name === 'ThreadControllerImpl::RunTask' &&
      e.ph === 'X' &&
      e.pid === firstMessage.pid &&
      e.tid === firstMessage.tid &&
      e.ts + (e.dur ?? 0) >= firstMessage.ts,
  )
  return { cpuMs: tasks.map((e) => (e.tdur ?? 0) / 1000), wallMs: tasks.map((e) => (e.dur ?? 0) / 1000) }
}

function firstWorkerMessage(events: TraceEvent[], mains: Set<string>): TraceEvent | undefined {
  return events
    .filter((e) => e.name === 'HandlePostMessage' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts)[0]
}

/** The first task of the renderer main thread that ran the most tasks (the page under test, not an idle one). */
function busiestStart(events: TraceEvent[], mains: Set<string>): TraceEvent | undefined {
  const byThread = new Map<string, TraceEvent[]>()
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`
    if (e.name !== 'ThreadControllerImpl::RunTask' || e.ph !== 'X' || !mains.has(key)) continue
    byThread.set(key, [...(byThread.get(key) ?? []), e])
  }
  const busiest = [...byThread.values()].sort((a, b) => b.length - a.length)[0]
  return busiest?.sort((a, b) => a.ts - b.ts)[0]
}
