import { useEffect } from 'react'
import { LessonLibraryDialog, PresenterMode } from '../lazyParts'
import { useAppStoreApi } from '../../store/useAppStore'
import { readSavedLessons, writeSavedLessons } from './lessonStorage'

/**
 * Lessons in the shell: the library dialog, presenter mode, and progress saved between visits (resume after a
 * reload: the autosaved document is already on the canvas, the lesson is put back at its step).
 */
export function LessonLayer() {
  const store = useAppStoreApi()
  useEffect(() => {
    const saved = readSavedLessons()
    // A link that opened a lesson step (applyShare.ts) wins over the step saved last visit: only progress comes back.
    if (saved) store.getState().restoreLessons(store.getState().lesson !== null ? { ...saved, lesson: null } : saved)
    return store.subscribe((s, prev) => {
      if (s.lesson !== prev.lesson || s.lessonProgress !== prev.lessonProgress)
        writeSavedLessons({ lesson: s.lesson, lessonProgress: s.lessonProgress })
    })
  }, [store])
  return (
    <>
      <LessonLibraryDialog />
      <PresenterMode />
    </>
  )
}
