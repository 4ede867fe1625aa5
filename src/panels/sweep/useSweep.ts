import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import type { Scenario } from '../../model'
import { startSweep } from '../../store/sweepRemote'
import type { SweepPoint, SweepTargetRef } from '../../store/sweepRun'

export type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed'

export interface SweepState {
  status: SweepStatus
  values: readonly number[]
  /** One slot per value, filled as runs finish (null: not run yet). */
  points: readonly (SweepPoint | null)[]
  done: number
  message: string | null
}

/** At most this often the chart takes in new points. */
const FLUSH_MS = 500

const IDLE: SweepState = { status: 'idle', values: [], points: [], done: 0, message: null }

/** A sweep's state for a component: start, cancel, and the points as they arrive. Cancelled on unmount. */
export function useSweep() {
  const [state, setState] = useState<SweepState>(IDLE)
  const cancelRef = useRef<(() => void) | null>(null)
  // Points arrive every few ms: they are gathered and drawn at most every FLUSH_MS, so the page renders a handful of
  // times per second, not once per run (a render of a hundred points in a dozen charts is not free on a slow machine).
  const pending = useRef<{ index: number; point: SweepPoint }[]>([])
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const flush = useCallback(() => {
    timer.current = null
    const got = pending.current
    if (got.length === 0) return
    pending.current = []
    // A transition: React renders the charts in slices and yields to input between them.
    startTransition(() =>
      setState((s) => {
        const points = s.points.slice()
        for (const { index, point } of got) points[index] = point
        return { ...s, points, done: s.done + got.length }
      }),
    )
  }, [])
  const dropPending = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = null
    pending.current = []
  }, [])
  const cancel = useCallback(() => {
    if (!cancelRef.current) return
    cancelRef.current()
    cancelRef.current = null
    // what arrived before the cancel is kept
    if (timer.current !== null) clearTimeout(timer.current)
    flush()
    setState((s) => (s.status === 'running' ? { ...s, status: 'cancelled' } : s))
  }, [flush])
  const start = useCallback(
    (doc: Scenario, setting: SweepTargetRef, values: readonly number[]) => {
      cancelRef.current?.()
      dropPending()
      setState({ status: 'running', values, points: values.map(() => null), done: 0, message: null })
      cancelRef.current = startSweep(doc, setting, values, {
        onPoint: (index, point) => {
          pending.current.push({ index, point })
          if (timer.current === null) timer.current = setTimeout(flush, FLUSH_MS)
        },
        onDone: () => {
          cancelRef.current = null
          if (timer.current !== null) clearTimeout(timer.current)
          flush()
          setState((s) => ({ ...s, status: 'done' }))
        },
        onFailed: (message) => {
          cancelRef.current = null
          if (timer.current !== null) clearTimeout(timer.current)
          flush()
          setState((s) => ({ ...s, status: 'failed', message }))
        },
      })
    },
    [dropPending, flush],
  )
  useEffect(
    () => () => {
      cancelRef.current?.()
      dropPending()
    },
    [dropPending],
  )
  return { state, start, cancel }
}
