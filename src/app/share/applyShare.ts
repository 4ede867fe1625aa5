import type { AppStoreApi } from '../../store/createAppStore'
import { encodeShareHash, placeInputs, type ShareInput, type ShareState, type ShareView } from './shareLink'

/** Puts a link's inputs and view into a freshly built store: the same run, playhead, speed, selection and panel. */
export function applyShareView(store: AppStoreApi, inputs: readonly ShareInput[], view: ShareView): void {
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
  if (c !== undefined) s.openComparison({ kind: c.kind, atMs: c.atMs, original: c.original, originalInjected: placeInputs(c.inputs) })
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
    },
  }
}

/** The full link to the store's current picture (scenario, inputs, playhead, speed, selection, panel, language, theme). */
export async function currentLink(store: AppStoreApi, page = 'index.html') {
  const encoded = await encodeShareHash(shareStateOf(store))
  if (!encoded.ok) return encoded
  const base = new URL(page === 'index.html' ? './' : page, location.href)
  base.search = ''
  base.hash = encoded.hash
  return { ok: true as const, url: base.toString() }
}

