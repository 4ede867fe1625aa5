import type { InternalNode, ReactFlowState } from '@xyflow/react'
import type { XY } from '../store/documentOps'
import type { FlowEdge, FlowNode } from '../store/graphMapping'
import { edgeCurve, labelTransform, type EdgeEndsRegistry } from './edges/edgeEnds'

/** What of React Flow's state a drag frame reads (what React last drew). */
export type DrawnFlow = Pick<ReactFlowState<FlowNode, FlowEdge>, 'domNode' | 'nodeLookup' | 'parentLookup' | 'edges'>

interface MovedNode {
  id: string
  /** The dragged node whose displacement this one follows (itself, or the group it sits in). */
  anchor: string
  el: HTMLElement | null
  mini: Element | null
  overlay: HTMLElement | null
}

interface MovedEdge {
  id: string
  source: string
  target: string
  paths: SVGPathElement[]
  label: HTMLElement | null
  /** The label's text, read once (it sizes the label's place: edgeCurve). */
  labelText: string
}

interface Plan {
  key: string
  root: HTMLElement
  nodes: MovedNode[]
  edges: MovedEdge[]
  /** React Flow's box around a multiple selection (present after a box selection). */
  selectionBox: HTMLElement | null
}

/** React Flow's own node transform, character for character (React then finds nothing to change). */
export const nodeTransform = (p: XY) => `translate(${p.x}px,${p.y}px)`

const absOf = (lookup: DrawnFlow['nodeLookup'], id: string): XY =>
  lookup.get(id)?.internals.positionAbsolute ?? { x: 0, y: 0 }

/** The dragged nodes and everything inside them (group children are drawn as siblings, at absolute positions). */
function movedWithin(dragged: readonly string[], parentLookup: DrawnFlow['parentLookup']): Map<string, string> {
  const anchors = new Map<string, string>()
  const visit = (id: string, anchor: string) => {
    if (anchors.has(id)) return
    anchors.set(id, anchor)
    const children: ReadonlyMap<string, InternalNode<FlowNode>> | undefined = parentLookup.get(id)
    if (children) for (const childId of children.keys()) visit(childId, anchor)
  }
  for (const id of dragged) visit(id, id)
  return anchors
}

function planOf(dragged: readonly string[], flow: DrawnFlow, root: HTMLElement): Plan {
  const anchors = movedWithin(dragged, flow.parentLookup)
  const q = (selector: string) => root.querySelector<HTMLElement>(selector)
  const nodes = [...anchors].map(([id, anchor]) => {
    const sel = CSS.escape(id)
    return {
      id,
      anchor,
      el: q(`.react-flow__node[data-id="${sel}"]`),
      mini: q(`[data-minimap-node="${sel}"]`),
      overlay: q(`[data-node-overlay="${sel}"]`),
    }
  })
  const edges: MovedEdge[] = []
  for (const e of flow.edges) {
    if (!anchors.has(e.source) && !anchors.has(e.target)) continue
    const sel = CSS.escape(e.id)
    const g = q(`.react-flow__edge[data-id="${sel}"]`)
    const paths = g
      ? [...g.querySelectorAll<SVGPathElement>('path.react-flow__edge-path, path.react-flow__edge-interaction')]
      : []
    const label = q(`[data-edge-label="${sel}"]`)
    edges.push({ id: e.id, source: e.source, target: e.target, paths, label, labelText: label?.textContent ?? '' })
  }
  return { key: dragged.join('\n'), root, nodes, edges, selectionBox: q('.react-flow__nodesselection-rect') }
}

/**
 * Draws drag frames straight into the DOM: the dragged nodes (and the nodes inside a dragged group), their edges and
 * role labels, their runtime overlays, their minimap rectangles and the multi-selection box. React Flow's store and
 * React are not told until the drop, so a frame costs no store notification (every edge of a 200-node canvas
 * recomputes its ends on each one) and no render. Edges are drawn from where React last drew their ends
 * (`EdgeEndsRegistry`) offset by the displacement of the nodes they touch, with the same bezier as `RoleEdge`.
 *
 * `restore` puts everything back as React drew it, so that React, which compares with what it drew, writes the drop's
 * positions (or finds nothing to change when the drop leaves the document as it was).
 */
