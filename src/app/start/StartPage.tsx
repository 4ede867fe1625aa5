import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Scenario } from '../../model'
import { LessonLibrary } from '../../panels/lessons/LessonLibrary'
import { useLibraryProgress } from '../../panels/lessons/useLibraryProgress'
import type { AppStore } from '../../store/createAppStore'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { lessonById, type LessonId } from '../../lessons'
import { scenarioFileName, serializeScenario } from '../persistence/codec'
import { downloadText } from '../persistence/download'
import { ExampleCards } from './ExampleCards'
import { loadStartExample, type StartExampleId } from './examples'
import { rememberStartDismissed } from './startVisit'
import './start.css'

const selectStartPage = (s: AppStore) => s.startPage ?? null

/** A document about to replace the canvas, waiting for the user's word because the canvas holds work. */
interface Pending {
  title: string
  scenario: Scenario
  /** A lesson starts its player once the user agreed to replace their work. */
  lessonId?: LessonId
  restart?: boolean
}

/**
 * The start page: lessons, the examples, or an empty canvas. Opens by itself on a first visit (main.tsx), later from
 * the header's Learn / Examples and the empty canvas's card. Never loses work: replacing a canvas that holds services
 * asks first (with Save a copy; Undo also brings it back). Closing it (Escape, ×, a choice) remembers the dismissal.
 */
export function StartPage() {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const section = useAppStore(selectStartPage)
  const ref = useRef<HTMLDialogElement>(null)
  const examplesRef = useRef<HTMLElement>(null)
  const titleId = useId()
  const [pending, setPending] = useState<Pending | null>(null)
  // The document the page itself last opened: replacing it again loses nothing the user made.
  const opened = useRef<Scenario | null>(null)
  const [status, setStatus] = useState('')
  const open = section !== null

  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) d.showModal()
    if (!open && d.open) d.close()
    if (open && section === 'examples') examplesRef.current?.scrollIntoView?.({ block: 'start' })
  }, [open, section])

  const close = () => {
    rememberStartDismissed()
    setPending(null)
    store.getState().closeStart()
  }
  const replace = (title: string, scenario: Scenario) => {
    store.getState().openDocument(scenario)
    opened.current = store.getState().scenario
    setStatus(t('start.opened', { title }))
    close()
  }
  const startLesson = (id: LessonId, restart = false) => {
    store.getState().openLesson(id, { restart })
    close()
  }
  const offer = (title: string, scenario: Scenario, lesson?: { id: LessonId; restart: boolean }) => {
    const current = store.getState().scenario
    if (current.nodes.length === 0 || current === opened.current) {
      if (lesson) startLesson(lesson.id, lesson.restart)
      else replace(title, scenario)
    } else setPending(lesson ? { title, scenario, lessonId: lesson.id, restart: lesson.restart } : { title, scenario })
  }
  const openExample = (id: StartExampleId) => {
    const doc = loadStartExample(id)
    if (doc) offer(t(`start.examples.${id}.title`), doc)
  }
  // A lesson opens in the lesson player (its own scenario), through the same guard as an example.
  const openLesson = (id: LessonId, restart = false) => {
    const lesson = lessonById(id)
    if (lesson) offer(t(lesson.titleKey), lesson.scenario, { id, restart })
  }
  const hasWork = useAppStore((s) => s.scenario.nodes.length > 0)
  const progress = useLibraryProgress()
  const count = useAppStore((s) => s.scenario.nodes.length)

  return (
    <>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <dialog
        ref={ref}
        className="start"
        aria-labelledby={titleId}
        onCancel={(e) => (e.preventDefault(), pending ? setPending(null) : close())}
        data-testid="start-page"
      >
        {open && (
          <div className="start__content">
            <header className="start__header">
              <div>
                <h2 id={titleId} className="start__title">
                  {t('start.title')}
                </h2>
                <p className="start__intro">{t('start.intro')}</p>
              </div>
              <button
                type="button"
                className="button button--icon start__close"
                onClick={close}
                title={t('start.close')}
              >
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{t('start.close')}</span>
              </button>
            </header>
            {pending ? (
              <div
                className="start__confirm"
                role="alertdialog"
                aria-labelledby={`${titleId}-confirm`}
                aria-describedby={`${titleId}-confirm-body`}
              >
                <h3 id={`${titleId}-confirm`}>{t('start.replaceTitle')}</h3>
                <p id={`${titleId}-confirm-body`}>{t('start.replaceBody', { count, title: pending.title })}</p>
                <div className="start__confirm-actions">
                  <button type="button" className="button" onClick={() => setPending(null)}>
                    {t('start.cancel')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      const doc = store.getState().scenario
                      downloadText(scenarioFileName(doc.title), serializeScenario(doc))
                    }}
                  >
                    {t('start.saveCopy')}
                  </button>
                  <button
                    type="button"
                    className="button button--primary"
                    autoFocus
                    onClick={() =>
                      pending.lessonId
                        ? (setPending(null), startLesson(pending.lessonId, pending.restart))
                        : replace(pending.title, pending.scenario)
                    }
                  >
                    {t('start.replace')}
                  </button>
                </div>
              </div>
            ) : (
              <div className="start__grid">
                <div className="start__side">
                  <section className="start__section start__section--lessons" aria-labelledby={`${titleId}-lessons`}>
                    <h3 id={`${titleId}-lessons`} className="start__heading">
                      {t('start.lessonsHeading')}
                    </h3>
                    <p className="start__hint">{t('start.lessonsIntro')}</p>
                    <LessonLibrary
                      bare
                      headingLevel={3}
                      progress={progress}
                      onOpenLesson={(id, opts) => openLesson(id, opts?.restart)}
                    />
                  </section>
                  <section className="start__section start__section--empty" aria-labelledby={`${titleId}-empty`}>
                    <h3 id={`${titleId}-empty`} className="start__heading">
                      {t('start.emptyHeading')}
                    </h3>
                    <p className="start__hint">{t('start.emptyBody')}</p>
                    <button type="button" className="button button--primary" onClick={close}>
                      {hasWork ? t('start.emptyKeepButton') : t('start.emptyButton')}
                    </button>
                  </section>
                </div>
                <section
                  ref={examplesRef}
                  className="start__section"
                  aria-labelledby={`${titleId}-examples`}
                  data-testid="start-examples"
                >
                  <h3 id={`${titleId}-examples`} className="start__heading">
                    {t('start.examplesHeading')}
                  </h3>
                  <p className="start__hint">{t('start.examplesIntro')}</p>
                  <ExampleCards onOpen={openExample} />
                </section>
              </div>
            )}
          </div>
        )}
      </dialog>
    </>
  )
}
