/**
 * Where playback stands at each lesson step, derived from the lesson alone so Back, Replay and resume land on the
 * same picture: a step shows the document in effect (`scenarioAt`) at the time the latest play step before it
 * stopped (or a narration's own `seekMs`).
 */
import { conditionAtMs, scenarioAt, type Lesson, type LessonRun } from '../lessons'
import type { PlaybackRun } from './playback/run'

/** Which step's scenario is in effect at step i (-1 = the lesson's own). Steps sharing a source share a canvas. */
export function docSourceAt(lesson: Lesson, index: number): number {
  for (let i = Math.min(index, lesson.steps.length - 1); i >= 0; i--) if (lesson.steps[i]?.scenario) return i
  return -1
}

export function lessonRunOf(run: PlaybackRun): LessonRun | null {
  return run.ok ? { scenario: run.scenario, resolved: run.resolved, result: run.result } : null
}

/** When step i's play stops in this run (a play step's condition; null when it never happens: play to the end). */
export function stopAtMs(lesson: Lesson, index: number, run: LessonRun | null): number | null {
  const step = lesson.steps[index]
  if (!run || step?.kind !== 'play') return null
  return conditionAtMs(run, step.until)
}

/** Where the picture stands when step i begins: the stop of the latest earlier play step on the same canvas, else 0. */
export function startMsOf(lesson: Lesson, index: number, run: LessonRun | null): number {
  const source = docSourceAt(lesson, index)
  for (let i = index - 1; i >= 0 && docSourceAt(lesson, i) === source; i--) {
    const step = lesson.steps[i]
    if (step?.kind === 'play') return stopAtMs(lesson, i, run) ?? run?.result.untilMs ?? 0
    if (step?.kind === 'narrate' && step.seekMs !== undefined) return step.seekMs
  }
  return 0
}

/** Where a non-play step shows the run (a narration may name its own moment). */
export function restingMsOf(lesson: Lesson, index: number, run: LessonRun | null): number {
  const step = lesson.steps[index]
  if (step?.kind === 'narrate' && step.seekMs !== undefined) return step.seekMs
  if (step?.kind === 'play') return stopAtMs(lesson, index, run) ?? run?.result.untilMs ?? 0
  return startMsOf(lesson, index, run)
}

export { scenarioAt }
