import { useCallback, useRef, useState } from 'react'
import { useReactFlow, useStoreApi, type NodeChange, type OnNodeDrag } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import type { XY } from '../store/documentOps'
import { moveNodesIn } from '../store/documentOps'
import type { FlowEdge, FlowNode } from '../store/graphMapping'
import { groupAt } from '../store/placement'
import { useAppStoreApi } from '../store/useAppStore'
import { useCanvasT } from './canvasText'
import type { Announce } from './useCanvasCommands'
import { flowGraphOf, type FlowGraphCaches } from './useFlowGraph'
import { DragPainter } from './dragPainter'
import type { EdgeEndsRegistry } from './edges/edgeEnds'

/**
 * Nodes that move alone (none is inside a group, so no group grows): React Flow's current nodes with the moved ones
 * repositioned, without deriving the graph again (a 200-node derivation and its garbage). The same array when none
 * moved; null when a moved node has a parent: then the group around it must grow, and the graph is derived.
 */
export function movedAlone(current: readonly FlowNode[], live: ReadonlyMap<string, XY>): readonly FlowNode[] | null {
  for (const n of current) if (n.parentId !== undefined && live.has(n.id)) return null
  let changed = false
  const out = current.map((n) => {
    const to = live.get(n.id)
    if (!to || (to.x === n.position.x && to.y === n.position.y)) return n
    changed = true
    return { ...n, position: { x: to.x, y: to.y } }
  })
  return changed ? out : current
}

/**
 * Node moves and selection from React Flow. While a drag is under way its positions are not written to the document
 * (a document write per frame would re-run the simulation, the consequence lint and autosave sixty times a second),
 * nor rendered by React:
 * - a drag of top-level nodes (and of groups, with what they hold) is drawn by `DragPainter` straight into the DOM, in
 *   the pointer move's own frame: no store notification, no render (measured on the 200-node bench: React Flow's
 *   store notifying every edge and node cost ≈ 4 ms of each frame's 13.5);
 * - a child dragged inside a VPC or account group needs its group to grow: each frame hands React Flow's store the
 *   graph with the drag drawn over the document, and only what moved re-renders.
 * The drop writes the document once, and the drag with its move into (or out of) a group is one undo step.
 */
export function useNodeDrag(announce: Announce, caches: FlowGraphCaches, edgeEnds: EdgeEndsRegistry) {
  const { t } = useTranslation()
  const canvasT = useCanvasT()
  const store = useAppStoreApi()
  const flowStore = useStoreApi<FlowNode, FlowEdge>()
  const flow = useReactFlow()
  const live = useRef<Map<string, XY>>(new Map())
  const [painter] = useState(() => new DragPainter(edgeEnds))

  /** The document's nodes with the drag in progress drawn over them (null when no drag is under way). */
  const liveNodes = useCallback((): FlowNode[] | null => {
    if (live.current.size === 0) return null
    const { scenario, selection } = store.getState()
    return flowGraphOf(moveNodesIn(scenario, live.current), selection, caches, canvasT).nodes
  }, [store, caches, canvasT])

  /** Write what the drag moved (plus `moves`) into the document and leave live mode. */
  const commit = useCallback(
    (moves: ReadonlyMap<string, XY>) => {
      const all = new Map([...live.current, ...moves])
      live.current = new Map()
      const painted = painter.painting
      // The DOM back as React drew it: React compares the drop with what it drew, not with what the painter drew.
      painter.end(flowStore.getState())
      if (all.size === 0) return
      const s = store.getState()
      const before = s.scenario
      s.moveNodes(all)
      const after = store.getState()
      if (painted) {
        // Drawn by React Flow's store in this same frame (the canvas render that follows finds it already there).
        const dropped = new Map<string, XY>()
        for (const n of after.scenario.nodes) if (all.has(n.id) && n.position) dropped.set(n.id, n.position)
        const current = flowStore.getState().nodes
        const nodes = movedAlone(current, dropped)
        if (nodes && nodes !== current) flowStore.getState().setNodes([...nodes])
      } else if (after.scenario === before) {
        // Nothing changed in the document (refused, or dropped where it started): the canvas does not re-render, so
        // React Flow's store, which drew the drag, is put back to the document here.
        flowStore.getState().setNodes(flowGraphOf(after.scenario, after.selection, caches, canvasT).nodes)
      }
    },
    [store, flowStore, caches, canvasT, painter],
  )

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const s = store.getState()
      const moves = new Map<string, XY>()
      let dragged = false
      let selected: Set<string> | null = null
      for (const c of changes) {
        if (c.type === 'position' && c.position) {
          if (c.dragging === true) {
            // The first frame of a drag opens the undo gesture the drop closes.
            if (live.current.size === 0) {
              s.beginGesture()
              painter.begin(flowStore.getState().domNode)
            }
            live.current.set(c.id, c.position)
            dragged = true
          } else moves.set(c.id, c.position)
        } else if (c.type === 'select') {
          selected ??= new Set(s.selection.nodeIds)
          if (c.selected) selected.add(c.id)
          else selected.delete(c.id)
        }
      }
      if (selected) s.select({ nodeIds: [...selected], edgeIds: store.getState().selection.edgeIds })
      // A move that is not a drag frame (the drop, an arrow key) lands in the document at once.
      if (moves.size > 0) commit(moves)
      else if (dragged) {
        const flowState = flowStore.getState()
        let alone = true
        for (const id of live.current.keys()) if (flowState.nodeLookup.get(id)?.parentId !== undefined) alone = false
        if (alone) painter.paint(live.current, flowState)
        else {
          painter.restore(flowState)
          const nodes = liveNodes()
          if (nodes) flowState.setNodes(nodes)
        }
      }
    },
    [store, flowStore, liveNodes, commit, painter],
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
          announce(
            target
              ? t('canvas.announce.movedInto', { id: n.id, group: target })
              : t('canvas.announce.movedOut', { id: n.id }),
          )
      }
      s.endGesture()
    },
    [store, flow, announce, t, commit],
  )

  return { liveNodes, onNodesChange, onNodeDragStop }
}
