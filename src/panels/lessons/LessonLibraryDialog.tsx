import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { selectLessonLibraryOpen } from '../../store/lessonSelectors'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { LessonLibrary } from './LessonLibrary'
import { useLibraryProgress } from './useLibraryProgress'

/**
 * The library as a modal (from the lesson player); Escape or Close shuts it. The header's Learn opens the start page.
 */
export function LessonLibraryDialog() {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const open = useAppStore(selectLessonLibraryOpen)
  const progress = useLibraryProgress()
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) d.showModal()
    if (!open && d.open) d.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      className="lesson-dialog"
      aria-label={t('lessons.library.heading')}
      onClose={() => store.getState().closeLessonLibrary()}
    >
      {open && (
        <>
          <div className="lesson-dialog__close">
            <button type="button" className="button" onClick={() => store.getState().closeLessonLibrary()}>
              {t('lessons.library.close')}
            </button>
          </div>
          <LessonLibrary progress={progress} onOpenLesson={(id, opts) => store.getState().openLesson(id, opts)} />
        </>
      )}
    </dialog>
  )
}
