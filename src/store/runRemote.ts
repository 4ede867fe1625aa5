/**
 * Big runs off the main thread. A document whose traffic asks for many events is simulated in a Web Worker
 * (`simulation.worker.ts`) so the tab never freezes: an edit cancels the run in flight (the worker is terminated) and
 * starts the next; the worker sends progress, then the first part of the run (playback can start on it), then the
 * whole run. Small documents keep running synchronously (a few ms, and tests in jsdom/node have no Worker).
 * Listeners (createAppStore) are told when something arrives so selectors read it.
 */
import type { Scenario } from '../model'
import type { EventRecord, RunProgressReport, SimResult, TraceEvent, TraceStore } from '../sim'
import type { PlaybackRun } from './playback/run'
import type { TimedFault } from './playback/inputs'
import { estimateEvents } from './runEstimate'

/** Above this many estimated traffic events a run goes to the worker (a run this size takes tens of ms). */
export const SYNC_MAX_EVENTS = 2_000

/**
 * What the worker sends back. `run` is a PlaybackRun whose result is plain data (no getters, no columns). A big run's
 * trace and events come first in slices (one structured clone of 40,000 entries is a 200–300 ms task on the main
 * thread; a slice is a few ms, and the page answers clicks between slices): then the run says `sliced` and its own
 * `trace` and `events` are empty, to be filled from the slices received since the last run; the whole run after a first
 * part sends only the trace entries after the part's (`traceFrom`: the part is a prefix of it, byte for byte).
 */
export type WorkerReply =
  | { jobId: number; type: 'progress'; progress: RunProgressReport }
  | { jobId: number; type: 'slice'; trace: TraceEvent[]; events: EventRecord[] }
  | { jobId: number; type: 'partial' | 'done'; run: PlaybackRun; sliced?: boolean; traceFrom?: number }
  | { jobId: number; type: 'failed'; message: string }

export interface WorkerJob {
  jobId: number
  doc: Scenario
  inputs: readonly TimedFault[]
}

interface Job {
  id: number
  doc: Scenario
  inputs: readonly TimedFault[]
  run: PlaybackRun
  /** Slices received for the next run message. */
  trace: TraceEvent[]
  /** The first part's trace (the whole run's starts with it). */
  partTrace: readonly TraceEvent[]
  events: EventRecord[]
}

type WorkerFactory = () => Worker

let factory: WorkerFactory | null =
  typeof Worker === 'undefined'
    ? null
    : () => new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' })
let worker: Worker | null = null
let busy = false
let current: Job | null = null
let nextId = 1
const listeners = new Set<() => void>()

/** Tests swap the worker (or remove it: null runs everything synchronously). */
export function setRunWorkerFactory(f: WorkerFactory | null): void {
  worker?.terminate()
  worker = null
  busy = false
  current = null
  factory = f
}

export function subscribeRuns(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const notify = () => {
  for (const l of listeners) l()
}

/** A plain result from the worker, given back the columnar view SimResult promises (`traceStore`) over its array. */
function revive(run: PlaybackRun, job: Job, sliced: boolean, traceFrom: number): PlaybackRun {
  if (!run.ok) return run
  if (sliced) {
    const plainResult = run.result as { trace: TraceEvent[]; events: EventRecord[] }
    plainResult.trace = traceFrom > 0 ? job.partTrace.slice(0, traceFrom).concat(job.trace) : job.trace
    plainResult.events = job.events
    job.trace = []
    job.events = []
  }
  const trace = run.result.trace
  const store = {
    length: trace.length,
    get: (i: number) => trace[i] as TraceEvent,
    atMsOf: (i: number) => (trace[i] as TraceEvent).atMs,
    toArray: () => trace,
  }
  const result = { ...run.result }
  Object.defineProperty(result, 'traceStore', { value: store as unknown as TraceStore, enumerable: false })
  return { ...run, result: result as SimResult }
}

function onReply(e: MessageEvent<WorkerReply>): void {
  const msg = e.data
  const job = current
  if (job === null || msg.jobId !== job.id) return // a cancelled run's late message
  if (msg.type === 'slice') {
    // Appended in place (no notify: nothing shows a run until its message arrives).
    for (const e of msg.trace) job.trace.push(e)
    for (const e of msg.events) job.events.push(e)
    return
  }
  if (msg.type === 'progress') {
    job.run = job.run.ok
      ? { ...job.run, partial: msg.progress }
      : { ok: false, issues: [], endMs: job.doc.durationMs, pending: msg.progress }
  } else if (msg.type === 'partial') {
    const part = revive(msg.run, job, msg.sliced === true, 0)
    if (part.ok) job.partTrace = part.result.trace
    // Keep the progress already known; the part's own end is where its budget stopped it.
    job.run = part.ok
      ? {
          ...part,
          partial: job.run.ok
            ? job.run.partial!
            : (job.run.pending ?? {
                atMs: part.endMs,
                untilMs: job.doc.durationMs,
                events: part.result.events.length,
                traceEntries: part.result.trace.length,
              }),
        }
      : part
  } else if (msg.type === 'done') {
    job.run = revive(msg.run, job, msg.sliced === true, msg.traceFrom ?? 0)
    job.partTrace = []
    busy = false
  } else if (msg.type === 'failed') {
    busy = false
    job.run = {
      ok: false,
      endMs: job.doc.durationMs,
      issues: [
        {
          path: '(document)',
          code: 'run.failed',
          message: msg.message,
          severity: 'error',
          params: { message: msg.message },
        },
      ],
    }
  }
  notify()
}

function start(doc: Scenario, inputs: readonly TimedFault[]): Job {
  if (busy && worker) {
    // Cancel the run in flight: the worker is busy in a synchronous loop, so it is stopped, not asked.
    worker.terminate()
    worker = null
  }
  if (!worker && factory) {
    worker = factory()
    worker.onmessage = onReply
    worker.onerror = (ev) => {
      ev.preventDefault()
      onReply(
        new MessageEvent('message', {
          data: { jobId: current?.id ?? -1, type: 'failed', message: ev.message || 'The simulation worker stopped.' },
        }),
      )
    }
  }
  const job: Job = {
    id: nextId++,
    doc,
    inputs,
    run: { ok: false, issues: [], endMs: doc.durationMs, pending: null },
    trace: [],
    events: [],
    partTrace: [],
  }
  current = job
  busy = true
  const message: WorkerJob = { jobId: job.id, doc, inputs }
  worker!.postMessage(message)
  return job
}

/**
 * The run for (document, inputs) when it belongs in the worker: pending (with progress), partial, or done; null when
 * it is small enough to run here (or there is no Worker). Starting a run is keyed on identity, so calling this from a
 * selector on every render starts it once.
 */
export function remoteRunFor(doc: Scenario, inputs: readonly TimedFault[]): PlaybackRun | null {
  if (factory === null) return null
  if (current !== null && current.doc === doc && current.inputs === inputs) return current.run
  if (estimateEvents(doc) <= SYNC_MAX_EVENTS) {
    if (busy && worker) {
      worker.terminate() // the big run in flight is no longer wanted
      worker = null
      busy = false
    }
    current = null
    return null
  }
  return start(doc, inputs).run
}
