import type { AppStoreApi } from '../../store/createAppStore'
import { loadRunEngine, runEngineOrNull, withRunEngine } from '../../store/playback/engineLoader'
import { loadedLessons, loadLessons } from '../../store/lessonsLoader'
import { encodeShareHash, placeInputs, type ShareInput, type ShareState, type ShareView } from './shareLink'

/**
 * A link's `step` counts as the player shows it, from 1 ("Step 2 of 6" is `step=2`); 0 is read as the first step.
 * Returns the player's index (from 0).
 */
export const stepIndexOfParam = (step: number): number => Math.max(0, Math.floor(step) - 1)

/**
 * The lessons, when the view names one: their chunk is not in the first frame (#16), and a link to a lesson step opens
 * on that step, so the page awaits this before it builds its first frame — with the run's code, which places the step
 * in its run (store/playback/engineLoader.ts). A failed fetch leaves the link's document.
 */
export async function lessonsForView(view: Pick<ShareView, 'lesson'>): Promise<void> {
  if (view.lesson !== undefined)
    await Promise.all([loadLessons().catch(() => undefined), loadRunEngine().catch(() => undefined)])
}

/**
 * Opens the link's lesson (if it names one this version has) at its step: the lesson's document for that step, its
 * narration, and the playhead where the step rests. A play step is left paused at its start unless `play` (an embed's
 * `autoplay`): the reader presses Play and it stops where the lesson stops. An unknown lesson is ignored (the link's
 * own document stays), as is any lesson before `lessonsForView` has loaded them. Returns whether a lesson was opened.
 */
export function applyShareLesson(store: AppStoreApi, view: Pick<ShareView, 'lesson' | 'step'>, play = false): boolean {
  const lessons = loadedLessons()
  if (view.lesson === undefined || !lessons?.isLessonId(view.lesson)) return false
  const s = store.getState()
  s.openLesson(view.lesson, { restart: true })
  if (view.step !== undefined) store.getState().goToStep(stepIndexOfParam(view.step))
  if (!play) store.getState().pause()
  return true
}

/**
 * Puts a link's inputs and view into a freshly built store: the same lesson step, run, playhead, speed, selection and
 * panel.
 */
export function applyShareView(
  store: AppStoreApi,
  inputs: readonly ShareInput[],
  view: ShareView,
  playLesson = false,
): void {
  // First: a lesson replaces the document (the lesson's own for that step); the rest of the view applies on top of it.
  // A lesson step is placed in its run: without the engine's code (`lessonsForView` failed to fetch it), the whole view
  // waits for it.
  if (view.lesson !== undefined && loadedLessons()?.isLessonId(view.lesson) && runEngineOrNull() === null) {
    withRunEngine(() => applyShareView(store, inputs, view, playLesson))
    return
  }
  applyShareLesson(store, view, playLesson)
  if (inputs.length > 0) {
    const injectedCount = Math.max(0, ...inputs.map((i) => Number(i.id.replace('injected-', '')) || 0))
    store.setState({ injected: placeInputs(inputs), injectedCount })
  }
  const s = store.getState()
  if (view.speed !== undefined) s.setSpeed(view.speed)
  if (view.positionMs !== undefined) s.seek(view.positionMs)
  if (view.selectedEventId !== undefined) s.selectEvent(view.selectedEventId)
  if (view.panel !== undefined) s.setPanel(view.panel)
  // A comparison (#19): the store's document is the fork; the link brings the other side back.
  const c = view.compare
  if (c !== undefined)
    s.openComparison({ kind: c.kind, atMs: c.atMs, original: c.original, originalInjected: placeInputs(c.inputs) })
}

/** The store's current picture, as a link carries it. */
export function shareStateOf(store: AppStoreApi): ShareState {
  const s = store.getState()
  return {
    scenario: s.scenario,
    inputs: s.injected.map((i) => ({ id: i.id, atMs: i.atMs, request: i.request })),
    view: {
      positionMs: Math.round(s.positionMs),
      speed: s.speed,
      ...(s.selectedEventId !== null && { selectedEventId: s.selectedEventId }),
      panel: s.panel,
      locale: s.locale,
      theme: s.theme,
      ...(s.compare !== null && {
        compare: {
          kind: s.compare.kind,
          atMs: s.compare.atMs,
          original: s.compare.original,
          inputs: s.compare.originalInjected.map((i) => ({ id: i.id, atMs: i.atMs, request: i.request })),
        },
      }),
      // A link made during a lesson opens the same step (counted from 1, as the player shows it).
      ...(s.lesson !== null && { lesson: s.lesson.id, step: s.lesson.stepIndex + 1 }),
    },
  }
}

/**
 * The full link to the store's current picture (scenario, inputs, playhead, speed, selection, panel, language, theme).
 */
export async function currentLink(store: AppStoreApi, page = 'index.html') {
  const encoded = await encodeShareHash(shareStateOf(store))
  if (!encoded.ok) return encoded
  const base = new URL(page === 'index.html' ? './' : page, location.href)
  base.search = ''
  base.hash = encoded.hash
  return { ok: true as const, url: base.toString() }
}
