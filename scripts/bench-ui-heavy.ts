/**
 * UI benchmark, heavy runs (npm run bench:ui, issue #13): runs e2e/safety-heavy.spec.ts against the built app on its
 * own
 * port (BENCH_UI_HEAVY_PORT, default BENCH_UI_PORT + 1 = 4298; never 4173) and prints the longest main-thread task
 *   - ui.heavy_link.longest_task_ms: opening a `?scenario=` link that asks for 1,000,000 events (until the stop
 * message);
 *   - ui.edit_200k.longest_task_ms: typing 22 characters in the inspector with a 200,000-event scenario loaded.
 * (PerformanceObserver 'longtask' entries, in the page), each followed by the machine's slowdown at the time and the
 * task per unit of it (`…slowdown`, `…longest_task_full_speed_ms`), and each page's longest task as CPU time
 * (`…longest_task_cpu_ms`, Chromium trace: what the spec checks). One figure a line.
 */
import { spawnSync } from 'node:child_process'

const port = process.env.BENCH_UI_HEAVY_PORT ?? String(Number(process.env.BENCH_UI_PORT ?? 4297) + 1)
const r = spawnSync('node', ['scripts/e2e.mjs', 'e2e/safety-heavy.spec.ts', '--reporter=line'], {
  env: { ...process.env, E2E_PORT: port },
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
})
const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`
let found = 0
for (const name of ['ui.heavy_link.longest_task_ms', 'ui.edit_200k.longest_task_ms']) {
  const m = new RegExp(`${name.replace(/\./g, '\\.')} (\\d+) \\(slowdown ([\\d.]+): (\\d+) ms at full speed`).exec(out)
  if (m) {
    console.log(`${name} ${m[1]}`)
    // The same task per unit of the machine's speed at the time (e2e/heavy-helpers.ts slowdown; 1 on an idle machine).
    console.log(`${name.replace('longest_task_ms', 'slowdown')} ${m[2]}`)
    console.log(`${name.replace('longest_task_ms', 'longest_task_full_speed_ms')} ${m[3]}`)
    found++
  } else console.log(`${name} n/a`)
}
// The same page's longest main-thread task as CPU time (Chromium trace): its cost at full speed, whatever the load.
for (const name of ['ui.heavy_link.longest_task_cpu_ms', 'ui.edit_200k.longest_task_cpu_ms']) {
  const cpu = new RegExp(`${name.replace(/\./g, '\\.')} ([\\d.]+)`).exec(out)
  console.log(`${name} ${cpu ? cpu[1] : 'n/a'}`)
}
if (found < 2) {
  console.error(out.slice(-4000))
  process.exitCode = 1
}
