import { describe, expect, it, vi } from 'vitest'
import { lessonById } from '../../lessons'
import { emptyScenario } from '../scenarioDefaults'
import { createAppStore } from '../createAppStore'
import { loadLessons } from '../lessonsLoader'
import { selectPlaybackRun } from './selectors'
import * as engine from './runEngine'
import { installRunEngine, loadRunEngine, runEngineOrNull, subscribeRunEngine } from './engineLoader'
import { awaitsEngine, runFor } from './run'
import type { TimedFault } from './inputs'

/** #16: the page starts without the run's code (the setup file installs it for every other test). */
describe('before the engine lands', () => {
  it('a run is pending — the same object for the same document — then the real run once it lands', async () => {
    installRunEngine(null)
    const doc = lessonById('async-errors')!.scenario
    const none: readonly TimedFault[] = []
    const pending = runFor(doc, none)
    expect(pending).toEqual({ ok: false, issues: [], endMs: doc.durationMs, pending: null })
    expect(runFor(doc, none)).toBe(pending)
    expect(awaitsEngine(pending)).toBe(true)
    const told = vi.fn()
    const stop = subscribeRunEngine(told)
    await loadRunEngine()
    stop()
    expect(told).toHaveBeenCalledTimes(1)
    expect(runEngineOrNull()).not.toBeNull()
    const run = runFor(doc, none)
    expect(run.ok).toBe(true)
    expect(awaitsEngine(run)).toBe(false)
    // The same run the engine derives directly: nothing differs for having waited.
    expect(JSON.stringify(run)).toBe(JSON.stringify(engine.deriveRun(doc, [])))
  })

  it('the store re-reads the run when the engine lands, and a playhead placed meanwhile is clamped to its end', async () => {
    installRunEngine(null)
    const store = createAppStore({ scenario: lessonById('async-errors')!.scenario })
    expect(selectPlaybackRun(store.getState()).ok).toBe(false)
    store.getState().seek(Number.MAX_SAFE_INTEGER)
    const before = store.getState()
    await loadRunEngine()
    const after = store.getState()
    expect(after).not.toBe(before)
    const run = selectPlaybackRun(after)
    expect(run.ok).toBe(true)
    expect(after.positionMs).toBe(run.endMs)
  })

  it('a lesson opened before the engine lands opens when it does, at the same step and playhead', async () => {
    await loadLessons()
    installRunEngine(engine)
    const now = createAppStore({ scenario: emptyScenario() })
    now.getState().openLesson('async-errors')
    now.getState().goToStep(2)
    expect(now.getState().lesson?.stepIndex).toBe(2)
    installRunEngine(null)
    const later = createAppStore({ scenario: emptyScenario() })
    later.getState().openLesson('async-errors')
    expect(later.getState().lesson).toBeNull()
    await loadRunEngine()
    later.getState().goToStep(2)
    const pick = (s: ReturnType<typeof now.getState>) => ({
      lesson: s.lesson,
      positionMs: s.positionMs,
      status: s.status,
      scenario: s.scenario,
    })
    expect(pick(later.getState())).toEqual(pick(now.getState()))
  })
})
