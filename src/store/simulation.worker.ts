/**
 * The simulation off the main thread (runRemote.ts). One job at a time; to cancel, the main thread terminates the
 * worker. Sends progress, then the first part of a long run (playback can start on it), then the whole run — each a
 * PlaybackRun whose result is plain data. Failures are reported, never left uncaught (the page would wait forever).
 */
import { simulate } from '../sim'
import { prepareRun, runOf } from './playback/runEngine'
import { UI_BUDGET, type PlaybackRun } from './playback/runTypes'
import type { WorkerJob, WorkerReply } from './runRemote'

/** The first part: this many trace entries (a prefix of the whole run, byte for byte). */
const FIRST_PART_ENTRIES = 20_000

/** Trace entries / event records per slice message: a slice costs the main thread a few ms to receive. */
const SLICE = 1_000

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply)

/**
 * A run's trace and events in slices, then the run itself without them (runRemote.ts puts them back). The whole run
 * after a first part skips the trace entries the first part already sent (`traceFrom`): they are the same, byte for
 * byte.
 */
function send(jobId: number, type: 'partial' | 'done', run: PlaybackRun, traceFrom = 0): void {
  if (!run.ok) {
    post({ jobId, type, run })
    return
  }
  const { trace, events } = run.result
  for (let i = 0; traceFrom + i < trace.length || i < events.length; i += SLICE)
    post({
      jobId,
      type: 'slice',
      trace: trace.slice(traceFrom + i, traceFrom + i + SLICE),
      events: events.slice(i, i + SLICE),
    })
  post({
    jobId,
    type,
    run: { ...run, result: { ...run.result, trace: [], events: [] } as typeof run.result },
    sliced: true,
    traceFrom,
  })
}

/** The result's fields as plain data (its trace and events are getters over columns). */
function plain(run: PlaybackRun): PlaybackRun {
  if (!run.ok) return run
  const r = run.result
  const result = {
    trace: r.trace,
    events: r.events,
    metrics: r.metrics,
    untilMs: r.untilMs,
    seed: r.seed,
    stopped: r.stopped,
    violations: r.violations,
  }
  return { ...run, result: result as unknown as typeof r }
}

self.onmessage = (e: MessageEvent<WorkerJob>) => {
  const { jobId, doc, inputs } = e.data
  try {
    const prepared = prepareRun(doc, inputs)
    if (!prepared.ok) {
      post({ jobId, type: 'done', run: { ok: false, issues: prepared.issues, endMs: doc.durationMs } })
      return
    }
    const { effective, resolved, warnings } = prepared
    const first = simulate(resolved, {
      budget: { maxEvents: UI_BUDGET.maxEvents, maxTraceEntries: FIRST_PART_ENTRIES },
    })
    const longer =
      first.stopped !== null &&
      first.stopped.reason === 'maxTraceEntries' &&
      FIRST_PART_ENTRIES < UI_BUDGET.maxTraceEntries
    if (!longer) {
      send(jobId, 'done', plain(runOf(effective, resolved, warnings, first)))
      return
    }
    send(jobId, 'partial', plain(runOf(effective, resolved, warnings, first)))
    const whole = simulate(resolved, {
      budget: UI_BUDGET,
      onProgress: (progress) => post({ jobId, type: 'progress', progress }),
    })
    send(jobId, 'done', plain(runOf(effective, resolved, warnings, whole)), first.traceStore.length)
  } catch (err) {
    post({ jobId, type: 'failed', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) })
  }
}
