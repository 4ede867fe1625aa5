import { useEffect, useRef } from 'react'
import { useStoreApi } from '@xyflow/react'
import { useReducedMotion } from 'motion/react'
import { useTranslation } from 'react-i18next'
import { useSimClock } from '../../animation/simClockContext'
import { selectPlaybackRun } from '../../store/playback/selectors'
import { selectTheme } from '../../store/selectors'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { drawTokens, type NodeBox, type TokenColours } from './drawTokens'
import { EdgeGeometry } from './edgeGeometry'
import { TokenHits } from './tokenHits'
import { buildTokenIndex, tokenIndexSteps } from './tokenIndex'
import { useSliced } from './useSliced'

/** What the layer draws while a run's index is being built: nothing. */
const EMPTY_INDEX = buildTokenIndex({ ok: false, issues: [], endMs: 0 })

/** Screen pixels around a token that still count as clicking it (tokens are small and moving). */
const CLICK_SLOP_PX = 4

function readColours(el: Element): TokenColours {
  const css = getComputedStyle(el)
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback
  return {
    event: v('--token-event', '#2563eb'),
    retry: v('--token-retry', '#d97706'),
    failed: v('--token-failed', '#dc2626'),
    dlq: v('--token-dlq', '#7c3aed'),
    lost: v('--token-lost', '#374151'),
    text: v('--token-text', '#ffffff'),
  }
}

/**
 * ALL tokens in ONE 2D canvas over React Flow's viewport (a component per token costs far too much main thread at
 * 300+). Redrawn when the sim clock moves (every frame while playing), the viewport pans/zooms, or the run changes.
 */
export function TokenLayer() {
  const { t } = useTranslation()
  const canvas = useRef<HTMLCanvasElement>(null)
  const flow = useStoreApi()
  const store = useAppStoreApi()
  const clock = useSimClock()
  const run = useAppStore(selectPlaybackRun)
  const theme = useAppStore(selectTheme)
  const reducedMotion = useReducedMotion() ?? false
  // Built in slices over tasks when the run is big (useSliced.ts); no tokens are drawn until it is built.
  const built = useSliced(() => tokenIndexSteps(run), [run])
  const index = built.ready && built.value !== null ? built.value : EMPTY_INDEX

  useEffect(() => {
    const el = canvas.current
    const ctx = el?.getContext('2d')
    if (!el || !ctx) return
    const geometry = new EdgeGeometry(() => flow.getState().domNode)
    // Read on the first draw, when style is up to date (reading now would force a style pass mid-mount).
    let colours: TokenColours | null = null
    const nodeBox = (id: string): NodeBox | null => {
      const n = flow.getState().nodeLookup.get(id)
      if (!n) return null
      const p = n.internals.positionAbsolute
      return { x: p.x, y: p.y, width: n.measured.width ?? 0, height: n.measured.height ?? 0 }
    }
    const hits = new TokenHits()
    /** The event of the token under a pointer, from the last drawn frame. */
    const eventUnder = (e: MouseEvent): string | null => {
      const dom = flow.getState().domNode
      if (!dom || hits.size === 0) return null
      const rect = dom.getBoundingClientRect()
      const [tx, ty, zoom] = flow.getState().transform
      return hits.eventAt((e.clientX - rect.left - tx) / zoom, (e.clientY - rect.top - ty) / zoom, CLICK_SLOP_PX / zoom)
    }
    // The layer lets pointers through to the canvas (pan, select); a click that lands on a token selects its event
    // instead, opening its state machine — like choosing it in the log. Keyboard users choose events in the log.
    const onClick = (e: MouseEvent) => {
      const id = eventUnder(e)
      if (id === null) return
      e.stopPropagation()
      store.getState().selectEvent(id)
    }
    const onPointerMove = (e: PointerEvent) => {
      flow.getState().domNode?.classList.toggle('token-layer--over-token', eventUnder(e) !== null)
    }
    const dom = flow.getState().domNode
    dom?.addEventListener('click', onClick, true)
    dom?.addEventListener('pointermove', onPointerMove, { passive: true })
    let queued = false
    // Size from the ResizeObserver (it reports as soon as it observes), not clientWidth: reading layout here would
    // force a
    // synchronous layout of the whole canvas in the middle of mounting 200 nodes.
    let size: { w: number; h: number } | null = null
    // A run without hops or falls draws nothing, ever: once the canvas is clear, pans and drags need no redraw.
    const nothingToDraw = index.hops.hops.length === 0 && index.falls.length === 0 && index.waits.waits.length === 0
    let clear = false
    const draw = () => {
      queued = false
      if (!size) return
      const dpr = window.devicePixelRatio || 1
      const resized = el.width !== Math.round(size.w * dpr) || el.height !== Math.round(size.h * dpr)
      if (resized) {
        el.width = Math.round(size.w * dpr)
        el.height = Math.round(size.h * dpr)
      } else if (clear && nothingToDraw) return
      ctx.setTransform(1, 0, 0, 1, 0, 0)
      ctx.clearRect(0, 0, el.width, el.height)
      colours ??= readColours(el)
      const [tx, ty, zoom] = flow.getState().transform
      ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * tx, dpr * ty)
      const drawn = drawTokens({
        ctx,
        index,
        geometry,
        nodeBox,
        t: clock.get(),
        speed: store.getState().speed,
        zoom,
        reducedMotion,
        colours,
        hits,
      })
      clear = drawn.tokens === 0
      el.dataset.tokens = String(drawn.tokens)
      el.dataset.parked = String(drawn.parked)
    }
    // The clock changes inside the playback loop's frame: draw right there (no second rAF per frame).
    const unClock = clock.on('change', draw)
    // Pans, zooms, drags and measurements: coalesce into one draw per frame.
    const later = () => {
      if (queued) return
      queued = true
      requestAnimationFrame(draw)
    }
    const unFlow = flow.subscribe(later)
    const resize = new ResizeObserver(([entry]) => {
      if (!entry) return
      size = { w: entry.contentRect.width, h: entry.contentRect.height }
      draw() // after layout, before paint: the right moment, no extra frame
    })
    resize.observe(el)
    draw()
    return () => {
      dom?.removeEventListener('click', onClick, true)
      dom?.removeEventListener('pointermove', onPointerMove)
      dom?.classList.remove('token-layer--over-token')
      unClock()
      unFlow()
      resize.disconnect()
    }
  }, [flow, store, clock, index, reducedMotion, theme])

  return (
    <canvas
      ref={canvas}
      className="token-layer"
      role="img"
      aria-label={t('runtime.tokenLayer')}
      data-testid="token-layer"
    />
  )
}
