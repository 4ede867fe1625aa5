import { useCallback } from 'react'
import { useReactFlow, useStoreApi } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import type { NodeType } from '../model'
import type { XY as XYPosition } from '../store/documentOps'
import { NODE_HEIGHT, NODE_WIDTH } from '../store/graphMapping'
import { canNestIn, freeSpot, groupAt, nextChildSpot, relativeTo } from '../store/placement'
import { useAppStoreApi } from '../store/useAppStore'
import { wholeViewport } from './openingViewport'

export type Announce = (message: string) => void

const GRID = 20
const snap = (v: number) => Math.round(v / GRID) * GRID

/**
 * Editing commands shared by the palette, the toolbar and the keyboard shortcuts, each announced for screen readers.
 */
export function useCanvasCommands(announce: Announce, snapToGrid: boolean) {
  const store = useAppStoreApi()
  const flow = useReactFlow()
  const flowStore = useStoreApi()
  // The whole document in the room the toolbar, zoom buttons, caption strip and minimap leave (see fitInsets.ts).
  const fit = useCallback(() => {
    const next = wholeViewport(flowStore.getState())
    if (next) void flow.setViewport(next, { duration: 0 })
  }, [flow, flowStore])
  const { t } = useTranslation()

  const added = useCallback(
    (type: NodeType, id: string) => announce(t('canvas.announce.added', { name: t(`nodes.name.${type}`), id })),
    [announce, t],
  )

  /** Click / Enter in the palette: inside the selected group when it may hold this type, else a free spot mid-view. */
  const addFromPalette = useCallback(
    (type: NodeType) => {
      const s = store.getState()
      const doc = s.scenario
      const only = s.selection.nodeIds.length === 1 ? doc.nodes.find((n) => n.id === s.selection.nodeIds[0]) : undefined
      if (only && canNestIn(type, only.type)) {
        added(type, s.addNode(type, nextChildSpot(doc, only.id, type), only.id))
        return
      }
      const el = document.querySelector('.flow')
      const r = el?.getBoundingClientRect()
      const center = r
        ? flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 3 })
        : { x: 0, y: 0 }
      const spot = freeSpot(doc, { x: center.x - NODE_WIDTH / 2, y: center.y - NODE_HEIGHT / 2 }, GRID)
      added(type, s.addNode(type, spot))
    },
    [store, flow, added],
  )

  /** A palette drop at a screen point: into the innermost group there that may hold it. */
  const addAtScreenPoint = useCallback(
    (type: NodeType, screen: XYPosition) => {
      const s = store.getState()
      const p = flow.screenToFlowPosition(screen)
      const parentId = groupAt(s.scenario, p, type)
      const rel = relativeTo(s.scenario, parentId, { x: p.x - NODE_WIDTH / 2, y: p.y - NODE_HEIGHT / 2 })
      const at = snapToGrid ? { x: snap(rel.x), y: snap(rel.y) } : rel
      added(type, s.addNode(type, at, parentId))
    },
    [store, flow, added, snapToGrid],
  )

  const undo = useCallback(() => {
    store.getState().undo()
    announce(t('canvas.announce.undone'))
  }, [store, announce, t])
  const redo = useCallback(() => {
    store.getState().redo()
    announce(t('canvas.announce.redone'))
  }, [store, announce, t])
  const removeSelection = useCallback(() => {
    const { selection, removeElements } = store.getState()
    const count = selection.nodeIds.length + selection.edgeIds.length
    if (count === 0) return
    removeElements(selection)
    announce(t('canvas.announce.removed', { count }))
  }, [store, announce, t])
  const copy = useCallback(() => {
    const s = store.getState()
    if (s.selection.nodeIds.length === 0) return
    s.copySelection()
    announce(t('canvas.announce.copied', { count: s.selection.nodeIds.length }))
  }, [store, announce, t])
  const paste = useCallback(() => {
    const s = store.getState()
    if (!s.clipboard) return
    s.paste()
    announce(t('canvas.announce.pasted', { count: store.getState().selection.nodeIds.length }))
  }, [store, announce, t])
  const duplicate = useCallback(() => {
    const s = store.getState()
    if (s.selection.nodeIds.length === 0) return
    s.duplicate()
    announce(t('canvas.announce.pasted', { count: store.getState().selection.nodeIds.length }))
  }, [store, announce, t])
  const layout = useCallback(() => {
    void store
      .getState()
      .autoLayout()
      .then(() => {
        announce(t('canvas.announce.laidOut'))
        // Let React Flow adopt the new positions before fitting.
        requestAnimationFrame(fit)
      })
  }, [store, fit, announce, t])

  return { addFromPalette, addAtScreenPoint, undo, redo, removeSelection, copy, paste, duplicate, layout, fit }
}

export type CanvasCommands = ReturnType<typeof useCanvasCommands>
