import { describe, expect, it } from 'vitest'
import { isLessonId } from '../../lessons'
import { parseSavedLessons as parseWith } from './lessonStorage'

const parseSavedLessons = (raw: string | null) => parseWith(raw, isLessonId)

describe('saved lesson progress', () => {
  it('round-trips a session and progress', () => {
    const saved = {
      lesson: {
        id: 'async-errors',
        stepIndex: 5,
        docSource: -1,
        answers: { predictAttempts: { given: { kind: 'choice', optionId: '1' }, correct: false } },
        tasks: {},
        stopAtMs: 123,
      },
      lessonProgress: { 'async-errors': { stepIndex: 5, completed: false } },
    }
    expect(parseSavedLessons(JSON.stringify(saved))).toEqual({ ...saved, lesson: { ...saved.lesson, stopAtMs: null } })
  })
  it('drops what is corrupt or names a lesson that no longer exists, never throws', () => {
    expect(parseSavedLessons('{')).toBeNull()
    expect(parseSavedLessons(null)).toBeNull()
    expect(parseSavedLessons('[]')).toBeNull()
    const r = parseSavedLessons(
      JSON.stringify({
        lesson: { id: 'gone', stepIndex: 1 },
        lessonProgress: { gone: { stepIndex: 1, completed: true }, 'sync-errors': { stepIndex: 'x' } },
      }),
    )
    expect(r).toEqual({ lesson: null, lessonProgress: {} })
  })
})
