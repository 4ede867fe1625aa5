/** #19: a fault injected into the original's pane changes the original's run, and so the diff strip's figures. */
import { describe, expect, it } from 'vitest'
import kinesis from '../../examples/kinesis-poison.json'
import type { Scenario } from '../model'
import { runMetrics } from '../sim/views'
import { createAppStore } from './createAppStore'
import { compareFigures } from './forkRun'
import { originalRunOf } from './forkSlice'
import { createOriginalStore, linkOriginalStore } from './originalPane'
import { selectPlaybackRun } from './playback/selectors'

const doc = kinesis as unknown as Scenario

function comparison() {
  const main = createAppStore()
  main.getState().openDocument(doc)
  main.getState().seek(5_000)
  main.getState().injectFault({ kind: 'fault', fault: { kind: 'failNext', count: 1, target: 'aggregator' } })
  main.getState().startFork()
  const pane = createOriginalStore(main, main.getState().compare!)
  const unlink = linkOriginalStore(main, pane)
  return { main, pane, unlink }
}

const figuresOf = (main: ReturnType<typeof createAppStore>) => {
  const s = main.getState()
  const original = originalRunOf(s)!
  const fork = selectPlaybackRun(s)
  if (!original.ok || !fork.ok) throw new Error('both runs should be valid')
  return { original, fork, figures: compareFigures(original, fork)! }
}

describe('the original pane (#19)', () => {
  it('starts from the comparison: the same inputs (no copy) and the next input gets a fresh id', () => {
    const { main, pane } = comparison()
    expect(pane.getState().injected).toBe(main.getState().compare!.originalInjected)
    pane.getState().seek(8_000)
    const id = pane.getState().injectFault({ kind: 'fault', fault: { kind: 'fail', target: 'aggregator' } })
    expect(id).toBe('injected-2')
  })

  it('an input injected on either side changes the diff: its figures are the two runs as played', () => {
    const { main, pane } = comparison()
    const unchanged = figuresOf(main).figures
    expect(unchanged.diff.every((d) => d.a === d.b)).toBe(true)

    // The left pane: the handler fails always from T+8 s (after the fork: only the original sees it).
    main.getState().seek(8_000)
    pane.getState().injectFault({ kind: 'fault', fault: { kind: 'fail', target: 'aggregator' } })
    expect(main.getState().compare!.originalInjected).toBe(pane.getState().injected)
    const left = figuresOf(main)
    expect(left.figures.original).toEqual(runMetrics(left.original.result, left.original.resolved))
    // …the very run the left canvas plays.
    const played = selectPlaybackRun(pane.getState())
    if (!played.ok) throw new Error('the pane run should be valid')
    expect(left.figures.original).toEqual(runMetrics(played.result, played.resolved))
    expect(left.figures.fork).toEqual(unchanged.fork)
    expect(left.figures.diff.some((d) => d.a !== d.b)).toBe(true)

    // The right pane (the fork, the app's own store): an event sent by hand at T+9 s.
    main.getState().seek(9_000)
    main.getState().injectFault({ kind: 'event', source: 'clicks' })
    const both = figuresOf(main)
    expect(both.figures.fork).toEqual(runMetrics(both.fork.result, both.fork.resolved))
    expect(both.figures.fork.events).toBe(unchanged.fork.events + 1)
    expect(both.figures.original).toEqual(left.figures.original)
  })

  it('stops following once unlinked', () => {
    const { main, pane, unlink } = comparison()
    unlink()
    const before = main.getState().compare
    pane.getState().injectFault({ kind: 'fault', fault: { kind: 'fail', target: 'aggregator' } })
    expect(main.getState().compare).toBe(before)
  })
})
