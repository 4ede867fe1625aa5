/**
 * Start and cancel a sweep. Each point is a full run done in a Web Worker (sweep.worker.ts), one worker per sweep:
 * cancelling terminates it (a run is a synchronous loop, so it is stopped, not asked). Without Worker (tests, old
 * hosts) the points run here, one per task, so the page can still paint and cancel between them.
 */
import type { Scenario } from '../model'
import { sweepPoint, type SweepPoint, type SweepTargetRef } from './sweepRun'

export interface SweepJob {
  jobId: number
  doc: Scenario
  setting: SweepTargetRef
  values: readonly number[]
}

export type SweepReply =
  | { jobId: number; type: 'point'; index: number; point: SweepPoint }
  | { jobId: number; type: 'done' }
  | { jobId: number; type: 'failed'; message: string }

export interface SweepCallbacks {
  onPoint: (index: number, point: SweepPoint) => void
  onDone: () => void
  onFailed: (message: string) => void
}

type WorkerFactory = () => Worker

let factory: WorkerFactory | null =
  typeof Worker === 'undefined'
    ? null
    : () => new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' })
let nextId = 1

/** Tests swap the worker (null: points run on this thread, one per task). */
export function setSweepWorkerFactory(f: WorkerFactory | null): void {
  factory = f
}

/** Starts the sweep; the returned function cancels it (no callback is called after that). */
export function startSweep(
  doc: Scenario,
  setting: SweepTargetRef,
  values: readonly number[],
  cb: SweepCallbacks,
): () => void {
  const jobId = nextId++
  let live = true
  if (factory === null) {
    let i = 0
    let timer: ReturnType<typeof setTimeout> | null = null
    const step = () => {
      if (!live) return
      if (i >= values.length) {
        live = false
        cb.onDone()
        return
      }
      const index = i++
      cb.onPoint(index, sweepPoint(doc, setting, values[index]!))
      timer = setTimeout(step, 0)
    }
    timer = setTimeout(step, 0)
    return () => {
      live = false
      if (timer !== null) clearTimeout(timer)
    }
  }
  const worker = factory()
  const stop = () => {
    live = false
    worker.terminate()
  }
  worker.onmessage = (e: MessageEvent<SweepReply>) => {
    const msg = e.data
    if (!live || msg.jobId !== jobId) return
    if (msg.type === 'point') cb.onPoint(msg.index, msg.point)
    else if (msg.type === 'done') {
      stop()
      cb.onDone()
    } else {
      stop()
      cb.onFailed(msg.message)
    }
  }
  worker.onerror = (ev) => {
    ev.preventDefault()
    if (!live) return
    stop()
    cb.onFailed(ev.message || 'The sweep worker stopped.')
  }
  const job: SweepJob = { jobId, doc, setting, values }
  worker.postMessage(job)
  return stop
}
