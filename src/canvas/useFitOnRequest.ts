import { useEffect, useRef } from 'react'
import { useReactFlow, useStoreApi } from '@xyflow/react'
import { selectLessonSession, selectPresenter } from '../store/lessonSelectors'
import { useAppStore } from '../store/useAppStore'
import { insetsAround, viewportInRoom, type Insets } from './framing'
import { MIN_ZOOM } from './flowOptions'
import { fitInsetsOf } from './fitInsets'
import { framedBounds, NODE_OVERHANG } from './openingViewport'

const selectViewFitSeq = (s: { viewFitSeq: number }) => s.viewFitSeq

/** Overlays a fit keeps the diagram clear of: the lesson player, the presenter caption, the narration strip. */
const OVERLAYS = '.lesson-player, .presenter__caption, .caption'
/** In the editor the fit insets (fitInsets.ts) keep the toolbar, zoom buttons, caption strip and minimap clear;
 * presenter mode hides that chrome. */
const PRESENTER_BASE: Insets = { top: 32, right: 48, bottom: 32, left: 48 }
/** A projector's diagram may be larger than the editor's. */
const EDITOR_MAX_ZOOM = 1.5
const PRESENTER_MAX_ZOOM = 2
const PRESENTER_OVERHANG = { top: NODE_OVERHANG.bottom, bottom: NODE_OVERHANG.bottom }

/**
 * Frames the whole document when the store asks (`viewFitSeq`: a lesson put its scenario on the canvas, a template
 * was imported, a reload resumed a lesson) and all the while presenter mode is on, in the room the overlays leave,
 * centred. `paneReady`: React Flow's pane is rendered (FlowCanvas renders it after its opening fit).
 *
 * A single fit a frame after the request came too early: presenter mode's chunk and styles load later, so the fit
 * framed the old, smaller pane (or the lesson player beside it) and nothing framed the stage once it had its size —
 * the diagram sat small at the left. So the framing is kept: it is redone whenever the pane or an overlay changes
 * size or an overlay appears (a chapter's caption is taller), measured from the DOM at that moment (React Flow's own
 * size only follows one observer callback later). Outside presenter mode the user's first pan, zoom or click ends it.
 */
export function useFitOnRequest(paneReady: boolean) {
  const flow = useReactFlow()
  const flowStore = useStoreApi()
  const seq = useAppStore(selectViewFitSeq)
  const presenter = useAppStore(selectPresenter)
  // A canvas mounting with a lesson open (a reload resumed it) frames beside the player as if asked.
  const lessonOpen = useAppStore(selectLessonSession) !== null
  const seen = useRef(lessonOpen ? seq - 1 : seq)
  useEffect(() => {
    // Until React Flow's pane is rendered (the opening fit comes first) a request waits, it is not used up.
    if (!paneReady) return
    const requested = seq !== seen.current
    seen.current = seq
    if (!requested && !presenter) return
    const pane = document.querySelector<HTMLElement>('.react-flow')
    if (!pane) return

    const frame = () => {
      const p = pane.getBoundingClientRect()
      if (p.width === 0 || p.height === 0) return
      // A projector's stage centres the nodes themselves (room for the chips kept on both sides alike).
      const bounds = framedBounds(flowStore.getState().nodeLookup, presenter ? PRESENTER_OVERHANG : NODE_OVERHANG)
      if (!bounds) return
      const overlays = [...document.querySelectorAll<HTMLElement>(OVERLAYS)].map((el) => el.getBoundingClientRect())
      const base = presenter ? PRESENTER_BASE : fitInsetsOf(pane)
      const limits = { minZoom: MIN_ZOOM, maxZoom: presenter ? PRESENTER_MAX_ZOOM : EDITOR_MAX_ZOOM }
      const next = viewportInRoom(
        bounds,
        p.width,
        p.height,
        insetsAround(p, overlays, base, bounds, limits.maxZoom),
        base,
        limits,
      )
      const [x, y, zoom] = flowStore.getState().transform
      if (Math.abs(next.x - x) < 0.5 && Math.abs(next.y - y) < 0.5 && Math.abs(next.zoom - zoom) < 1e-3) return
      void flow.setViewport(next, { duration: 0 })
    }

    const observed = new Set<Element>()
    const reported = new Set<Element>()
    // Its first report on an element (as soon as it observes) frames too: layout is done by then. Outside presenter
    // mode an overlay changing size (the player's next step) does not move the diagram, its arrival and the pane do.
    const sizes = new ResizeObserver((entries) => {
      let fresh = false
      for (const e of entries) {
        if (!reported.has(e.target) || e.target === pane) fresh = true
        reported.add(e.target)
      }
      if (presenter || fresh) frame()
    })
    const watch = () => {
      for (const el of [pane, ...document.querySelectorAll(OVERLAYS)]) {
        if (observed.has(el)) continue
        observed.add(el)
        sizes.observe(el)
      }
    }
    // Overlays mount later (lazy chunks): they are watched when they appear.
    const mounts = new MutationObserver(watch)
    const id = requestAnimationFrame(frame)
    function stop() {
      cancelAnimationFrame(id)
      sizes.disconnect()
      mounts.disconnect()
      pane?.removeEventListener('wheel', userMoved, true)
      pane?.removeEventListener('pointerdown', userMoved, true)
    }
    // The user takes the view over (presenter mode keeps framing: its stage has no controls).
    function userMoved() {
      if (!presenter) stop()
    }
    watch()
    mounts.observe(document.body, { childList: true, subtree: true })
    pane.addEventListener('wheel', userMoved, true)
    pane.addEventListener('pointerdown', userMoved, true)
    return stop
  }, [seq, presenter, flow, flowStore, paneReady])
}
