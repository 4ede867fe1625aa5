import { useEffect } from 'react'
import { LessonLibraryDialog } from '../../panels/lessons/LessonLibraryDialog'
import { PresenterMode } from '../../panels/lessons/PresenterMode'
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
    if (saved) store.getState().restoreLessons(saved)
    return store.subscribe((s, prev) => {
      if (s.lesson !== prev.lesson || s.lessonProgress !== prev.lessonProgress) writeSavedLessons({ lesson: s.lesson, lessonProgress: s.lessonProgress })
    })
  }, [store])
  return (
    <>
      <LessonLibraryDialog />
      <PresenterMode />
    </>
  )
}
