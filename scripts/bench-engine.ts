/**
 * Engine benchmark (not a timed test). Prints:
 *   engine.trace_events_per_s <n>    trace entries produced per second in the 1M-event async run
 *   engine.async_1m_events_ms <n>    1,000,000 async events, 10% failing (retried at +1 min / +2 min)
 *   engine.lesson_resim_ms <n>       median re-simulation of a lesson-sized scenario (≤ 10,000 trace entries)
 *   engine.heap_bytes_per_trace_event <n>   retained heap per trace entry (250k vs 1M events: linear if similar)
 *   sweep.runs_per_s <n>             sweep points per second on the kinesis example, batch size 1–100 (what the sweep
 *                                    worker does per point: check the document, run it in full, reduce it to its
 * figures)
 * Targets (2-core machine): ≥ 1,000,000 trace events/s; < 3,000 ms; < 16 ms.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { resolveScenario, type ResolvedScenario } from '../src/model/index.ts'
import { simulate } from '../src/sim/index.ts'
import { scenarioDoc } from '../src/sim/testkit.ts'
import { parseScenario } from '../src/model/index.ts'
import { readFileSync } from 'node:fs'
import { sweepPoint } from '../src/store/sweepRun.ts'
import { sweepValues } from '../src/store/sweepSettings.ts'

/** Measured to traffic's end, as before runs settled: the figures stay comparable across versions. */
const runCapped = (s: ResolvedScenario) => simulate(s, { untilMs: s.durationMs })

function resolved(doc: unknown): ResolvedScenario {
  const p = parseScenario(doc)
  if (!p.ok) throw new Error(JSON.stringify(p.issues))
  return resolveScenario(p.scenario)
}

function asyncLoad(events: number): ResolvedScenario {
  return resolved(
    scenarioDoc({
      title: 'bench: async with retries',
      durationMs: events + 600_000,
      nodes: [
        { id: 'bucket', type: 's3' },
        { id: 'fn', type: 'lambda', config: { durationMs: 100 } },
        { id: 'dlq', type: 'sqs' },
      ],
      edges: [
        { from: 'bucket', to: 'fn' },
        { from: 'fn', to: 'dlq', role: 'dlq' },
      ],
      traffic: [{ source: 'bucket', kind: 'every', everyMs: 1, count: events, payload: { n: 1 } }],
      faults: [{ kind: 'failProbability', target: 'fn', p: 0.1 }],
    }),
  )
}

function lesson(): ResolvedScenario {
  return resolved(
    scenarioDoc({
      title: 'bench: lesson',
      durationMs: 900_000,
      nodes: [
        { id: 'api', type: 'apiGateway' },
        { id: 'bucket', type: 's3' },
        { id: 'orders', type: 'lambda', config: { reservedConcurrency: 5, durationMs: 300 } },
        { id: 'thumbs', type: 'lambda', config: { durationMs: 800 } },
        { id: 'dlq', type: 'sqs' },
        { id: 'failed', type: 'sqs' },
      ],
      edges: [
        { from: 'api', to: 'orders' },
        { from: 'bucket', to: 'thumbs' },
        { from: 'thumbs', to: 'dlq', role: 'dlq' },
        { from: 'thumbs', to: 'failed', role: 'onFailure' },
      ],
      traffic: [
        { source: 'api', kind: 'every', everyMs: 700, count: 600 },
        { source: 'bucket', kind: 'every', everyMs: 1500, count: 300 },
      ],
      faults: [
        { kind: 'failProbability', target: 'thumbs', p: 0.3 },
        { kind: 'throttle', target: 'orders', reservedConcurrency: 0, atMs: 120_000 },
        { kind: 'recover', target: 'orders', atMs: 180_000 },
      ],
    }),
  )
}

const now = () => performance.now()

/** 1e7 integer steps; a small function, so it is optimised the same way every time (one long loop waits on OSR). */
function spin(n: number): number {
  let x = 0
  for (let i = 0; i < n; i++) x = (x + i * 7) | 0
  return x
}

