/**
 * Lesson progress between visits, like the preferences: one key in localStorage, read at start, written when the
 * lesson state changes. Storage blocked or corrupt ⇒ no saved progress (never an error for the learner).
 */
import type { LessonId } from '../../lessons'
import type { LessonProgress, SavedLessons } from '../../store/lessonSlice'

export const LESSONS_KEY = 'lambdascope.lessons.v1'

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= -2

/** Whether an id names a lesson of this version (`isLessonId` of the lessons, loaded on demand: #16). */
type IsLessonId = (id: unknown) => id is LessonId

/** Reads what was saved, keeping only well-formed entries of lessons that still exist. */
export function parseSavedLessons(raw: string | null, isLessonId: IsLessonId): SavedLessons | null {
  if (!raw) return null
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return null
  }
  if (!isRecord(data)) return null
  const progress: Partial<Record<LessonId, LessonProgress>> = {}
  if (isRecord(data.lessonProgress)) {
    for (const [id, p] of Object.entries(data.lessonProgress)) {
      if (isLessonId(id) && isRecord(p) && isIndex(p.stepIndex) && typeof p.completed === 'boolean')
        progress[id] = { stepIndex: p.stepIndex, completed: p.completed }
    }
  }
  const l = data.lesson
  const lesson =
    isRecord(l) &&
    isLessonId(l.id) &&
    isIndex(l.stepIndex) &&
    isIndex(l.docSource) &&
    isRecord(l.answers) &&
    isRecord(l.tasks)
      ? ({
          id: l.id,
          stepIndex: l.stepIndex,
          docSource: l.docSource,
          answers: l.answers,
          tasks: l.tasks,
          stopAtMs: null,
        } as SavedLessons['lesson'])
      : null
  return { lesson, lessonProgress: progress }
}

/** What was saved, unread (null: nothing, or storage blocked). */
export function savedLessonsText(): string | null {
  try {
    return localStorage.getItem(LESSONS_KEY)
  } catch {
    return null
  }
}

export function writeSavedLessons(saved: SavedLessons): void {
  try {
    localStorage.setItem(
      LESSONS_KEY,
      JSON.stringify({
        lesson: saved.lesson && { ...saved.lesson, stopAtMs: null },
        lessonProgress: saved.lessonProgress,
      }),
    )
  } catch {
    // storage unavailable: progress lasts for this visit
  }
}
