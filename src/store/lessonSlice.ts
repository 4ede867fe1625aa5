/**
 * The lesson being taken: which lesson and step, the answers given, the tasks passed, and progress per lesson (saved
 * by the app between visits). Entering a step drives the document and playback through their own actions: the step's
 * canvas replaces the document when it changes, a play step plays until its condition (found in the run), other
 * steps rest paused where the lesson left the picture. Grading is the lessons layer's; this only records it.
 * The lessons are a chunk of their own (lessonsLoader.ts): opening or restoring a lesson fetches them first.
 */
import type { StateCreator } from 'zustand'
import type { Scenario } from '../model'
import type { Given, Grade, LessonId, TaskResult } from '../lessons'
import { runFor } from './playback/run'
import { runEngineOrNull, withRunEngine } from './playback/engineLoader'
import type { PlaybackSlice } from './playback/slice'
import { loadedLessons, loadLessons, type LessonsModule } from './lessonsLoader'

export interface AnswerRecord {
  given: Given
  correct: boolean
}

export interface LessonSession {
  id: LessonId
  stepIndex: number
  /** Which step's scenario is on the canvas (-1: the lesson's own); a change of source replaces the document. */
  docSource: number
  answers: Readonly<Record<string, AnswerRecord>>
  /** Task results by step id (the latest check). */
  tasks: Readonly<Record<string, TaskResult>>
  /** While a play step plays: the sim time it stops at. */
  stopAtMs: number | null
}

export interface LessonProgress {
  stepIndex: number
  completed: boolean
}

export interface LessonState {
  lesson: LessonSession | null
  lessonProgress: Readonly<Partial<Record<LessonId, LessonProgress>>>
  lessonLibraryOpen: boolean
  presenter: boolean
  /** Bumped when the canvas should frame the whole document again (a lesson replaced it, presenter mode toggled). */
  viewFitSeq: number
}

/** What the app saves between visits (plain JSON). */
export type SavedLessons = Pick<LessonState, 'lesson' | 'lessonProgress'>

export interface LessonActions {
  openLessonLibrary: () => void
  closeLessonLibrary: () => void
  /** Open a lesson at its saved step (or the first with `restart`). Its scenario replaces the document. */
  openLesson: (id: LessonId, opts?: { restart?: boolean }) => void
  goToStep: (index: number) => void
  nextStep: () => void
  previousStep: () => void
  /** Back to where this step began, and play it again. */
  replayStep: () => void
  answerQuestion: (stepId: string, given: Given) => Grade | null
  checkLessonTask: (stepId: string) => TaskResult | null
  /** "Show me": the task's solution applied to the document (one undo step). */
  showTaskSolution: (stepId: string) => void
  /** The playback reached the play step's stop: pause there. */
  reachLessonStop: () => void
  closeLesson: () => void
  setPresenter: (on: boolean) => void
  /** Saved state from an earlier visit; the document is the autosaved one, so playback is only repositioned. */
  restoreLessons: (saved: SavedLessons) => void
}

export type LessonSlice = LessonState & LessonActions

export const initialLessonState = (): LessonState => ({
  lesson: null,
  lessonProgress: {},
  lessonLibraryOpen: false,
  presenter: false,
  viewFitSeq: 0,
})

type Host = LessonSlice &
  PlaybackSlice & {
    scenario: Scenario
    openDocument: (doc: Scenario) => void
    editScenario: (fn: (doc: Scenario) => Scenario) => void
  }

const noop = () => undefined