/**
 * A fixed integer loop (3e8 steps), timed. On a shared machine CPU time is inflated too (contention, steal), so the
 * bench prints this before and after each timed section: if it is far above its quiet value, the figures are too.
 */
function calibrationMs(): number {
  const s = now()
  let x = 0
  for (let k = 0; k < 30; k++) x ^= spin(10_000_000)
  if (x === 1) console.error('') // keeps the loop from being optimised away
  return Math.round(now() - s)
}
// A real gc() for the memory figures, without needing node flags on the npm script.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Heap retained by a finished run (trace, lifecycles, metrics), per trace entry. */
function heapAfter(events: number): { bytes: number; trace: number } {
  // Twice: typed-array buffers of earlier runs are freed a collection late, and would count against this one.
  gc()
  gc()
  const mem = () => {
    const m = process.memoryUsage()
    return m.heapUsed + m.arrayBuffers
  }
  const before = mem()
  const r = runCapped(asyncLoad(events))
  gc()
  gc()
  const bytes = mem() - before
  const n = r.traceStore.length
  if (r.events.length === 0) throw new Error('unreachable: keeps r alive')
  return { bytes, trace: n }
}

// warm up the JIT
runCapped(asyncLoad(50_000))

const big = asyncLoad(1_000_000)
const calBefore = calibrationMs()
const cpu0 = process.cpuUsage()
const t0 = now()
const r = runCapped(big)
const asyncMs = now() - t0
const cpu = process.cpuUsage(cpu0)
const calAfterAsync = calibrationMs()
const retried = r.events.filter((e) => e.attempts.length > 1).length

const small = lesson()
const times: number[] = []
let lessonTrace = 0
for (let i = 0; i < 60; i++) {
  const s = now()
  lessonTrace = runCapped(small).traceStore.length
  times.push(now() - s)
}
times.sort((a, b) => a - b)
const calAfterLesson = calibrationMs()

// The sweep (#19): every point a full run of the kinesis example, as the worker does it.
const kinesisDoc = JSON.parse(readFileSync('examples/kinesis-poison.json', 'utf8'))
const sweepT0 = now()
const sweepRuns = sweepValues(1, 100, 100).map((v) =>
  sweepPoint(kinesisDoc, { target: { kind: 'edge', id: 'clicks-esm' }, path: ['batchSize'] }, v),
)
const sweepMs = now() - sweepT0

const m1 = heapAfter(250_000)
const m2 = heapAfter(1_000_000)

console.log(`engine.trace_events_per_s ${Math.round(r.traceStore.length / (asyncMs / 1000))}`)
console.log(`engine.async_1m_events_ms ${Math.round(asyncMs)}`)
console.log(`engine.lesson_resim_ms ${times[Math.floor(times.length / 2)]!.toFixed(2)}`)
console.log(`engine.heap_bytes_per_trace_event ${Math.round(m2.bytes / m2.trace)}`)
console.log(`sweep.runs_per_s ${(sweepRuns.length / (sweepMs / 1000)).toFixed(1)}`)
console.error(
  `# async run: ${r.events.length} events (${retried} retried), ${r.traceStore.length} trace entries, ` +
    `cpu user ${Math.round(cpu.user / 1000)} ms + sys ${Math.round(cpu.system / 1000)} ms ` +
    '(wall includes time other processes took); materialising all TraceEvent objects would take extra; ' +
    `lesson: ${lessonTrace} trace entries; ` +
    `heap/entry at 250k events ${Math.round(m1.bytes / m1.trace)} B vs 1M ${Math.round(m2.bytes / m2.trace)} B ` +
    '(linear when close)',
)
console.error(
  '# calibration loop (3e8 integer steps) before / after the async run / after the lesson runs: ' +
    `${calBefore} / ${calAfterAsync} / ${calAfterLesson} ms ` +
    '(≈175 ms on the 2-core dev machine when quiet; a multiple of that means the machine was that much slower)',
)
