import { useEffect, useState } from 'react'
import type { Issue, Scenario } from '../../model'
import { AppStoreProvider } from '../../store/AppStoreProvider'
import { createAppStore, type AppStoreApi } from '../../store/createAppStore'
import { applyShareView } from '../share/applyShare'
import type { ShareInput, ShareView } from '../share/shareLink'
import type { EmbedParams } from './embedParams'
import { EmbedApp } from './EmbedApp'
import { EmbedError } from './EmbedError'
import { startBridge } from './bridge'

const media = (q: string) => typeof matchMedia === 'function' && matchMedia(q).matches

function buildStore(
  scenario: Scenario,
  params: EmbedParams,
  locale: 'en' | 'ja',
  theme: 'light' | 'dark',
  view: ShareView,
  inputs: readonly ShareInput[],
): AppStoreApi {
  const store = createAppStore({ scenario, locale, theme })
  // The embed's own `lesson`/`step` win over the link's; the lesson's document then replaces the link's.
  const lesson =
    params.lesson !== null ? { lesson: params.lesson, ...(params.step !== null && { step: params.step }) } : {}
  applyShareView(store, inputs, { ...view, panel: 'closed', ...lesson })
  const s = store.getState()
  if (params.speed !== null) s.setSpeed(params.speed)
  if (params.startMs !== null) s.seek(params.startMs)
  if (params.focus !== null && scenario.nodes.some((n) => n.id === params.focus))
    s.select({ nodeIds: [params.focus] }, 'replace')
  return store
}

/**
 * The interactive embed (it replaces the first frame, firstFrame/EmbedBoot.tsx); a `load` message swaps in a new store
 * (and a canvas fitted to it).
 */
export function EmbedRoot({
  params,
  scenario,
  issues,
  appHref,
  locale,
  theme,
  view,
  inputs,
  playNow,
}: {
  params: EmbedParams
  scenario: Scenario
  issues: Issue[]
  appHref: string
  locale: 'en' | 'ja'
  theme: 'light' | 'dark'
  view: ShareView
  inputs: readonly ShareInput[]
  /** Play was pressed in the first frame, before this part had loaded. */
  playNow: boolean
}) {
  const reducedMotion = media('(prefers-reduced-motion: reduce)')
  // A `load` message replaces the scenario: a new store and a new canvas, fitted to it.
  const [doc, setDoc] = useState<{ gen: number; store: AppStoreApi }>(() => ({
    gen: 0,
    store: buildStore(scenario, params, locale, theme, view, inputs),
  }))
  const store = doc.store

  useEffect(() => {
    const bridge = startBridge(store, params.origins, (next) => {
      const s = store.getState()
      setDoc((d) => ({
        gen: d.gen + 1,
        store: buildStore(next, { ...params, startMs: null, focus: null }, s.locale, s.theme, {}, []),
      }))
    })
    bridge.post({
      type: 'ready',
      state: {
        positionMs: Math.round(store.getState().positionMs),
        status: store.getState().status,
        selectedEventId: store.getState().selectedEventId,
        selectedNodeIds: [...store.getState().selection.nodeIds],
        finished: false,
        title: store.getState().scenario.title,
      },
    })
    // Autoplay only when motion is welcome: with reduced motion the picture stays still until the reader steps it.
    // Play pressed in the first frame is the reader's own request: honoured with reduced motion too.
    if (((params.autoplay && !reducedMotion) || playNow) && issues.length === 0) store.getState().play()
    return () => bridge.stop()
  }, [store, params, reducedMotion, issues.length, playNow])

  useEffect(() => {
    if (params.theme !== 'auto' || typeof matchMedia !== 'function') return
    const q = matchMedia('(prefers-color-scheme: dark)')
    const follow = () => store.getState().setTheme(q.matches ? 'dark' : 'light')
    q.addEventListener('change', follow)
    return () => q.removeEventListener('change', follow)
  }, [params.theme, store])

  return (
    <AppStoreProvider key={doc.gen} store={store}>
      {issues.length > 0 ? (
        <EmbedError issues={issues} appHref={appHref} />
      ) : (
        <EmbedApp params={params} appHref={appHref} reducedMotion={reducedMotion} />
      )}
    </AppStoreProvider>
  )
}
