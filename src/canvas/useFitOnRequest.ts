import { useEffect, useRef } from 'react'
import { useReactFlow } from '@xyflow/react'
import { useAppStore } from '../store/useAppStore'

const selectViewFitSeq = (s: { viewFitSeq: number }) => s.viewFitSeq

/** Overlays a fit must keep the document clear of: the lesson player and the presenter caption. */
const OVERLAYS = '.lesson-player, .presenter__caption'

/** Padding that frames the nodes beside (or above) an overlay on the pane, in px. */
function paddingAround(pane: HTMLElement | null) {
  const base = { top: 60, right: 30, bottom: 30, left: 30 }
  if (!pane) return base
  const p = pane.getBoundingClientRect()
  for (const el of document.querySelectorAll<HTMLElement>(OVERLAYS)) {
    const o = el.getBoundingClientRect()
    if (o.width === 0 || o.height === 0) continue
    if (o.width > p.width * 0.6) base.bottom = Math.max(base.bottom, p.bottom - o.top + 16)
    else if (o.left > p.left + p.width / 2) base.right = Math.max(base.right, p.right - o.left + 16)
    else base.left = Math.max(base.left, o.right - p.left + 16)
  }
  return base
}

/**
 * Frames the whole document when the store asks (`viewFitSeq`: a lesson put its scenario on the canvas, presenter
 * mode changed the canvas's size), beside the lesson's overlay. After React Flow has adopted the new nodes and the
 * new size (next frame).
 */
export function useFitOnRequest() {
  const flow = useReactFlow()
  const seq = useAppStore(selectViewFitSeq)
  const seen = useRef(seq)
  useEffect(() => {
    if (seq === seen.current) return
    seen.current = seq
    const id = requestAnimationFrame(() => {
      const pad = paddingAround(document.querySelector<HTMLElement>('.react-flow'))
      void flow.fitView({
        padding: { top: `${pad.top}px`, right: `${pad.right}px`, bottom: `${pad.bottom}px`, left: `${pad.left}px` },
        duration: 0,
        maxZoom: 1.5,
      })
    })
    return () => cancelAnimationFrame(id)
  }, [seq, flow])
}
