import { useEffect, useState, type ComponentType } from 'react'
import type { EmbedParams } from '../embedParams'
import type { LiveProps } from '../live'
import { FirstFrame } from './FirstFrame'
import { afterPaint } from '../../../store/afterPaint'

type Live = { Root: ComponentType<LiveProps & { playNow: boolean }>; props: LiveProps }

/**
 * The embed page: the first frame (a static picture and the chrome, FirstFrame.tsx), then the interactive embed in
 * its place. Its code (live.ts) is fetched only once the first frame is painted (a frame, then a task), or on click
 * with `load=click`: what the first frame needs stays small (#16: ≤ 150 KB gzipped before the first frame).
 */
export function EmbedBoot({
  doc,
  params,
  locale,
  theme,
  appHref,
  reducedMotion,
}: {
  doc: unknown
  params: EmbedParams
  locale: 'en' | 'ja'
  theme: 'light' | 'dark'
  appHref: string
  reducedMotion: boolean
}) {
  const [wanted, setWanted] = useState(params.load === 'auto')
  const [playNow, setPlayNow] = useState(false)
  const [live, setLive] = useState<Live | null>(null)
  // The interactive part could not be fetched (offline before it was cached): said, and the reader may retry.
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    if (!wanted) return
    let cancelled = false
    const cancel = afterPaint(() => {
      void import('../live')
        .then(async (m) => ({
          Root: m.EmbedRoot,
          props: await m.openLive(location.search, location.hash, params, locale, theme, appHref),
        }))
        .then(
          (l) => {
            if (!cancelled) setLive(l)
          },
          () => {
            if (cancelled) return
            setFailed(true)
            setWanted(false)
          },
        )
    })
    return () => {
      cancelled = true
      cancel()
    }
  }, [wanted, params, locale, theme, appHref])

  if (live !== null) return <live.Root {...live.props} playNow={playNow} />
  return (
    <FirstFrame
      doc={doc}
      params={params}
      theme={theme}
      appHref={appHref}
      reducedMotion={reducedMotion}
      waiting={wanted ? 'auto' : 'load'}
      failed={failed}
      onPlay={() => setPlayNow(true)}
      onLoad={() => setWanted(true)}
    />
  )
}
