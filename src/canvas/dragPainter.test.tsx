import { beforeEach, describe, expect, it } from 'vitest'
import { Position } from '@xyflow/react'
import { DragPainter, type DrawnFlow } from './dragPainter'
import { edgeCurve, labelTransform, type EdgeEnds, type EdgeEndsRegistry } from './edges/edgeEnds'

// jsdom has no CSS.escape; the ids here need no escaping.
const css = globalThis as unknown as { CSS?: { escape?: (s: string) => string } }
css.CSS ??= {}
css.CSS.escape ??= (s: string) => s

/** A canvas drawn as React Flow draws it: a (group) node holding a child, a free node, edges between them. */
function canvas() {
  document.body.innerHTML = `
    <div class="react-flow">
      <div class="react-flow__node" data-id="vpc" style="transform: translate(100px,100px)"></div>
      <div class="react-flow__node" data-id="fn" style="transform: translate(124px,136px)"></div>
      <div class="react-flow__node" data-id="src" style="transform: translate(0px,0px)"></div>
      <svg><g class="react-flow__edge" data-id="src->fn"><path class="react-flow__edge-path" d="old"/><path class="react-flow__edge-interaction" d="old"/></g></svg>
      <div data-edge-label="src->fn" style="transform: none"></div>
      <svg><rect data-minimap-node="fn" x="124" y="136"></rect></svg>
      <div data-node-overlay="fn" style="transform: translate(124px, 200px)"></div>
    </div>`
  const root = document.querySelector<HTMLElement>('.react-flow')
  if (!root) throw new Error('no root')
  const internal = (id: string, x: number, y: number, parentId?: string) =>
    [id, { id, parentId, internals: { positionAbsolute: { x, y } } }] as const
  const nodeLookup = new Map([internal('vpc', 100, 100), internal('fn', 124, 136, 'vpc'), internal('src', 0, 0)])
  const parentLookup = new Map([['vpc', new Map([['fn', nodeLookup.get('fn')]])]])
  const flow = {
    domNode: root,
    nodeLookup,
    parentLookup,
    edges: [{ id: 'src->fn', source: 'src', target: 'fn' }],
  } as unknown as DrawnFlow
  const ends: EdgeEnds = {
    sourceX: 187,
    sourceY: 30,
    targetX: 128,
    targetY: 166,
    sourcePosition: Position.Right,
    targetPosition: Position.Left,
  }
  const registry: EdgeEndsRegistry = new Map([['src->fn', ends]])
  const el = (selector: string) => {
    const found = root.querySelector<HTMLElement>(selector)
    if (!found) throw new Error(`no ${selector}`)
    return found
  }
  return { root, flow, ends, registry, el }
}

/** The canvas with a drag begun and one frame painted: `id` moved to `to`. */
function dragged(id: string, to: { x: number; y: number }) {
  const drawn = canvas()
  const painter = new DragPainter(drawn.registry)
  painter.begin(drawn.root)
  painter.paint(new Map([[id, to]]), drawn.flow)
  return { ...drawn, painter }
}

describe('DragPainter (drag frames drawn outside React)', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
  })

  it('moves a dragged group with what it holds, the edges touching them, their labels, minimap boxes and overlays', () => {
    const { root, ends, el, painter } = dragged('vpc', { x: 140, y: 90 })
    expect(el('[data-id="vpc"]').style.transform).toBe('translate(140px,90px)')
    // The child follows its group by the same displacement (+40, -10); the free node stays.
    expect(el('[data-id="fn"]').style.transform).toBe('translate(164px,126px)')
    expect(el('[data-id="src"]').style.transform).toBe('translate(0px,0px)')
    // The edge's target end (at the child) moved; its source end did not. Same curve as RoleEdge draws.
    const moved = edgeCurve({ ...ends, targetX: ends.targetX + 40, targetY: ends.targetY - 10 })
    for (const p of root.querySelectorAll('path')) expect(p.getAttribute('d')).toBe(moved.path)
    expect(el('[data-edge-label="src->fn"]').style.transform).toBe(labelTransform(moved.labelX, moved.labelY))
    expect(el('[data-minimap-node="fn"]').getAttribute('x')).toBe('164')
    expect(el('[data-minimap-node="fn"]').getAttribute('y')).toBe('126')
    expect(el('[data-node-overlay="fn"]').style.translate).toBe('40px -10px')
    expect(painter.painting).toBe(true)
    expect(root.querySelectorAll('.flow__drag-shield')).toHaveLength(1)
  })

  it('puts back exactly what React drew, and takes the shield away, at the end', () => {
    const { root, flow, ends, el, painter } = dragged('src', { x: 60, y: 20 })
    expect(el('[data-id="src"]').style.transform).toBe('translate(60px,20px)')
    painter.end(flow)
    expect(el('[data-id="src"]').style.transform).toBe('translate(0px,0px)')
    const drawn = edgeCurve(ends)
    for (const p of root.querySelectorAll('path')) expect(p.getAttribute('d')).toBe(drawn.path)
    expect(el('[data-edge-label="src->fn"]').style.transform).toBe(labelTransform(drawn.labelX, drawn.labelY))
    expect(el('[data-node-overlay="fn"]').style.translate).toBe('')
    expect(painter.painting).toBe(false)
    expect(root.querySelectorAll('.flow__drag-shield')).toHaveLength(0)
  })

  it('offsets from where React drew last: a render in the middle of a drag moves the base, not the result', () => {
    const { flow, registry, el } = canvas()
    const painter = new DragPainter(registry)
    painter.paint(new Map([['src', { x: 60, y: 20 }]]), flow)
    // React re-rendered mid-drag with the node at (50, 10) and its edge's ends accordingly.
    const lookup = flow.nodeLookup as unknown as Map<
      string,
      { internals: { positionAbsolute: { x: number; y: number } } }
    >
    const src = lookup.get('src')
    if (!src) throw new Error('no src')
    src.internals.positionAbsolute = { x: 50, y: 10 }
    const ends = registry.get('src->fn')
    if (!ends) throw new Error('no ends')
    registry.set('src->fn', { ...ends, sourceX: ends.sourceX + 50, sourceY: ends.sourceY + 10 })
    painter.paint(new Map([['src', { x: 70, y: 30 }]]), flow)
    expect(el('[data-id="src"]').style.transform).toBe('translate(70px,30px)')
    const expected = edgeCurve({ ...ends, sourceX: ends.sourceX + 70, sourceY: ends.sourceY + 30 })
    expect(el('path.react-flow__edge-path').getAttribute('d')).toBe(expected.path)
  })

  it('draws nothing without a canvas, and a second begin adds no second shield', () => {
    const { root, flow, registry } = canvas()
    const painter = new DragPainter(registry)
    painter.begin(null)
    painter.paint(new Map([['src', { x: 1, y: 1 }]]), { ...flow, domNode: null })
    expect(painter.painting).toBe(false)
    painter.begin(root)
    painter.begin(root)
    expect(root.querySelectorAll('.flow__drag-shield')).toHaveLength(1)
  })
})
