import { describe, expect, it } from 'vitest'

// Importing the lessons (and what they import) takes seconds when the 2 cores are shared.
const LOADED = { timeout: 20_000 }
import { createAppStore } from './createAppStore'
import { loadedLessons } from './lessonsLoader'
import { selectLesson } from './lessonSelectors'

// Its own file: the lessons start unloaded here (each test file has its own modules).
describe('lessons loaded on demand (#16)', () => {
  it('opens or resumes a lesson asked for before its chunk arrived, once it has: nothing half-open in between', async () => {
    expect(loadedLessons()).toBeNull()
    const opened = createAppStore()
    const before = opened.getState().scenario
    opened.getState().openLesson('async-errors')
    const resumed = createAppStore()
    const saved = {
      lesson: { id: 'sync-errors' as const, stepIndex: 2, docSource: -1, answers: {}, tasks: {}, stopAtMs: null },
      lessonProgress: { 'sync-errors': { stepIndex: 2, completed: false } },
    }
    resumed.getState().restoreLessons(saved)
    // Not yet: no session without its lesson, the document untouched; progress is plain data and is back at once.
    expect(opened.getState().lesson).toBeNull()
    expect(opened.getState().scenario).toBe(before)
    expect(selectLesson(opened.getState())).toBeNull()
    expect(resumed.getState().lesson).toBeNull()
    expect(resumed.getState().lessonProgress).toEqual(saved.lessonProgress)

    await expect.poll(() => opened.getState().lesson?.id, LOADED).toBe('async-errors')
    expect(opened.getState().lesson?.stepIndex).toBe(0)
    expect(selectLesson(opened.getState())?.id).toBe('async-errors')
    expect(opened.getState().scenario).not.toBe(before)
    await expect.poll(() => resumed.getState().lesson?.stepIndex, LOADED).toBe(2)
    expect(resumed.getState().lesson?.id).toBe('sync-errors')
  })
})
