/**
 * lambdascope-embed.js — the embed SDK for documentation sites. No dependencies, no framework:
 *
 *   import { embed } from 'https://…/lambdascope-embed.js'
 *   const player = embed(document.querySelector('#demo'), { example: 's3-dlq', controls: 'minimal' })
 *   player.on('state', (s) => …); player.play()
 *
 * or, with no script of your own: <lambdascope-embed example="s3-dlq" title="S3 → Lambda → DLQ"></lambdascope-embed>
 * (registered when this module loads). Messages follow protocolTypes.ts; the embed validates them.
 */
import {
  type EmbedMessage,
  type EmbedState,
  type HostMessage,
  type ProtocolSource,
  type ProtocolVersion,
} from './protocolTypes'

const PROTOCOL_SOURCE: ProtocolSource = 'lambdascope'
const PROTOCOL_VERSION: ProtocolVersion = 1

export type { EmbedState }

export interface EmbedOptions {
  /** The embed page; default: embed.html next to this script. */
  src?: string
  /** A bundled example by name… */
  example?: string
  /** …or a share link (or just its hash `#s=1.…`) whose scenario and view to show. */
  link?: string
  /** The iframe's accessible name (required by accessibility rules; default "Lambdascope"). */
  title?: string
  lang?: 'en' | 'ja'
  theme?: 'auto' | 'light' | 'dark'
  controls?: 'full' | 'minimal' | 'none'
  autoplay?: boolean
  speed?: number
  /** Playhead at start (ms). */
  start?: number
  /** A node id to select at start. */
  focus?: string
  lesson?: string
  step?: number
  /** Show a static picture until clicked (pages with many embeds). */
  clickToLoad?: boolean
  /** Follow the embed's `resize` events with the iframe's height (default false: 16:9). */
  autoResize?: boolean
  /** Tell the embed to accept commands from this page's origin only (default true). */
  lockOrigin?: boolean
}

type Events = {
  ready: EmbedState
  state: EmbedState
  lessonComplete: { lesson: string }
  resize: { height: number }
  error: { request: string; issues: { path: string; message: string }[] }
}
export type EmbedEvent = keyof Events

type Distributive<T> = T extends unknown ? Omit<T, 'source' | 'v'> : never

export interface EmbedHandle {
  iframe: HTMLIFrameElement
  play(): void
  pause(): void
  seek(ms: number): void
  /** Replace the scenario (a `lambdascope/scenario@1` document); an invalid one is answered with an `error` event. */
  load(scenario: unknown): void
  /**
   * Inject a fault now, as the canvas fault menu does, e.g. `{ kind: 'fault', fault: { kind: 'timeout', target: 'fn' }
   * }`.
   */
  injectFault(request: unknown): void
  setLang(lang: 'en' | 'ja'): void
  /** The latest state the embed reported. */
  readonly state: EmbedState | null
  on<E extends EmbedEvent>(event: E, listener: (detail: Events[E]) => void): () => void
  destroy(): void
}

const DEFAULT_SRC = new URL('./embed.html', import.meta.url).toString()

export function embedUrl(options: EmbedOptions): string {
  const url = new URL(options.src ?? DEFAULT_SRC, location.href)
  const set = (k: string, v: string | number | boolean | undefined) => {
    if (v !== undefined && v !== false) url.searchParams.set(k, v === true ? '1' : String(v))
  }
  set('example', options.example)
  set('lang', options.lang)
  set('theme', options.theme)
  set('controls', options.controls)
  set('autoplay', options.autoplay)
  set('speed', options.speed)
  set('start', options.start)
  set('focus', options.focus)
  set('lesson', options.lesson)
  set('step', options.step)
  if (options.clickToLoad) url.searchParams.set('load', 'click')
  if (options.lockOrigin !== false && location.origin.startsWith('http'))
    url.searchParams.set('origins', location.origin)
  if (options.link) url.hash = options.link.slice(options.link.indexOf('#') + 1)
  return url.toString()
}

