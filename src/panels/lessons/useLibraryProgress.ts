import { lessonById, type LessonId } from '../../lessons'
import { selectLessonProgress } from '../../store/lessonSelectors'
import { useAppStore } from '../../store/useAppStore'
import type { LessonProgressView } from './LessonLibrary'

/** Per-lesson progress as the library shows it. */
export function useLibraryProgress(): Partial<Record<LessonId, LessonProgressView>> {
  const progress = useAppStore(selectLessonProgress)
  const out: Partial<Record<LessonId, LessonProgressView>> = {}
  for (const [id, p] of Object.entries(progress) as [LessonId, { stepIndex: number; completed: boolean }][]) {
    const stepCount = lessonById(id)?.steps.length
    if (stepCount) out[id] = { ...p, stepCount }
  }
  return out
}
