import { describe, expect, it } from 'vitest'
import kinesis from '../../examples/kinesis-poison.json'
import type { Scenario } from '../model'
import { runMetrics } from '../sim/views'
import { createAppStore } from './createAppStore'
import { compareFigures, forkInfoOf } from './forkRun'
import { forkEdited, originalRunOf } from './forkSlice'
import { selectPlaybackRun } from './playback/selectors'

const doc = kinesis as unknown as Scenario
const before = (trace: readonly { atMs: number }[], t: number) => JSON.stringify(trace.filter((e) => e.atMs < t))

function forked() {
  const store = createAppStore()
  store.getState().openDocument(doc)
  store.getState().seek(30_000)
  store.getState().startFork()
  return store
}

describe('fork slice (#19)', () => {
  it('a fresh fork is the original run; an edit re-simulates only after the fork time', () => {
    const store = forked()
    const s0 = store.getState()
    expect(s0.compare?.atMs).toBe(30_000)
    expect(forkEdited(s0)).toBe(false)
    const same = selectPlaybackRun(s0)
    const original = originalRunOf(s0)!
    if (!same.ok || !original.ok) throw new Error('runs should be valid')
    expect(same.result.trace.length).toBe(original.result.trace.length)

    store.getState().updateEdge('clicks-esm', {
      config: { batchSize: 100, startingPosition: 'TRIM_HORIZON', bisectOnError: true, maxRetryAttempts: 2 },
    })
    const s1 = store.getState()
    expect(forkEdited(s1)).toBe(true)
    expect(forkInfoOf(s1.compare!, s1.scenario, s1.injected)).toEqual({ effectiveMs: 30_000, blockers: [] })
    const fork = selectPlaybackRun(s1)
    if (!fork.ok) throw new Error('fork should be valid')
    expect(before(fork.result.trace, 30_000)).toBe(before(original.result.trace, 30_000))

    // The diff strip's numbers are the two runs' own figures.
    const figures = compareFigures(original, fork)!
    expect(figures.original).toEqual(runMetrics(original.result, original.resolved))
    expect(figures.fork).toEqual(runMetrics(fork.result, fork.resolved))
    expect(figures.fork.lost).toBe(0)
    expect(figures.fork.inDlq).toBeGreaterThan(0)
    expect(figures.original.maxIteratorAgeMs).toBeGreaterThan(figures.fork.maxIteratorAgeMs)
    expect(figures.diff.find((d) => d.key === 'maxIteratorAgeMs')?.riskier).toBe('a')
  })

  it('keeping the original restores it as one undo step: undo brings the fork back', () => {
    const store = forked()
    store.getState().updateEdge('clicks-esm', { config: { batchSize: 10 } })
    const fork = store.getState().scenario
    store.getState().leaveComparison('original')
    expect(store.getState().compare).toBeNull()
    expect(store.getState().scenario).toBe(doc)
    store.getState().undo()
    expect(store.getState().scenario).toBe(fork)
  })

  it('compare eras flips the era at 0; a new document ends the comparison', () => {
    const store = createAppStore()
    store.getState().openDocument({ ...doc, edges: doc.edges.filter((e) => e.role !== 'onFailure') })
    store.getState().compareEras()
    const s = store.getState()
    expect(s.compare).toMatchObject({ kind: 'eras', atMs: 0 })
    expect(s.scenario.era).toBe('2018')
    expect(forkInfoOf(s.compare!, s.scenario, s.injected)?.effectiveMs).toBe(0)
    store.getState().openDocument(doc)
    expect(store.getState().compare).toBeNull()
  })
})
