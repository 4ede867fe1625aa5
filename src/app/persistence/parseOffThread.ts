import type { ImportResult } from './codec'
import { loadValidator } from './loadValidator'

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, (r: ImportResult) => void>()

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  if (!worker) {
    worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<{ id: number; result: ImportResult }>) => {
      pending.get(e.data.id)?.(e.data.result)
      pending.delete(e.data.id)
    }
    worker.onerror = () => {
      // A crashed worker must not leave a dialog spinning: answer everyone with a plain error and start afresh.
      for (const [id, resolve] of pending) {
        resolve({
          ok: false,
          total: 1,
          issues: [
            { path: '(document)', code: 'file.unreadable', message: 'The file could not be read.', severity: 'error' },
          ],
        })
        pending.delete(id)
      }
      worker?.terminate()
      worker = null
    }
  }
  return worker
}

/**
 * Parse imported text or a picked file in a Web Worker (the main thread stays free, even for decoding a 5 MB file);
 * where there is no Worker (unit tests), after a tick.
 */
export function parseOffThread(input: string | Blob): Promise<ImportResult> {
  const w = getWorker()
  if (!w)
    return Promise.all([typeof input === 'string' ? input : input.text(), loadValidator()]).then(([text, v]) =>
      v.parseScenarioText(text),
    )
  const id = nextId++
  return new Promise((resolve) => {
    pending.set(id, resolve)
    w.postMessage({ id, input })
  })
}
