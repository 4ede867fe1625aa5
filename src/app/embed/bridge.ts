/**
 * The embed's side of the postMessage API: validated commands in, `ready` / `state` / `resize` / `error` out.
 * Messages are accepted from the parent window only, and only from the allow-listed origins when the embed was given
 * some (`origins=`); replies go to the parent only, to the same origins. No storage is touched.
 */
import { setLanguage } from '../../i18n'
import { parseScenario, type Scenario } from '../../model'
import type { AppStoreApi } from '../../store/createAppStore'
import { readHostMessage } from './protocol'
import { type EmbedMessage, type EmbedState, type ProtocolSource, type ProtocolVersion } from './protocolTypes'

const PROTOCOL_SOURCE: ProtocolSource = 'lambdascope'
const PROTOCOL_VERSION: ProtocolVersion = 1

/** State messages at most this often while playing (the position changes at event rate). */
const STATE_INTERVAL_MS = 250

export function embedStateOf(store: AppStoreApi): EmbedState {
  const s = store.getState()
  return {
    positionMs: Math.round(s.positionMs),
    status: s.status,
    selectedEventId: s.selectedEventId,
    selectedNodeIds: [...s.selection.nodeIds],
    finished: s.status === 'ended',
    title: s.scenario.title,
  }
}

type Distributive<T> = T extends unknown ? Omit<T, 'source' | 'v'> : never

export interface Bridge {
  post: (message: Distributive<EmbedMessage>) => void
  stop: () => void
}

export function startBridge(
  store: AppStoreApi,
  origins: readonly string[],
  onLoad: (scenario: Scenario) => void,
): Bridge {
  const parent = window.parent === window ? null : window.parent
  const post: Bridge['post'] = (message) => {
    if (!parent) return
    const full = { source: PROTOCOL_SOURCE, v: PROTOCOL_VERSION, ...message }
    if (origins.length === 0) parent.postMessage(full, '*')
    else for (const o of origins) parent.postMessage(full, o)
  }
  const onMessage = (e: MessageEvent) => {
    if (parent === null || e.source !== parent) return
    if (origins.length > 0 && !origins.includes(e.origin)) return
    const read = readHostMessage(e.data)
    if (read.kind === 'ignore') return
    if (read.kind === 'invalid') return post({ type: 'error', request: read.type, issues: read.issues })
    const m = read.message
    const s = store.getState()
    switch (m.type) {
      case 'play':
        return s.play()
      case 'pause':
        return s.pause()
      case 'seek':
        return s.seek(m.ms)
      case 'getState':
        return post({ type: 'state', state: embedStateOf(store) })
      case 'setLang':
        s.setLocale(m.lang)
        void setLanguage(m.lang)
        return
      case 'injectFault': {
        // The request is checked against the document as the run will see it; a wrong target is reported, not run.
        const before = s.injected
        s.injectFault(m.request as Parameters<typeof s.injectFault>[0])
        const run = store.getState()
        const check = parseScenario({
          ...run.scenario,
          faults: [...run.scenario.faults, ...run.injected.flatMap((i) => i.faults)],
          traffic: [...run.scenario.traffic, ...run.injected.flatMap((i) => i.traffic)],
        })
        if (!check.ok) {
          store.setState({ injected: before, lastInjection: null })
          post({
            type: 'error',
            request: 'injectFault',
            issues: check.issues.map((i) => ({ path: i.path, message: i.message })),
          })
        }
        return
      }
      case 'load': {
        const parsed = parseScenario(m.scenario)
        if (!parsed.ok)
          return post({
            type: 'error',
            request: 'load',
            issues: parsed.issues.slice(0, 20).map((i) => ({ path: i.path, message: i.message })),
          })
        onLoad(parsed.scenario)
        return
      }
    }
  }
  window.addEventListener('message', onMessage)

  let last = ''
  let timer: ReturnType<typeof setTimeout> | null = null
  const sendState = () => {
    timer = null
    const state = embedStateOf(store)
    const text = JSON.stringify(state)
    if (text === last) return
    last = text
    post({ type: 'state', state })
  }
  const unsubscribe = store.subscribe((s, prev) => {
    if (
      s.status !== prev.status ||
      s.selectedEventId !== prev.selectedEventId ||
      s.selection !== prev.selection ||
      s.scenario !== prev.scenario
    ) {
      if (timer !== null) clearTimeout(timer)
      sendState()
    } else if (s.positionMs !== prev.positionMs && timer === null) timer = setTimeout(sendState, STATE_INTERVAL_MS)
    // The learner reached the end of the open lesson (the store marks it completed): told once per completion.
    const id = s.lesson?.id
    if (id !== undefined && s.lessonProgress[id]?.completed === true && prev.lessonProgress[id]?.completed !== true)
      post({ type: 'lessonComplete', lesson: id })
  })

  let lastHeight = 0
  const resize = new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.scrollHeight)
    if (height !== lastHeight) {
      lastHeight = height
      post({ type: 'resize', height })
    }
  })
  resize.observe(document.documentElement)

  return {
    post,
    stop: () => {
      window.removeEventListener('message', onMessage)
      unsubscribe()
      resize.disconnect()
      if (timer !== null) clearTimeout(timer)
    },
  }
}
