/**
 * The lesson catalogue and the step logic are their own chunk (#16: the first frame draws no lesson). The lesson
 * slice reads them through `loadedLessons()`: a session exists only once they are loaded (`openLesson` and
 * `restoreLessons` fetch them first), so everything that acts on an open lesson finds them. The parts that show
 * lessons (player, library, presenter, start page) load them with their own chunk; a link to a lesson step awaits
 * them before its first frame (app/main.tsx). Tests that open a lesson synchronously `await loadLessons()` first.
 */
import type * as LessonRuntime from './lessonRuntime'

export type LessonsModule = typeof LessonRuntime

let loaded: LessonsModule | null = null
let pending: Promise<LessonsModule> | null = null

/** The lessons if their chunk is here, else null. */
export function loadedLessons(): LessonsModule | null {
  return loaded
}

/** Fetches the lessons once; a failed fetch (offline before the chunk was cached) may be retried. */
export function loadLessons(): Promise<LessonsModule> {
  pending ??= import('./lessonRuntime').then(
    (m) => (loaded = m),
    (error: unknown) => {
      pending = null
      throw error
    },
  )
  return pending
}
