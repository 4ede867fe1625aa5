import { useEffect, useState } from 'react'

/**
 * Per-run views of a big run (token index, node chips) built in slices across tasks (issue #13): a 40,000-entry run
 * built in one render was a 170–250 ms task; in slices of SLICE_BUDGET_MS the page answers clicks in between. A run of
 * ordinary size is built inside the first slice, in the render that asks for it, as before.
 *
 * `make` returns an iterator that yields between units of work and returns the value. The hook returns the value once
 * built; until then the last value it built (for earlier `deps`) with `ready: false`, or null before any.
 */
export const SLICE_BUDGET_MS = 6
/** The slice inside the render that asks (it shares that task with the commit and the other views' first slices). */
export const FIRST_SLICE_BUDGET_MS = 3

interface Job<T> {
  deps: readonly unknown[]
  steps: Iterator<unknown, T>
  done: boolean
  value: T | null
  /** The last value built (for these deps or earlier ones). */
  last: T | null
}

/** Runs steps until done or the budget is spent; true when done. */
export function pump<T>(steps: Iterator<unknown, T>, budgetMs: number, onDone: (value: T) => void): boolean {
  const start = performance.now()
  for (;;) {
    const r = steps.next()
    if (r.done === true) {
      onDone(r.value)
      return true
    }
    if (performance.now() - start >= budgetMs) return false
  }
}

/** The next task, without setTimeout's 4 ms clamp after nesting (a MessageChannel message is a task of its own). */
function nextTask(run: () => void): () => void {
  if (typeof MessageChannel === 'undefined') {
    const id = setTimeout(run, 0)
    return () => clearTimeout(id)
  }
  const ch = new MessageChannel()
  ch.port1.onmessage = () => run()
  ch.port2.postMessage(null)
  return () => ch.port1.close()
}

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i])

/** A build for one set of deps; its first slice runs at once (a small build finishes in it). */
function startJob<T>(make: () => Iterator<unknown, T>, deps: readonly unknown[], last: T | null): Job<T> {
  const job: Job<T> = { deps, steps: make(), done: false, value: null, last }
  job.done = pump(job.steps, FIRST_SLICE_BUDGET_MS, (v) => {
    job.value = v
    job.last = v
  })
  return job
}

export function useSliced<T>(
  make: () => Iterator<unknown, T>,
  deps: readonly unknown[],
): { value: T | null; ready: boolean } {
  const [state, setState] = useState(() => startJob(make, deps, null))
  let job = state
  if (!same(job.deps, deps)) {
    // New deps: start over (React's "state from props" pattern: it renders again at once with this job).
    job = startJob(make, deps, state.last)
    setState(job)
  }
  useEffect(() => {
    if (job.done) return
    let cancel = () => {}
    const step = () => {
      const done = pump(job.steps, SLICE_BUDGET_MS, (v) => {
        job.value = v
        job.last = v
      })
      if (done) setState((s) => (s === job ? { ...job, done: true } : s))
      else cancel = nextTask(step)
    }
    cancel = nextTask(step)
    return () => cancel()
  }, [job])
  return { value: job.done ? job.value : job.last, ready: job.done }
}
