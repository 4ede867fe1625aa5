import { useCallback, useRef, useState } from 'react'
import { useReactFlow, type NodeChange, type OnNodeDrag } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import type { XY } from '../store/documentOps'
import type { FlowNode } from '../store/graphMapping'
import { groupAt } from '../store/placement'
import { useAppStoreApi } from '../store/useAppStore'
import type { Announce } from './useCanvasCommands'

export type LivePositions = ReadonlyMap<string, XY>

/**
 * Node moves and selection from React Flow. While a drag is under way the positions live here, in canvas state
 * (`livePositions`, drawn over the document by `useFlowGraph`), not in the document: a document write per frame
 * would re-run the simulation, the consequence lint and autosave sixty times a second. The drop writes the document
 * once, and the drag with its move into (or out of) a group is one undo step.
 */
export function useNodeDrag(announce: Announce) {
  const { t } = useTranslation()
  const store = useAppStoreApi()
  const flow = useReactFlow()
  const [livePositions, setLivePositions] = useState<LivePositions | null>(null)
  const live = useRef<Map<string, XY>>(new Map())
  const frame = useRef<number | null>(null)

  // Drag moves arrive per pointer event (often twice a frame): draw them once per animation frame.
  const drawLive = useCallback(() => {
    frame.current = null
    setLivePositions(new Map(live.current))
  }, [])

  /** Write what the drag moved (plus `moves`) into the document and leave live mode. */
  const commit = useCallback(
    (moves: ReadonlyMap<string, XY>) => {
      if (frame.current !== null) cancelAnimationFrame(frame.current)
      frame.current = null
      const all = new Map([...live.current, ...moves])
      live.current = new Map()
      setLivePositions(null)
      if (all.size > 0) store.getState().moveNodes(all)
    },
    [store],
  )

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const s = store.getState()
      const moves = new Map<string, XY>()
      let selected: Set<string> | null = null
      for (const c of changes) {
        if (c.type === 'position' && c.position) {
          if (c.dragging === true) {
            // The first frame of a drag opens the undo gesture the drop closes.
            if (live.current.size === 0) s.beginGesture()
            live.current.set(c.id, c.position)
          } else moves.set(c.id, c.position)
        } else if (c.type === 'select') {
          selected ??= new Set(s.selection.nodeIds)
          if (c.selected) selected.add(c.id)
          else selected.delete(c.id)
        }
      }
      if (live.current.size > 0 && moves.size === 0 && frame.current === null) frame.current = requestAnimationFrame(drawLive)
      // A move that is not a drag frame (the drop, an arrow key) lands in the document at once.
      if (moves.size > 0) commit(moves)
      if (selected) s.select({ nodeIds: [...selected], edgeIds: store.getState().selection.edgeIds })
    },
    [store, drawLive, commit],
  )

  /** End of a drag: drop into (or out of) a VPC / account group, then close the gesture as one undo step. */
  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    (_event, _node, dragged) => {
      commit(new Map())
      const s = store.getState()
      const draggedIds = new Set(dragged.map((n) => n.id))
      for (const n of dragged) {
        if (n.parentId !== undefined && draggedIds.has(n.parentId)) continue
        const internal = flow.getInternalNode(n.id)
        if (!internal) continue
        const center = {
          x: internal.internals.positionAbsolute.x + (internal.measured.width ?? 0) / 2,
          y: internal.internals.positionAbsolute.y + (internal.measured.height ?? 0) / 2,
        }
        const target = groupAt(store.getState().scenario, center, n.data.node.type, n.id)
        if (target === n.parentId) continue
        if (s.setParent(n.id, target))
          announce(target ? t('canvas.announce.movedInto', { id: n.id, group: target }) : t('canvas.announce.movedOut', { id: n.id }))
      }
      s.endGesture()
    },
    [store, flow, announce, t, commit],
  )

  return { livePositions, onNodesChange, onNodeDragStop }
}
