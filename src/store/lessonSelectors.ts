/** Selectors for the lesson slice (module-level, so components select narrowly). */
import type { Highlight, Lesson, Step } from '../lessons'
import type { AppStore } from './createAppStore'
import { loadedLessons } from './lessonsLoader'

export const selectLessonSession = (s: AppStore) => s.lesson
export const selectLessonProgress = (s: AppStore) => s.lessonProgress
export const selectLessonLibraryOpen = (s: AppStore) => s.lessonLibraryOpen
export const selectPresenter = (s: AppStore) => s.presenter

/**
 * The open lesson (static data: the same object while it is open). A session exists only once the lessons are loaded
 * (lessonsLoader.ts).
 */
export const selectLesson = (s: AppStore): Lesson | null =>
  s.lesson ? (loadedLessons()?.lessonById(s.lesson.id) ?? null) : null

export const selectLessonStep = (s: AppStore): Step | null => {
  const lesson = selectLesson(s)
  return lesson && s.lesson ? (lesson.steps[s.lesson.stepIndex] ?? null) : null
}

const NO_HIGHLIGHTS: readonly Highlight[] = []
/** What the current step points at on the canvas (a stable array from the lesson's data). */
export const selectLessonHighlights = (s: AppStore): readonly Highlight[] =>
  selectLessonStep(s)?.highlights ?? NO_HIGHLIGHTS
