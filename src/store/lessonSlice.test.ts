import { beforeAll, describe, expect, it } from 'vitest'
import { lessonById } from '../lessons'
import { createAppStore } from './createAppStore'
import { loadLessons } from './lessonsLoader'
import { selectLessonHighlights, selectLessonStep } from './lessonSelectors'

const lesson = lessonById('async-errors')!
const indexOf = (id: string) => lesson.steps.findIndex((s) => s.id === id)

// The slice opens lessons synchronously once their chunk is loaded (lessonsLoader.ts).
beforeAll(() => loadLessons())

describe('lesson slice', () => {
  it('opens a lesson: its scenario on the canvas, step 1, progress recorded', () => {
    const store = createAppStore()
    store.getState().openLesson('async-errors')
    const s = store.getState()
    expect(s.scenario).toBe(lesson.scenario)
    expect(s.lesson?.stepIndex).toBe(0)
    expect(s.lessonProgress['async-errors']).toEqual({ stepIndex: 0, completed: false })
    expect(selectLessonHighlights(s).map((h) => h.kind)).toEqual(['node', 'node'])
  })

  it('a play step plays from where the lesson left off and stops at its condition', () => {
    const store = createAppStore()
    store.getState().openLesson('async-errors')
    store.getState().goToStep(indexOf('firstFailure'))
    let s = store.getState()
    expect(s.status).toBe('playing')
    expect(s.positionMs).toBe(0)
    expect(s.lesson?.stopAtMs).toBe(2120) // attempt 1 ends: 1 s upload + cold start + 800 ms handler
    s.reachLessonStop()
    s = store.getState()
    expect(s.status).toBe('paused')
    expect(s.positionMs).toBe(2120)
    // The question after it rests there; Back and Replay land on the same picture.
    s.nextStep()
    expect(store.getState().positionMs).toBe(2120)
    store.getState().previousStep()
    expect(store.getState().positionMs).toBe(0)
    expect(store.getState().status).toBe('playing')
  })

  it('records answers graded by the engine', () => {
    const store = createAppStore()
    store.getState().openLesson('async-errors')
    expect(store.getState().answerQuestion('predictAttempts', { kind: 'choice', optionId: '1' })?.correct).toBe(false)
    expect(store.getState().lesson?.answers.predictAttempts).toEqual({
      given: { kind: 'choice', optionId: '1' },
      correct: false,
    })
  })

  it('a step with its own scenario replaces the canvas; the task keeps the learner’s edits and is checked by a run', () => {
    const store = createAppStore()
    store.getState().openLesson('async-errors')
    store.getState().goToStep(indexOf('noDlq'))
    expect(store.getState().scenario.nodes.map((n) => n.id)).not.toContain('thumbnailer-dlq')
    store.getState().goToStep(indexOf('saveIt'))
    expect(store.getState().checkLessonTask('saveIt')?.pass).toBe(false)
    store.getState().showTaskSolution('saveIt')
    expect(store.getState().checkLessonTask('saveIt')?.pass).toBe(true)
    store.getState().nextStep()
    expect(selectLessonStep(store.getState())?.kind).toBe('sandbox')
    expect(store.getState().scenario.nodes.map((n) => n.id)).toContain('thumbnailer-dlq')
    expect(store.getState().lessonProgress['async-errors']?.completed).toBe(true)
    // Back past the step that changed the canvas: the lesson's own scenario again.
    store.getState().goToStep(indexOf('whereNow'))
    expect(store.getState().scenario).toBe(lesson.scenario)
  })

  it('restores a saved session without replacing the (autosaved) document', () => {
    const store = createAppStore()
    store.getState().openLesson('async-errors')
    store.getState().goToStep(indexOf('retryDelay'))
    const saved = JSON.parse(
      JSON.stringify({ lesson: store.getState().lesson, lessonProgress: store.getState().lessonProgress }),
    )
    const again = createAppStore({ scenario: lesson.scenario })
    const fitsAsked = again.getState().viewFitSeq
    again.getState().restoreLessons(saved)
    expect(again.getState().lesson?.stepIndex).toBe(indexOf('retryDelay'))
    // The canvas frames the diagram again, beside the player it opened without.
    expect(again.getState().viewFitSeq).toBeGreaterThan(fitsAsked)
    expect(again.getState().scenario).toBe(lesson.scenario)
    expect(again.getState().positionMs).toBe(2120)
    expect(again.getState().status).not.toBe('playing')
  })
})
