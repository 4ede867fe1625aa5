import { useEffect } from 'react'
import { LessonLibraryDialog, PresenterMode } from '../lazyParts'
import { loadLessons } from '../../store/lessonsLoader'
import { useAppStoreApi } from '../../store/useAppStore'
import { parseSavedLessons, savedLessonsText, writeSavedLessons } from './lessonStorage'

/**
 * Lessons in the shell: the library dialog, presenter mode, and progress saved between visits (resume after a
 * reload: the autosaved document is already on the canvas, the lesson is put back at its step). Saved progress is
 * read once the lessons' chunk is here (its ids are checked against them), fetched only when there is some (#16).
 */
export function LessonLayer() {
  const store = useAppStoreApi()
  useEffect(() => {
    let live = true
    let unsubscribe = () => {}
    // Saving starts once what was saved is back, so nothing overwrites it in between.
    const saveChanges = () => {
      if (!live) return
      unsubscribe = store.subscribe((s, prev) => {
        if (s.lesson !== prev.lesson || s.lessonProgress !== prev.lessonProgress)
          writeSavedLessons({ lesson: s.lesson, lessonProgress: s.lessonProgress })
      })
    }
    const raw = savedLessonsText()
    if (raw === null) saveChanges()
    else
      void loadLessons().then(
        (lessons) => {
          const saved = live ? parseSavedLessons(raw, lessons.isLessonId) : null
          // A link that opened a lesson step (applyShare.ts) wins over the step saved last visit: only progress comes
          // back.
          if (saved)
            store.getState().restoreLessons(store.getState().lesson !== null ? { ...saved, lesson: null } : saved)
          saveChanges()
        },
        () => undefined,
      )
    return () => {
      live = false
      unsubscribe()
    }
  }, [store])
  return (
    <>
      <LessonLibraryDialog />
      <PresenterMode />
    </>
  )
}
