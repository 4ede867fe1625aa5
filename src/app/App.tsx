import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { MotionConfig } from 'motion/react'
import { PlaybackRuntime } from '../animation/PlaybackRuntime'
import { CanvasWorkspace } from '../canvas/CanvasWorkspace'
import { useCanvasSheet } from '../canvas/useCanvasSheet'
import { PlaybackBar } from '../panels/playbackBar/PlaybackBar'
import { TraceDrawer } from '../panels/drawer/TraceDrawer'
import { Header } from './Header'
import { PanelBoundary } from './PanelBoundary'
import { LessonLayer } from './lessons/LessonLayer'
import { savePreferences } from './preferences'
import { useDocumentSync } from './useDocumentSync'
import { preloadWhenIdle } from '../panels/lazyPanel'
import { APP_PARTS, CaptionStrip, Inspector, LessonPlayer, StartPage } from './lazyParts'
import { CompareSplit } from '../canvas/compare/CompareSplit'
import { CompareBar } from '../panels/compare/CompareBar'

export function App() {
  useDocumentSync(savePreferences)
  const { t } = useTranslation()
  // The inspector as a sheet, on narrow screens only (elsewhere it is always shown and the toggle is not drawn).
  const inspector = useCanvasSheet()
  // The parts loaded on demand are fetched once the first frame is drawn, so opening one later does not wait.
  useEffect(() => preloadWhenIdle(APP_PARTS), [])
  return (
    <MotionConfig reducedMotion="user">
      <PlaybackRuntime>
        <div className="app">
          <a className="skip-link" href="#canvas">
            {t('app.skipToCanvas')}
          </a>
          <Header
            inspectorOpen={inspector.sheet.open}
            onToggleInspector={inspector.toggle}
            toggleRef={inspector.toggleRef}
          />
          <main className="workspace">
            <section id="canvas" className="workspace__canvas" aria-label={t('canvas.label')} tabIndex={-1}>
              <PanelBoundary area="canvas">
                <CompareSplit bar={<CompareBar />}>
                  <CanvasWorkspace overlay={<CaptionStrip />} />
                </CompareSplit>
              </PanelBoundary>
              <PanelBoundary area="lesson">
                <LessonPlayer />
              </PanelBoundary>
            </section>
            <PanelBoundary area="inspector">
              <Inspector sheet={inspector.sheet} />
            </PanelBoundary>
          </main>
          <PanelBoundary area="drawer">
            <TraceDrawer />
          </PanelBoundary>
          <PanelBoundary area="playback">
            <PlaybackBar />
          </PanelBoundary>
          <LessonLayer />
          <StartPage />
        </div>
      </PlaybackRuntime>
    </MotionConfig>
  )
}
