import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_FIT_INSETS, fitInsetsOf } from '../../../canvas/fitInsets'
import { i18next } from '../../../i18n/core'
import { PlayIcon } from '../../../panels/icons'
import type { EmbedParams } from '../embedParams'
import { firstFramePicture } from './picture'

/** Service and role names as the canvas shows them (the first frame's strings: i18n/en/embedFirstFrame.ts). */
function pictureWords() {
  const t = i18next.t.bind(i18next) as unknown as (key: string) => string
  const has = (key: string) => i18next.exists(key)
  return {
    typeName: (type: string) => (has(`nodes.name.${type}`) ? t(`nodes.name.${type}`) : type),
    roleName: (role: string) => (has(`edges.role.${role}`) ? t(`edges.role.${role}`) : role),
  }
}

const titleOf = (doc: unknown): string => {
  const title = typeof doc === 'object' && doc !== null ? (doc as { title?: unknown }).title : undefined
  return typeof title === 'string' ? title : ''
}

/**
 * The embed's first frame, drawn without React Flow, the simulator or the document schema: the embed's chrome (title
 * bar, "Open in Lambdascope", the play control) around a static picture of the diagram at the canvas's opening fit.
 * The interactive embed replaces it in place once it has loaded (after this frame is painted, or on click with
 * `load=click`); Play pressed before that plays as soon as it is there.
 */
export function FirstFrame({
  doc,
  params,
  theme,
  appHref,
  reducedMotion,
  waiting,
  failed,
  onPlay,
  onLoad,
}: {
  doc: unknown
  params: EmbedParams
  theme: 'light' | 'dark'
  appHref: string
  reducedMotion: boolean
  /** `click`: nothing interactive loads until the reader asks (pages with many embeds). */
  waiting: 'load' | 'auto'
  failed: boolean
  onPlay: () => void
  onLoad: () => void
}) {
  const { t } = useTranslation()
  const pane = useRef<HTMLDivElement>(null)
  const [size, setSize] = useState({ width: 0, height: 0, insets: DEFAULT_FIT_INSETS })
  useLayoutEffect(() => {
    const el = pane.current
    if (!el) return
    // The canvas's own fit room (the same CSS custom properties, canvas.css and embed.css).
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight, insets: fitInsetsOf(el) })
    measure()
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [])
  const title = titleOf(doc)
  // In a lesson the lesson's own document replaces the link's: no picture of the wrong diagram.
  const svg = useMemo(
    () =>
      params.lesson !== null
        ? null
        : firstFramePicture(doc, theme, pictureWords(), size.width, size.height, size.insets),
    [doc, theme, size, params.lesson],
  )
  return (
    <div
      className={`embed embed-first-frame embed--controls-${params.controls}`}
      role="region"
      aria-label={t('share.embedRegion', { title })}
      aria-busy={waiting === 'auto'}
    >
      <header className="embed__bar">
        <h1 className="embed__title">{title}</h1>
        <a className="embed__open button button--small" href={appHref} target="_blank" rel="noopener">
          {t('share.openInApp')} <span aria-hidden="true">↗</span>
        </a>
      </header>
      <section className="embed__canvas" aria-label={t('canvas.label')}>
        <div ref={pane} className="canvas-workspace__flow embed-first-frame__pane" />
        {svg !== null ? (
          // The SVG text is built by scenarioSvg, which escapes every string of the document.
          <div
            className="embed-first-frame__picture"
            role="img"
            aria-label={t('share.posterAlt', { title })}
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        ) : null}
        {waiting === 'load' ? (
          <div className="embed-first-frame__load">
            {failed ? <p role="alert">{t('share.loadFailed')}</p> : null}
            <button type="button" className="button button--primary" onClick={onLoad}>
              {t('share.loadInteractive')}
            </button>
          </div>
        ) : null}
      </section>
      {reducedMotion ? <p className="embed__note">{t('share.reducedMotion')}</p> : null}
      {params.controls !== 'none' && waiting === 'auto' ? (
        <div className="embed-first-frame__bar">
          <button
            type="button"
            className="button button--primary transport__play"
            onClick={onPlay}
            data-testid="first-frame-play"
          >
            <PlayIcon />
            <span>{t('transport.play')}</span>
          </button>
        </div>
      ) : null}
    </div>
  )
}
