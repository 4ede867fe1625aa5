import { useCallback, useEffect, useRef, useState } from 'react'
import type { Scenario } from '../../model'
import { startSweep } from '../../store/sweepRemote'
import type { SweepTargetRef } from '../../store/sweepRun'
import { createSweepFeed, type SweepFeed } from './sweepFeed'

export type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed'

/** What React renders from: it changes when a sweep starts and ends, never per run (the points are in the feed). */
export interface SweepState {
  status: SweepStatus
  values: readonly number[]
  /** Runs done when the sweep ended (cancelled: how far it got). */
  done: number
  message: string | null
}

const IDLE: SweepState = { status: 'idle', values: [], done: 0, message: null }

/** A sweep for a component: start, cancel, its state, and the feed its points arrive in. Cancelled on unmount. */
export function useSweep() {
  const [state, setState] = useState<SweepState>(IDLE)
  const [feed] = useState<SweepFeed>(() => createSweepFeed())
  const cancelRef = useRef<(() => void) | null>(null)
  const cancel = useCallback(() => {
    if (!cancelRef.current) return
    cancelRef.current()
    cancelRef.current = null
    // what arrived before the cancel is kept
    feed.flush()
    setState((s) => (s.status === 'running' ? { ...s, status: 'cancelled', done: feed.done() } : s))
  }, [feed])
  const start = useCallback(
    (doc: Scenario, setting: SweepTargetRef, values: readonly number[]) => {
      cancelRef.current?.()
      feed.reset(values.length)
      setState({ status: 'running', values, done: 0, message: null })
      cancelRef.current = startSweep(doc, setting, values, {
        onPoint: feed.add,
        onDone: () => {
          cancelRef.current = null
          feed.flush()
          setState((s) => ({ ...s, status: 'done', done: feed.done() }))
        },
        onFailed: (message) => {
          cancelRef.current = null
          feed.flush()
          setState((s) => ({ ...s, status: 'failed', done: feed.done(), message }))
        },
      })
    },
    [feed],
  )
  useEffect(
    () => () => {
      cancelRef.current?.()
      feed.dispose()
    },
    [feed],
  )
  return { state, feed, start, cancel }
}
