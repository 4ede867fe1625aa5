/** Grading: pure code over a lesson run. No React; the player shows what these return. */
import type { LessonRun } from './run'
import type { Question, Said, Task, TaskResult } from './types'

/** What the learner gave: an option id, a number, or a node id. */
export type Given =
  { kind: 'choice'; optionId: string } | { kind: 'number'; value: number } | { kind: 'node'; nodeId: string }

export interface Grade {
  correct: boolean
  /** The right answer as the question's kind gives it (option id, number, node id). */
  expected: string | number
  /** Why, from the run. Shown when wrong (and as the confirmation when right). */
  said: Said
}

/** The engine's answer to a question. */
export function answerOf(q: Question, run: LessonRun): string | number {
  return q.answer(run)
}

export function grade(q: Question, run: LessonRun, given: Given): Grade {
  const expected = answerOf(q, run)
  let correct: boolean
  switch (q.kind) {
    case 'choice':
      correct = given.kind === 'choice' && given.optionId === expected
      break
    case 'number':
      // Numbers are asked in whole units (seconds, minutes, attempts): equal after rounding what was typed.
      correct =
        given.kind === 'number' &&
        Number.isFinite(given.value) &&
        Math.round(given.value * 1000) === Math.round(Number(expected) * 1000)
      break
    case 'node':
      correct = given.kind === 'node' && given.nodeId === expected
      break
  }
  return { correct, expected, said: q.explain(run) }
}

export function checkTask(task: Task, run: LessonRun): TaskResult {
  return task.check(run)
}
