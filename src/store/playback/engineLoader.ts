/**
 * The run's code (`runEngine.ts`: parse, resolve, simulate and the views a run carries) is its own chunk, fetched
 * after the page's first paint: the editor's first frame is the canvas, which needs none of it (#16). Until it lands,
 * `runFor` answers "pending" as it does while a worker simulates (the playback bar and the canvas already show that);
 * listeners (createAppStore) are told when it lands, so selectors read the run. A failed fetch (offline before the
 * chunk was cached) is reported as the run's issue and retried on the next change.
 *
 * Tests install the module synchronously (`src/test/setupRunEngine.ts`), so `runFor` answers at once there.
 */
import type * as RunEngineModule from './runEngine'
import { afterPaint } from '../afterPaint'

export type RunEngine = typeof RunEngineModule

let engine: RunEngine | null = null
let loading: Promise<RunEngine> | null = null
let scheduled = false
/** Why the last fetch failed (cleared by the next attempt). */
let failure: string | null = null
const listeners = new Set<() => void>()

const notify = () => {
  for (const l of listeners) l()
}

/** The engine if it is loaded, else null. */
export const runEngineOrNull = (): RunEngine | null => engine

/** Why the engine could not be fetched, while that is so. */
export const runEngineFailure = (): string | null => failure

/** The engine, fetching it now if needed. */
export function loadRunEngine(): Promise<RunEngine> {
  if (engine !== null) return Promise.resolve(engine)
  failure = null
  loading ??= import('./runEngine').then(
    (m) => {
      engine = m
      notify()
      return m
    },
    (error: unknown) => {
      loading = null
      failure = error instanceof Error ? error.message : String(error)
      if (typeof addEventListener === 'function')
        addEventListener('online', () => void loadRunEngine().catch(() => undefined), { once: true })
      notify()
      throw error
    },
  )
  return loading
}

/** Fetches the engine once the page has painted (a frame, then a task); at once where nothing paints. */
export function loadRunEngineAfterPaint(): void {
  if (engine !== null || loading !== null || scheduled) return
  scheduled = true
  const go = () => {
    scheduled = false
    void loadRunEngine().catch(() => undefined)
  }
  afterPaint(go)
}

/** Runs `fn` with the engine: now if it is loaded, else once it lands (never, if it cannot be fetched). */
export function withRunEngine(fn: (engine: RunEngine) => void): void {
  if (engine !== null) fn(engine)
  else void loadRunEngine().then(fn, () => undefined)
}

export function subscribeRunEngine(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Tests: the engine, imported statically, in place at once (null: as the page is before it lands). */
export function installRunEngine(m: RunEngine | null): void {
  engine = m
  loading = null
  failure = null
}
