/** Walking a lesson's steps: which document is on the canvas at a step, and every key a step uses. */
import type { Scenario } from '../model'
import type { MessageKey } from '../i18n/types'
import type { Lesson, Step } from './types'

/** The document in effect at step `index`: the latest step scenario at or before it, else the lesson's. */
export function scenarioAt(lesson: Lesson, index: number): Scenario {
  for (let i = Math.min(index, lesson.steps.length - 1); i >= 0; i--) {
    const s = lesson.steps[i]?.scenario
    if (s) return s
  }
  return lesson.scenario
}

/** Every static message key a step names (its text, options, unit). Sentences from the run are checked by running. */
export function stepKeys(step: Step): MessageKey[] {
  const keys: MessageKey[] = [step.textKey]
  if (step.kind === 'question') {
    if (step.question.kind === 'choice') keys.push(...step.question.options.map((o) => o.labelKey))
    if (step.question.kind === 'number') keys.push(step.question.unitKey)
  }
  return keys
}

export function lessonKeys(lesson: Lesson): MessageKey[] {
  return [lesson.titleKey, lesson.summaryKey, ...lesson.coversKeys, ...lesson.steps.flatMap(stepKeys)]
}
