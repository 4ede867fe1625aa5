import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { lessonCatalogue, type LessonId } from '../../lessons'
import './lessons.css'

/** How far the learner got in a lesson (from the lesson slice; absent = never opened). */
export interface LessonProgressView {
  stepIndex: number
  stepCount: number
  completed: boolean
}

export interface LessonLibraryProps {
  onOpenLesson: (id: LessonId, opts: { restart: boolean }) => void
  /** Progress per lesson, to offer Resume; none given = every card offers Start. */
  progress?: Partial<Record<LessonId, LessonProgressView>>
  /** The heading level the host page needs (the start page nests it under its own h2). */
  headingLevel?: 2 | 3
  /** Hide the library's own heading and intro (the host page has one). */
  bare?: boolean
}

/**
 * The lesson library: every lesson with what it covers and how long it takes. Pure view over the catalogue; the host
 * (start page, lesson panel) decides what opening a lesson means.
 */
export function LessonLibrary({ onOpenLesson, progress = {}, headingLevel = 2, bare = false }: LessonLibraryProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const H = `h${headingLevel}` as const
  const Card = `h${headingLevel + 1}` as 'h3' | 'h4'
  return (
    <section
      className="lesson-library"
      aria-labelledby={bare ? undefined : headingId}
      aria-label={bare ? t('lessons.library.heading') : undefined}
    >
      {!bare && (
        <>
          <H id={headingId} className="lesson-library__heading">
            {t('lessons.library.heading')}
          </H>
          <p className="lesson-library__intro">{t('lessons.library.intro')}</p>
        </>
      )}
      <ul className="lesson-library__list">
        {lessonCatalogue.map((l) => {
          const p = progress[l.id]
          const started = p && !p.completed && p.stepIndex > 0
          return (
            <li key={l.id} className="lesson-card" data-lesson={l.id}>
              <div className="lesson-card__top">
                <Card className="lesson-card__title">{t(l.titleKey)}</Card>
                <span className="lesson-card__minutes">{t('lessons.library.minutes', { minutes: l.minutes })}</span>
              </div>
              <p className="lesson-card__summary">{t(l.summaryKey)}</p>
              <p className="lesson-card__label">{t('lessons.library.covers')}</p>
              <ul className="lesson-card__covers">
                {l.coversKeys.map((k) => (
                  <li key={k}>{t(k)}</li>
                ))}
              </ul>
              <ul className="lesson-card__topics" aria-label={t('lessons.library.topics')}>
                {l.topics.map((topic) => (
                  <li key={topic} className="lesson-card__topic">
                    {t(`lessons.topics.${topic}`)}
                  </li>
                ))}
              </ul>
              <div className="lesson-card__actions">
                {p?.completed && <span className="lesson-card__done">✓ {t('lessons.library.done')}</span>}
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => onOpenLesson(l.id, { restart: false })}
                >
                  {started
                    ? t('lessons.library.resume', { step: p.stepIndex + 1, total: p.stepCount })
                    : t('lessons.library.start')}
                  <span className="visually-hidden">: {t(l.titleKey)}</span>
                </button>
                {(started || p?.completed) && (
                  <button type="button" className="button" onClick={() => onOpenLesson(l.id, { restart: true })}>
                    {t('lessons.library.restart')}
                    <span className="visually-hidden">: {t(l.titleKey)}</span>
                  </button>
                )}
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
