import { useEffect, useMemo, useRef } from 'react'
import { useStoreApi } from '@xyflow/react'
import { useReducedMotion } from 'motion/react'
import { useTranslation } from 'react-i18next'
import { useSimClock } from '../../animation/simClockContext'
import { selectPlaybackRun } from '../../store/playbackSliceSelectors'
import { selectTheme } from '../../store/selectors'
import { useAppStore, useAppStoreApi } from '../../store/useAppStore'
import { drawTokens, type NodeBox, type TokenColours } from './drawTokens'
import { EdgeGeometry } from './edgeGeometry'
import { buildTokenIndex } from './tokenIndex'

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
  const index = useMemo(() => buildTokenIndex(run), [run])

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
    let queued = false
    // Size from the ResizeObserver (it reports as soon as it observes), not clientWidth: reading layout here would force a
    // synchronous layout of the whole canvas in the middle of mounting 200 nodes.
    let size: { w: number; h: number } | null = null
    // A run without hops or falls draws nothing, ever: once the canvas is clear, pans and drags need no redraw.
    const nothingToDraw = index.hops.hops.length === 0 && index.falls.length === 0
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
      const drawn = drawTokens({ ctx, index, geometry, nodeBox, t: clock.get(), speed: store.getState().speed, zoom, reducedMotion, colours })
      clear = drawn === 0
      el.dataset.tokens = String(drawn)
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
      unClock()
      unFlow()
      resize.disconnect()
    }
  }, [flow, store, clock, index, reducedMotion, theme])

  return <canvas ref={canvas} className="token-layer" role="img" aria-label={t('runtime.tokenLayer')} data-testid="token-layer" />
}
