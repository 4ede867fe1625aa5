/**
 * Sweeps off the main thread (sweepRemote.ts): each value of the setting is a full run (sweepRun.ts), posted as soon
 * as it is done so the chart fills in. To cancel, the main thread terminates the worker.
 */
import type { SweepJob, SweepReply } from './sweepRemote'
import { sweepPoint } from './sweepRun'

const post = (reply: SweepReply) => (self as unknown as Worker).postMessage(reply)

self.onmessage = (e: MessageEvent<SweepJob>) => {
  const { jobId, doc, setting, values } = e.data
  try {
    values.forEach((value, index) => post({ jobId, type: 'point', index, point: sweepPoint(doc, setting, value) }))
    post({ jobId, type: 'done' })
  } catch (err) {
    post({ jobId, type: 'failed', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) })
  }
}