export function embed(element: HTMLElement, options: EmbedOptions = {}): EmbedHandle {
  const src = embedUrl(options)
  const origin = new URL(src).origin
  const iframe = document.createElement('iframe')
  iframe.src = src
  iframe.title = options.title ?? 'Lambdascope'
  iframe.loading = 'lazy'
  iframe.allow = 'clipboard-write; fullscreen'
  iframe.style.cssText = 'display:block;width:100%;aspect-ratio:16/9;border:0'
  element.append(iframe)

  const listeners = new Map<EmbedEvent, Set<(d: never) => void>>()
  const queue: HostMessage[] = []
  let ready = false
  let state: EmbedState | null = null
  const emit = <E extends EmbedEvent>(event: E, detail: Events[E]) => {
    for (const l of listeners.get(event) ?? []) (l as (d: Events[E]) => void)(detail)
  }
  const send = (message: Distributive<HostMessage>) => {
    const full = { source: PROTOCOL_SOURCE, v: PROTOCOL_VERSION, ...message } as HostMessage
    if (ready) iframe.contentWindow?.postMessage(full, origin)
    else queue.push(full)
  }
  const onMessage = (e: MessageEvent) => {
    // Only this iframe's messages, from the embed's origin, in our envelope.
    if (e.source !== iframe.contentWindow || e.origin !== origin) return
    const m = e.data as EmbedMessage | null
    if (!m || typeof m !== 'object' || m.source !== PROTOCOL_SOURCE || m.v !== PROTOCOL_VERSION) return
    switch (m.type) {
      case 'ready':
        ready = true
        state = m.state
        for (const q of queue.splice(0)) iframe.contentWindow?.postMessage(q, origin)
        emit('ready', m.state)
        break
      case 'state':
        state = m.state
        emit('state', m.state)
        break
      case 'resize':
        if (options.autoResize && Number.isFinite(m.height) && m.height > 0) {
          iframe.style.aspectRatio = 'auto'
          iframe.style.height = `${Math.min(4000, Math.round(m.height))}px`
        }
        emit('resize', { height: m.height })
        break
      case 'lessonComplete':
        emit('lessonComplete', { lesson: m.lesson })
        break
      case 'error':
        emit('error', { request: m.request, issues: m.issues })
        break
    }
  }
  window.addEventListener('message', onMessage)

  return {
    iframe,
    play: () => send({ type: 'play' }),
    pause: () => send({ type: 'pause' }),
    seek: (ms) => send({ type: 'seek', ms }),
    load: (scenario) => send({ type: 'load', scenario }),
    injectFault: (request) => send({ type: 'injectFault', request }),
    setLang: (lang) => send({ type: 'setLang', lang }),
    get state() {
      return state
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (d: never) => void)
      listeners.set(event, set)
      return () => set.delete(listener as (d: never) => void)
    },
    destroy() {
      window.removeEventListener('message', onMessage)
      iframe.remove()
    },
  }
}

const ATTRIBUTES = [
  'example',
  'link',
  'title',
  'lang',
  'theme',
  'controls',
  'autoplay',
  'speed',
  'start',
  'focus',
  'lesson',
  'step',
  'click-to-load',
  'auto-resize',
  'src',
] as const

/**
 * `<lambdascope-embed example="s3-dlq" title="…" controls="minimal" autoplay>`: the same embed as an element. Its
 * methods (play, pause, seek, load, injectFault, setLang) and `state` are the handle's; events are dispatched on the
 * element as `lambdascope:ready`, `lambdascope:state`, … with the detail.
 */
export class LambdascopeEmbedElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES
  private handle: EmbedHandle | null = null

  connectedCallback() {
    this.render()
  }
  disconnectedCallback() {
    this.handle?.destroy()
    this.handle = null
  }
  attributeChangedCallback() {
    if (this.handle) this.render()
  }
  private render() {
    this.handle?.destroy()
    const a = (name: string) => this.getAttribute(name) ?? undefined
    const flag = (name: string) => this.hasAttribute(name) && this.getAttribute(name) !== 'false'
    const num = (name: string) => (a(name) === undefined ? undefined : Number(a(name)))
    if (!this.style.display) this.style.display = 'block'
    this.handle = embed(this, {
      src: a('src'),
      example: a('example'),
      link: a('link'),
      title: a('title') ?? 'Lambdascope',
      lang: a('lang') as EmbedOptions['lang'],
      theme: a('theme') as EmbedOptions['theme'],
      controls: a('controls') as EmbedOptions['controls'],
      autoplay: flag('autoplay'),
      speed: num('speed'),
      start: num('start'),
      focus: a('focus'),
      lesson: a('lesson'),
      step: num('step'),
      clickToLoad: flag('click-to-load'),
      autoResize: flag('auto-resize'),
    })
    for (const event of ['ready', 'state', 'lessonComplete', 'resize', 'error'] as const)
      this.handle.on(event, (detail) =>
        this.dispatchEvent(new CustomEvent(`lambdascope:${event}`, { detail, bubbles: true })),
      )
  }
  play() {
    this.handle?.play()
  }
  pause() {
    this.handle?.pause()
  }
  seek(ms: number) {
    this.handle?.seek(ms)
  }
  load(scenario: unknown) {
    this.handle?.load(scenario)
  }
  injectFault(request: unknown) {
    this.handle?.injectFault(request)
  }
  setLang(lang: 'en' | 'ja') {
    this.handle?.setLang(lang)
  }
  get state() {
    return this.handle?.state ?? null
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('lambdascope-embed'))
  customElements.define('lambdascope-embed', LambdascopeEmbedElement)
