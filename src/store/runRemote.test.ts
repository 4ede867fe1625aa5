/**
 * Big runs in a worker (issue #13): an edit cancels the run in flight and starts the next; progress, the first part
 * and the whole run arrive in turn; a failure in the worker is reported, never left waiting. A fake Worker stands in.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Scenario } from '../model'
import { scenarioDoc } from '../sim/testkit'
import { createAppStore } from './createAppStore'
import { deriveRun } from './playback/runEngine'
import { selectPlaybackRun } from './playback/selectors'
import { setRunWorkerFactory, type WorkerJob, type WorkerReply } from './runRemote'

class FakeWorker {
  posted: WorkerJob[] = []
  terminated = false
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null
  onerror: ((e: ErrorEvent) => void) | null = null
  postMessage(job: WorkerJob) {
    this.posted.push(job)
  }
  terminate() {
    this.terminated = true
  }
  reply(r: WorkerReply) {
    this.onmessage?.({ data: r } as MessageEvent<WorkerReply>)
  }
}

const burst = (count: number, title = 'b'): Scenario =>
  scenarioDoc({
    title,
    durationMs: 60_000,
    nodes: [
      { id: 'api', type: 'client' },
      { id: 'fn', type: 'lambda', config: { durationMs: 100 } },
    ],
    edges: [{ from: 'api', to: 'fn' }],
    traffic: [{ source: 'api', kind: 'once', atMs: 0, count }],
  })

let workers: FakeWorker[] = []
const install = () => {
  workers = []
  setRunWorkerFactory(() => {
    const w = new FakeWorker()
    workers.push(w)
    return w as unknown as Worker
  })
}
afterEach(() => setRunWorkerFactory(null))

describe('runs in a worker', () => {
  it('a small document still runs here, synchronously', () => {
    install()
    const store = createAppStore({ scenario: burst(5) })
    expect(selectPlaybackRun(store.getState()).ok).toBe(true)
    expect(workers).toHaveLength(0)
  })

  it('a big one is pending with progress, then shows its first part, then the whole run; the store re-renders each time', () => {
    install()
    const doc = burst(100_000)
    const store = createAppStore({ scenario: doc })
    let renders = 0
    store.subscribe(() => renders++)
    const pending = selectPlaybackRun(store.getState())
    expect(pending).toMatchObject({ ok: false, issues: [], pending: null })
    expect(workers).toHaveLength(1)
    const w = workers[0]!
    const job = w.posted[0]!
    expect(job.doc).toBe(doc)
    // Selecting again (every render) does not start it twice.
    selectPlaybackRun(store.getState())
    expect(w.posted).toHaveLength(1)
    w.reply({
      jobId: job.jobId,
      type: 'progress',
      progress: { atMs: 30_000, untilMs: 60_000, events: 9_000, traceEntries: 70_000 },
    })
    expect(selectPlaybackRun(store.getState())).toMatchObject({ ok: false, pending: { atMs: 30_000, events: 9_000 } })
    const small = deriveRun(burst(3), [])
    w.reply({ jobId: job.jobId, type: 'partial', run: small })
    const part = selectPlaybackRun(store.getState())
    expect(part.ok && part.partial).toMatchObject({ atMs: 30_000 })
    expect(part.ok && part.result.traceStore.length).toBe(part.ok ? part.result.trace.length : -1)
    w.reply({ jobId: job.jobId, type: 'done', run: small })
    const done = selectPlaybackRun(store.getState())
    expect(done.ok && done.partial).toBeUndefined()
    expect(selectPlaybackRun(store.getState())).toBe(done)
    expect(renders).toBe(3)
  })

  it('an edit cancels the run in flight and starts the next; a late message of the old run is ignored', () => {
    install()
    const store = createAppStore({ scenario: burst(100_000) })
    selectPlaybackRun(store.getState())
    const first = workers[0]!
    const oldJob = first.posted[0]!
    store.setState({ scenario: burst(200_000, 'edited') })
    selectPlaybackRun(store.getState())
    expect(first.terminated).toBe(true)
    expect(workers).toHaveLength(2)
    expect(workers[1]!.posted[0]!.doc.title).toBe('edited')
    first.reply({ jobId: oldJob.jobId, type: 'done', run: deriveRun(burst(3), []) })
    expect(selectPlaybackRun(store.getState())).toMatchObject({ ok: false, pending: null })
  })

  it("a run sent in slices is put back together; the whole run reuses the first part's trace, the same entries", () => {
    install()
    const store = createAppStore({ scenario: burst(100_000) })
    selectPlaybackRun(store.getState())
    const w = workers[0]!
    const jobId = w.posted[0]!.jobId
    const whole = deriveRun(burst(6), [])
    if (!whole.ok) throw new Error('the small run failed')
    const { trace, events } = whole.result
    const empty = (run: typeof whole) => ({
      ...run,
      result: { ...run.result, trace: [], events: [] } as typeof run.result,
    })
    // The first part: the first 5 entries and 2 events, in two slices.
    w.reply({ jobId, type: 'slice', trace: trace.slice(0, 3), events: events.slice(0, 1) })
    expect(selectPlaybackRun(store.getState())).toMatchObject({ ok: false, pending: null }) // nothing shown from a slice alone
    w.reply({ jobId, type: 'slice', trace: trace.slice(3, 5), events: events.slice(1, 2) })
    w.reply({ jobId, type: 'partial', run: empty(whole), sliced: true })
    const part = selectPlaybackRun(store.getState())
    expect(part.ok && part.result.trace).toEqual(trace.slice(0, 5))
    expect(part.ok && part.result.events).toEqual(events.slice(0, 2))
    // The whole run: the entries after the part's, and every event again (their fates may have changed).
    w.reply({ jobId, type: 'slice', trace: trace.slice(5), events })
    w.reply({ jobId, type: 'done', run: empty(whole), sliced: true, traceFrom: 5 })
    const done = selectPlaybackRun(store.getState())
    expect(done.ok && done.result.trace).toEqual(trace)
    expect(done.ok && done.result.events).toEqual(events)
    expect(done.ok && done.result.traceStore.length).toBe(trace.length)
    expect(done.ok && done.partial).toBeUndefined()
  })

  it('a failure in the worker is reported as an issue, not left waiting', () => {
    install()
    const store = createAppStore({ scenario: burst(100_000) })
    selectPlaybackRun(store.getState())
    const w = workers[0]!
    w.reply({ jobId: w.posted[0]!.jobId, type: 'failed', message: 'RangeError: boom' })
    expect(selectPlaybackRun(store.getState())).toMatchObject({
      ok: false,
      issues: [{ code: 'run.failed', message: 'RangeError: boom' }],
    })
  })
})
