import { useTranslation } from 'react-i18next'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'

/** A task: the learner changes the canvas, the engine runs it and says whether it passes. */
export function TaskPanel({ stepId }: { stepId: string }) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const result = useAppStore((s) => s.lesson?.tasks[stepId])
  return (
    <div className="lesson-task">
      <div className="lesson-task__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => store.getState().checkLessonTask(stepId)}
        >
          {t('lessons.player.check')}
        </button>
        <button type="button" className="button" onClick={() => store.getState().showTaskSolution(stepId)}>
          {t('lessons.player.showMe')}
        </button>
      </div>
      {result && (
        <div
          className={`lesson-feedback lesson-feedback--${result.pass ? 'right' : 'wrong'}`}
          role="status"
          data-testid="lesson-task-result"
        >
          <p className="lesson-feedback__verdict">
            {result.pass ? t('lessons.player.passed') : t('lessons.player.notYet')}
          </p>
          <p>{t(result.said.key, result.said.params ?? {})}</p>
        </div>
      )}
    </div>
  )
}