export class DragPainter {
  private plan: Plan | null = null
  private shield: HTMLElement | null = null
  private readonly ends: EdgeEndsRegistry

  constructor(ends: EdgeEndsRegistry) {
    this.ends = ends
  }

  get painting(): boolean {
    return this.plan !== null
  }

  /**
   * A drag began: cover the canvas with a transparent shield until the drop. Zoomed out, a move carries the pointer
   * off the node before the node follows it, over other nodes and edges: each such move cost a hit test through the
   * 500 drawn elements and a round of pointerover/out events (≈ 2 ms a move, measured); over the shield there is
   * nothing to find. It also shows the grabbing cursor wherever the pointer goes. The drag follows the pointer on
   * the window, not on the node, so it does not notice.
   */
  begin(root: HTMLElement | null): void {
    if (this.shield || !root) return
    const shield = root.ownerDocument.createElement('div')
    shield.className = 'flow__drag-shield'
    shield.setAttribute('aria-hidden', 'true')
    root.append(shield)
    this.shield = shield
  }

  /** The drag is over: put back what React drew and take the shield away. */
  end(flow: DrawnFlow): void {
    this.restore(flow)
    this.shield?.remove()
    this.shield = null
  }

  /** One frame: `live` holds the dragged top-level nodes' positions (absolute: they have no parent). */
  paint(live: ReadonlyMap<string, XY>, flow: DrawnFlow): void {
    const root = flow.domNode
    if (!root) return
    const dragged = [...live.keys()]
    if (!this.plan || this.plan.key !== dragged.join('\n') || this.plan.root !== root) {
      this.restore(flow)
      this.plan = planOf(dragged, flow, root)
    }
    const shift = new Map<string, XY>()
    for (const id of dragged) {
      const to = live.get(id)
      const from = absOf(flow.nodeLookup, id)
      if (to) shift.set(id, { x: to.x - from.x, y: to.y - from.y })
    }
    this.draw(flow, (anchor) => shift.get(anchor) ?? { x: 0, y: 0 })
    const first = shift.get(dragged[0] ?? '')
    const box = this.plan.selectionBox
    if (box && first) box.style.translate = `${first.x}px ${first.y}px`
  }

  /** Put back what React drew and forget the drag. */
  restore(flow: DrawnFlow): void {
    if (!this.plan) return
    this.draw(flow, () => ({ x: 0, y: 0 }))
    if (this.plan.selectionBox) this.plan.selectionBox.style.translate = ''
    this.plan = null
  }

  private draw(flow: DrawnFlow, shiftOf: (anchor: string) => XY): void {
    const plan = this.plan
    if (!plan) return
    const shiftById = new Map<string, XY>()
    for (const n of plan.nodes) {
      const d = shiftOf(n.anchor)
      shiftById.set(n.id, d)
      const base = absOf(flow.nodeLookup, n.id)
      const at = { x: base.x + d.x, y: base.y + d.y }
      if (n.el) n.el.style.transform = nodeTransform(at)
      if (n.mini) {
        n.mini.setAttribute('x', String(at.x))
        n.mini.setAttribute('y', String(at.y))
      }
      if (n.overlay) n.overlay.style.translate = d.x === 0 && d.y === 0 ? '' : `${d.x}px ${d.y}px`
    }
    for (const e of plan.edges) {
      const ends = this.ends.get(e.id)
      if (!ends) continue
      const s = shiftById.get(e.source) ?? { x: 0, y: 0 }
      const t = shiftById.get(e.target) ?? { x: 0, y: 0 }
      const { path, labelX, labelY } = edgeCurve(
        {
          ...ends,
          sourceX: ends.sourceX + s.x,
          sourceY: ends.sourceY + s.y,
          targetX: ends.targetX + t.x,
          targetY: ends.targetY + t.y,
        },
        e.labelText,
      )
      for (const p of e.paths) p.setAttribute('d', path)
      // A label React re-created mid-drag (not one that is absent: zoomed out, labels are not drawn at all).
      if (e.label?.isConnected === false)
        e.label = plan.root.querySelector<HTMLElement>(`[data-edge-label="${CSS.escape(e.id)}"]`)
      if (e.label) e.label.style.transform = labelTransform(labelX, labelY)
    }
  }
}
