/**
 * The editor's parts that the first frame does not need, each its own chunk (src/panels/lazyPanel.tsx): fetched when
 * first shown, or when the page is idle after the first frame (`preloadAppParts`). Add new panels and dialogs here.
 */
import { lazyDialog, lazyPanel } from '../panels/lazyPanel'
import { DRAWER_PARTS } from '../panels/drawer/drawerParts'
import { InspectorFallback } from './InspectorFallback'
import { selectLessonLibraryOpen, selectPresenter } from '../store/lessonSelectors'
import { loadLessons } from '../store/lessonsLoader'
import type { AppStore } from '../store/createAppStore'
import { useAppStore } from '../store/useAppStore'

export const Inspector = lazyPanel(() => import('../panels/Inspector').then((m) => m.Inspector), InspectorFallback)

const selectHasLesson = (s: AppStore) => s.lesson !== null
const selectStartOpen = (s: AppStore) => (s.startPage ?? null) !== null

/** A lesson part comes with the lessons (store/lessonsLoader.ts), so the store's lesson actions find them at once. */
const withLessons = <T>(part: Promise<T>): Promise<T> => Promise.all([part, loadLessons()]).then(([p]) => p)

export const LessonPlayer = lazyDialog<{ embedded?: boolean }>(
  () => withLessons(import('../panels/lessons/LessonPlayer').then((m) => m.LessonPlayer)),
  () => useAppStore(selectHasLesson),
)
export const LessonLibraryDialog = lazyDialog(
  () => withLessons(import('../panels/lessons/LessonLibraryDialog').then((m) => m.LessonLibraryDialog)),
  () => useAppStore(selectLessonLibraryOpen),
)
export const PresenterMode = lazyDialog(
  () => withLessons(import('../panels/lessons/PresenterMode').then((m) => m.PresenterMode)),
  () => useAppStore(selectPresenter),
)
export const StartPage = lazyDialog(
  () => withLessons(import('./start/StartPage').then((m) => m.StartPage)),
  () => useAppStore(selectStartOpen),
)

/** Captions over the canvas (editor and embed): an overlay, so nothing to hold its place while it loads. */
export const CaptionStrip = lazyPanel<{ remember?: boolean }>(
  () => import('../panels/caption/CaptionStrip').then((m) => m.CaptionStrip),
  () => null,
)

/** Everything above, for `preloadWhenIdle` once the first frame is drawn. */
export const APP_PARTS = [
  CaptionStrip,
  Inspector,
  LessonPlayer,
  LessonLibraryDialog,
  PresenterMode,
  StartPage,
  ...DRAWER_PARTS,
] as const
