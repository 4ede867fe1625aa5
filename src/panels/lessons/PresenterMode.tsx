import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { answerOf } from '../../lessons'
import { selectLesson, selectLessonSession, selectLessonStep, selectPresenter } from '../../store/lessonSelectors'
import { lessonRunOf } from '../../store/lessonSliceSteps'
import { selectPlaybackRun, selectSpeed } from '../../store/playback/selectors'
import { selectScenario } from '../../store/selectors'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { usePresenterKeys } from './usePresenterKeys'

/**
 * Presenter mode: the canvas and one large caption (the lesson step), nothing else. Chapters are the lesson's steps
 * on PageUp/PageDown (a clicker); a question's answer is revealed by the first PageDown, the next one moves on.
 * The app's chrome is hidden by `html[data-presenter]` (lessons.css).
 */
export function PresenterMode() {
  const on = useAppStore(selectPresenter)
  useEffect(() => {
    const html = document.documentElement
    if (on) html.dataset.presenter = 'on'
    else delete html.dataset.presenter
    // The canvas keeps the diagram framed on the stage while this is on (canvas/useFitOnRequest.ts).
    return () => {
      delete html.dataset.presenter
    }
  }, [on])
  // Mounted only while on: blank and revealed answers start fresh each time.
  return on ? <PresenterView /> : null
}

function PresenterView() {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const on = true
  const lesson = useAppStore(selectLesson)
  const session = useAppStore(selectLessonSession)
  const step = useAppStore(selectLessonStep)
  const speed = useAppStore(selectSpeed)
  const scenario = useAppStore(selectScenario)
  const run = useAppStore(selectPlaybackRun)
  const [blank, setBlank] = useState(false)
  const [revealed, setRevealed] = useState<string | null>(null)

  const stepKey = session ? `${session.id}/${session.stepIndex}` : null
  const handlers = useMemo(
    () => ({
      next: () => {
        const s = store.getState()
        if (!s.lesson) return s.stepForward()
        if (step?.kind === 'question' && revealed !== stepKey && !s.lesson.answers[step.id]) return setRevealed(stepKey)
        s.nextStep()
      },
      blank: () => setBlank((b) => !b),
    }),
    [store, step, revealed, stepKey],
  )
  usePresenterKeys(store, on, handlers)

  const answer = useMemo(() => {
    if (step?.kind !== 'question' || revealed !== stepKey) return null
    const lr = lessonRunOf(run)
    if (!lr) return null
    const expected = answerOf(step.question, lr)
    const q = step.question
    const text =
      q.kind === 'choice'
        ? t(q.options.find((o) => o.id === expected)?.labelKey ?? q.options[0]!.labelKey)
        : q.kind === 'number'
          ? `${expected} ${t(q.unitKey)}`
          : (lr.resolved.nodes.find((n) => n.id === expected)?.label ?? String(expected))
    const said = q.explain(lr)
    return { text, why: t(said.key, said.params ?? {}) }
  }, [step, revealed, stepKey, run, t])

  return (
    <div className="presenter" role="region" aria-label={t('lessons.presenter.region')}>
      {blank && (
        <div className="presenter__blank" role="status">
          <span className="visually-hidden">{t('lessons.presenter.blank')}</span>
        </div>
      )}
      <div className="presenter__caption" aria-live="polite" data-testid="presenter-caption">
        {lesson && session && step ? (
          <>
            <p className="presenter__meta">
              {t(lesson.titleKey)} ·{' '}
              {t('lessons.player.stepOf', { step: session.stepIndex + 1, total: lesson.steps.length })} ·{' '}
              {t('lessons.presenter.speed', { speed: Math.round(speed) })}
            </p>
            <p className="presenter__text">{t(step.textKey)}</p>
            {step.kind === 'question' && step.question.kind === 'choice' && (
              <ol className="presenter__options">
                {step.question.options.map((o, i) => (
                  <li key={o.id}>
                    <span className="presenter__letter">{String.fromCharCode(65 + i)}</span>
                    {t(o.labelKey)}
                  </li>
                ))}
              </ol>
            )}
            {answer && (
              <p className="presenter__answer">
                {t('lessons.player.engineAnswer', { answer: answer.text })} {answer.why}
              </p>
            )}
          </>
        ) : (
          <>
            <p className="presenter__meta">{t('lessons.presenter.speed', { speed: Math.round(speed) })}</p>
            <p className="presenter__text">{scenario.title ?? t('lessons.presenter.noLesson')}</p>
          </>
        )}
      </div>
      <p className="presenter__keys">{t('lessons.presenter.keys')}</p>
      <button type="button" className="presenter__leave" onClick={() => store.getState().setPresenter(false)}>
        {t('lessons.presenter.leave')}
      </button>
    </div>
  )
}
