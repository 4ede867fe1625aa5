import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MotionConfig } from 'motion/react'
import { PlaybackRuntime } from '../../animation/PlaybackRuntime'
import { CanvasWorkspace } from '../../canvas/CanvasWorkspace'
import { CompareSplit } from '../../canvas/compare/CompareSplit'
import { CompareBar } from '../../panels/compare/CompareBar'
import { PlaybackBar } from '../../panels/playbackBar/PlaybackBar'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { selectScenario } from '../../store/selectors'
import { currentLink } from '../share/applyShare'
import type { EmbedParams } from './embedParams'
import { useDocumentSync } from '../useDocumentSync'
import { CaptionStrip, LessonPlayer } from '../lazyParts'

/** "Open in Lambdascope": the full editor with the embed's current state (refreshed when pointed at or focused). */
function OpenInApp({ initialHref }: { initialHref: string }) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const [href, setHref] = useState(initialHref)
  const refresh = useCallback(
    () =>
      void currentLink(store).then((l) => {
        if (l.ok) setHref(l.url)
      }),
    [store],
  )
  useEffect(refresh, [refresh])
  return (
    <a
      className="embed__open button button--small"
      href={href}
      target="_blank"
      rel="noopener"
      onPointerEnter={refresh}
      onFocus={refresh}
    >
      {t('share.openInApp')} <span aria-hidden="true">↗</span>
    </a>
  )
}

/**
 * The embed: the read-only canvas (faults can still be injected from its menu: "explore", nothing saved), the caption
 * strip, the playback bar (full, minimal or none), the lesson player when a lesson was asked for (`lesson`/`step`) and
 * a link to the full editor. No header, palette, inspector or drawer.
 */
export function EmbedApp({
  params,
  appHref,
  reducedMotion,
}: {
  params: EmbedParams
  appHref: string
  reducedMotion: boolean
}) {
  useDocumentSync() // nothing saved: an embed writes no storage of the host's
  const { t } = useTranslation()
  const scenario = useAppStore(selectScenario)
  const inLesson = useAppStore((s) => s.lesson !== null)
  return (
    <MotionConfig reducedMotion="user">
      <PlaybackRuntime>
        <div
          className={`embed embed--controls-${params.controls}${inLesson ? ' embed--lesson' : ''}`}
          role="region"
          aria-label={t('share.embedRegion', { title: scenario.title })}
        >
          <header className="embed__bar">
            <h1 className="embed__title">{scenario.title}</h1>
            <OpenInApp initialHref={appHref} />
          </header>
          <section id="canvas" className="embed__canvas" aria-label={t('canvas.label')}>
            <CompareSplit bar={<CompareBar embedded />} embedded>
              {/* Captions stay with every `controls` value: they are the picture's words, not chrome (hideable). */}
              <CanvasWorkspace readOnly overlay={<CaptionStrip remember={false} />} />
            </CompareSplit>
            <LessonPlayer embedded />
          </section>
          {reducedMotion ? <p className="embed__note">{t('share.reducedMotion')}</p> : null}
          {params.controls !== 'none' ? <PlaybackBar /> : null}
        </div>
      </PlaybackRuntime>
    </MotionConfig>
  )
}