export const createLessonSlice =
  <S extends Host>(): StateCreator<S, [], [], LessonSlice> =>
  (set, get) => {
    const put = (partial: Partial<LessonState>) => set(partial as unknown as Partial<S>)
    const currentRun = (L: LessonsModule) => L.lessonRunOf(runFor(get().scenario, get().injected))
    const recordProgress = (L: LessonsModule, session: LessonSession, completed?: boolean) => {
      const lesson = L.lessonById(session.id)
      const was = get().lessonProgress[session.id]
      const done =
        completed ?? (was?.completed === true || (lesson !== undefined && session.stepIndex >= lesson.steps.length - 1))
      return { ...get().lessonProgress, [session.id]: { stepIndex: session.stepIndex, completed: done } }
    }

    /**
     * Show step `index` of the open lesson; `replay` starts a play step from its beginning even if already there. A
     * step is placed in its run (where it starts, where it stops): before the engine's code is here (the first moments
     * after the page loads, #16) the lesson opens once it lands.
     */
    type EnterOpts = { replaceDoc: boolean; autoplay: boolean }
    const enter = (session: LessonSession, index: number, opts: EnterOpts): void => {
      if (runEngineOrNull() === null) return withRunEngine(() => enter(session, index, opts))
      const L = loadedLessons()
      const lesson = L?.lessonById(session.id)
      if (!L || !lesson) return
      const i = Math.max(0, Math.min(lesson.steps.length - 1, index))
      const source = L.docSourceAt(lesson, i)
      const s = get()
      if (opts.replaceDoc || source !== session.docSource) {
        s.openDocument(L.scenarioAt(lesson, i))
        put({ viewFitSeq: get().viewFitSeq + 1 })
      }
      s.pause()
      const run = currentRun(L)
      const step = lesson.steps[i]
      let stop: number | null = null
      if (step?.kind === 'play' && opts.autoplay) {
        // a long stretch of steady traffic plays faster (the step says so); the learner can still change it
        if (step.speed !== undefined) get().setSpeed(step.speed)
        get().seek(L.startMsOf(lesson, i, run))
        stop = L.stopAtMs(lesson, i, run)
      } else {
        get().seek(L.restingMsOf(lesson, i, run))
      }
      const next: LessonSession = { ...session, stepIndex: i, docSource: source, stopAtMs: stop }
      put({ lesson: next, lessonProgress: recordProgress(L, next) })
      if (step?.kind === 'play' && opts.autoplay) get().play()
    }

    return {
      ...initialLessonState(),
      openLessonLibrary: () => put({ lessonLibraryOpen: true }),
      closeLessonLibrary: () => put({ lessonLibraryOpen: false }),
      openLesson: (id, opts = {}) => {
        const L = loadedLessons()
        if (!L) {
          void loadLessons().then(() => get().openLesson(id, opts), noop)
          return
        }
        const lesson = L.lessonById(id)
        if (!lesson) return
        const saved = get().lessonProgress[id]
        const start = opts.restart || !saved || saved.completed ? 0 : saved.stepIndex
        const session: LessonSession = { id, stepIndex: start, docSource: -2, answers: {}, tasks: {}, stopAtMs: null }
        put({ lessonLibraryOpen: false })
        enter(session, start, { replaceDoc: true, autoplay: true })
      },
      goToStep: (index) => {
        const session = get().lesson
        if (session) enter(session, index, { replaceDoc: false, autoplay: true })
      },
      nextStep: () => get().goToStep((get().lesson?.stepIndex ?? -1) + 1),
      previousStep: () => get().goToStep((get().lesson?.stepIndex ?? 1) - 1),
      replayStep: () => {
        const session = get().lesson
        if (session) enter(session, session.stepIndex, { replaceDoc: false, autoplay: true })
      },
      answerQuestion: (stepId, given) => {
        const session = get().lesson
        const L = loadedLessons()
        const step = session && L?.lessonById(session.id)?.steps.find((s) => s.id === stepId)
        const run = L && currentRun(L)
        if (!session || !L || step?.kind !== 'question' || !run) return null
        const g = L.grade(step.question, run, given)
        put({ lesson: { ...session, answers: { ...session.answers, [stepId]: { given, correct: g.correct } } } })
        return g
      },
      checkLessonTask: (stepId) => {
        const session = get().lesson
        const L = loadedLessons()
        const step = session && L?.lessonById(session.id)?.steps.find((s) => s.id === stepId)
        if (!session || !L || step?.kind !== 'task') return null
        const run = currentRun(L)
        // A document with errors cannot run: the task is not passed (the canvas shows the errors).
        const result: TaskResult = run
          ? L.checkTask(step.task, run)
          : { pass: false, said: { key: 'lessons.player.taskInvalid' } }
        put({ lesson: { ...session, tasks: { ...session.tasks, [stepId]: result } } })
        return result
      },
      showTaskSolution: (stepId) => {
        const session = get().lesson
        const step =
          session &&
          loadedLessons()
            ?.lessonById(session.id)
            ?.steps.find((s) => s.id === stepId)
        if (step?.kind !== 'task') return
        get().editScenario(step.task.solution)
        get().resetPlayback()
      },
      reachLessonStop: () => {
        const session = get().lesson
        if (!session || session.stopAtMs === null) return
        const at = session.stopAtMs
        put({ lesson: { ...session, stopAtMs: null } })
        get().pause()
        get().seek(at)
      },
      closeLesson: () => put({ lesson: null, presenter: false }),
      setPresenter: (presenter) => put({ presenter, viewFitSeq: get().viewFitSeq + 1 }),
      restoreLessons: (saved) => {
        put({ lessonProgress: saved.lessonProgress })
        const session = saved.lesson
        if (!session) return
        const L = loadedLessons()
        if (!L) {
          // Resumed once the lessons arrive, unless a lesson was opened meanwhile.
          const resume = () => {
            if (get().lesson === null) get().restoreLessons({ lesson: session, lessonProgress: get().lessonProgress })
          }
          void loadLessons().then(resume, noop)
          return
        }
        if (!L.lessonById(session.id)) return
        withRunEngine(() => {
          enter({ ...session, stopAtMs: null }, session.stepIndex, { replaceDoc: false, autoplay: false })
          // The canvas opened at the editor's fit, which knows nothing of the player: frame again beside it.
          put({ viewFitSeq: get().viewFitSeq + 1 })
        })
      },
    }
  }
