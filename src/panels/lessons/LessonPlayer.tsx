import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import {
  selectLesson,
  selectLessonHighlights,
  selectLessonSession,
  selectLessonStep,
} from '../../store/lessonSelectors'
import { selectPlaybackRun, selectPlaybackStatus } from '../../store/playback/selectors'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { highlightCss, highlightText } from './highlightText'
import { QuestionForm } from './QuestionForm'
import { TaskPanel } from './TaskPanel'
import { useLessonStop } from './useLessonStop'
import { useAdoptedCss } from './useAdoptedCss'
import './lessons.css'

/**
 * The open lesson, over the canvas: the step's text, its question or task, Back / Replay / Continue, progress, and
 * "open in the sandbox". Highlights ring nodes and edges on the canvas and are announced with the step.
 * `embedded` (embed.html): no presenter mode or library (the embed has neither); the rest is the same player.
 */
export function LessonPlayer({ embedded = false }: { embedded?: boolean } = {}) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const lesson = useAppStore(selectLesson)
  const session = useAppStore(selectLessonSession)
  const step = useAppStore(selectLessonStep)
  const highlights = useAppStore(selectLessonHighlights)
  const status = useAppStore(selectPlaybackStatus)
  const run = useAppStore(selectPlaybackRun)
  const presenter = useAppStore((s) => s.presenter)
  const textId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useLessonStop()
  useAdoptedCss(highlightCss(highlights))
  // Arriving (a lesson opened, or resumed after a reload), the player asks the canvas to frame the diagram beside it:
  // a fit made before the player was there would leave nodes under it, out of reach of "click the node" questions.
  useEffect(() => store.setState((s) => ({ viewFitSeq: s.viewFitSeq + 1 })), [store])

  const stepIndex = session?.stepIndex ?? 0
  // An embed does not take the focus from its host page when it loads; later steps (the reader's Continue) do move it.
  const firstFocus = useRef(embedded)
  useEffect(() => {
    if (firstFocus.current) {
      firstFocus.current = false
      return
    }
    headingRef.current?.focus({ preventScroll: true })
  }, [stepIndex, lesson])

  if (!lesson || !session || !step) return null
  const total = lesson.steps.length
  const last = stepIndex === total - 1
  const playing = session.stopAtMs !== null && status === 'playing'
  const resolved = run.ok ? run.resolved : null
  const pointsAt = highlights.map((h) => highlightText(t, h, resolved))
  const answered = step.kind !== 'question' || session.answers[step.id] !== undefined
  const s = store.getState

  return (
    <aside
      className={`lesson-player${presenter ? ' lesson-player--presenter' : ''}`}
      aria-label={t('lessons.player.region')}
      data-testid="lesson-player"
      data-step={step.id}
    >
      <div className="lesson-player__top">
        <h2 ref={headingRef} tabIndex={-1} className="lesson-player__title">
          {t(lesson.titleKey)}
        </h2>
        <div className="lesson-player__tools">
          {!presenter && !embedded && (
            <button type="button" className="button button--small" onClick={() => s().setPresenter(true)}>
              {t('lessons.player.presenter')}
            </button>
          )}
          {!embedded && (
            <button type="button" className="button button--small" onClick={() => s().openLessonLibrary()}>
              {t('lessons.player.library')}
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            onClick={() => s().closeLesson()}
            aria-label={t('lessons.player.close')}
            title={t('lessons.player.close')}
          >
            ×
          </button>
        </div>
      </div>
      <div className="lesson-player__progress">
        <span id={`${textId}-progress`}>{t('lessons.player.stepOf', { step: stepIndex + 1, total })}</span>
        <progress max={total} value={stepIndex + 1} aria-labelledby={`${textId}-progress`} />
      </div>
      <div className="lesson-player__body" aria-live="polite">
        <p id={textId} className="lesson-player__text">
          {t(step.textKey)}
        </p>
        {pointsAt.length > 0 && (
          <p className="lesson-player__points">{t('lessons.player.highlighted', { items: pointsAt.join(', ') })}</p>
        )}
        {step.kind === 'play' && (
          <p className="lesson-player__status">{playing ? t('lessons.player.playing') : t('lessons.player.stopped')}</p>
        )}
      </div>
      {step.kind === 'question' && (
        <QuestionForm key={`${lesson.id}/${step.id}`} stepId={step.id} question={step.question} textId={textId} />
      )}
      {step.kind === 'task' && <TaskPanel stepId={step.id} />}
      {step.kind === 'sandbox' && <p className="lesson-player__done">{t('lessons.player.complete')}</p>}
      <div className="lesson-player__nav">
        <button type="button" className="button" disabled={stepIndex === 0} onClick={() => s().previousStep()}>
          {t('lessons.player.back')}
        </button>
        {step.kind === 'play' && (
          <button type="button" className="button" onClick={() => s().replayStep()}>
            {t('lessons.player.replay')}
          </button>
        )}
        {last ? (
          <button type="button" className="button button--primary" onClick={() => s().closeLesson()}>
            {t('lessons.player.finish')}
          </button>
        ) : (
          <button type="button" className="button button--primary" disabled={!answered} onClick={() => s().nextStep()}>
            {t('lessons.player.continue')}
          </button>
        )}
      </div>
      {!last && (
        <button type="button" className="button button--link lesson-player__sandbox" onClick={() => s().closeLesson()}>
          {t('lessons.player.sandbox')}
        </button>
      )}
    </aside>
  )
}
