import { describe, expect, it } from 'vitest'
import type { InternalNode } from '@xyflow/react'
import { NODE_OVERHANG, openingViewport } from './openingViewport'
import { DEFAULT_FIT_INSETS } from './fitInsets'

function node(
  id: string,
  x: number,
  y: number,
  width = 184,
  height = 60,
  extra: Partial<InternalNode> = {},
): InternalNode {
  return {
    id,
    position: { x, y },
    data: {},
    measured: { width, height },
    internals: { positionAbsolute: { x, y }, z: 0, userNode: { id, position: { x, y }, data: {} } },
    ...extra,
  }
}
const lookup = (...nodes: InternalNode[]) => new Map(nodes.map((n) => [n.id, n]))

/** Where a flow-space box lands on screen under a viewport. */
const onScreen = (v: { x: number; y: number; zoom: number }, b: { x: number; y: number; w: number; h: number }) => ({
  left: v.x + b.x * v.zoom,
  top: v.y + b.y * v.zoom,
  right: v.x + (b.x + b.w) * v.zoom,
  bottom: v.y + (b.y + b.h) * v.zoom,
})

describe('openingViewport', () => {
  it('centres a lone node, with its badge and chips, in the room the fit insets leave, at the zoom limit (1.25)', () => {
    const v = openingViewport(lookup(node('a', 100, 50)), 1000, 600)
    expect(v?.zoom).toBe(1.25)
    const i = DEFAULT_FIT_INSETS
    const framed = onScreen(v!, {
      x: 100,
      y: 50 - NODE_OVERHANG.top,
      w: 184,
      h: 60 + NODE_OVERHANG.top + NODE_OVERHANG.bottom,
    })
    expect((framed.left + framed.right) / 2).toBeCloseTo(i.left + (1000 - i.left - i.right) / 2)
    expect((framed.top + framed.bottom) / 2).toBeCloseTo(i.top + (600 - i.top - i.bottom) / 2)
  })

  it('keeps the bands of the toolbar, zoom buttons and caption strip free, chips included (600×400 embed, #15)', () => {
    const insets = { top: 56, right: 24, bottom: 82, left: 56 }
    // two rows, as sqs-provisioned: the lower row's chips used to end under the caption strip
    const v = openingViewport(
      lookup(node('a', 0, 0), node('b', 360, 0), node('c', 0, 240), node('d', 360, 240)),
      600,
      300,
      insets,
    )
    const all = onScreen(v!, { x: 0, y: -NODE_OVERHANG.top, w: 544, h: 300 + NODE_OVERHANG.top + NODE_OVERHANG.bottom })
    expect(all.top).toBeGreaterThanOrEqual(insets.top - 0.01)
    expect(all.left).toBeGreaterThanOrEqual(insets.left - 0.01)
    expect(all.right).toBeLessThanOrEqual(600 - insets.right + 0.01)
    expect(all.bottom).toBeLessThanOrEqual(300 - insets.bottom + 0.01)
  })

  it('frames every node inside the pane with room around it, zooming out for a wide graph', () => {
    const v = openingViewport(lookup(node('a', 0, 0), node('b', 3000, 800)), 800, 500)
    expect(v).not.toBeNull()
    expect(v!.zoom).toBeLessThan(0.3)
    const all = onScreen(v!, { x: 0, y: 0, w: 3184, h: 860 })
    expect(all.left).toBeGreaterThan(0)
    expect(all.top).toBeGreaterThan(0)
    expect(all.right).toBeLessThan(800)
    expect(all.bottom).toBeLessThan(500)
  })

  it('uses absolute positions (a group child counts where it is drawn) and skips hidden nodes', () => {
    const group = node('vpc', 1000, 1000, 400, 300)
    const child = node('fn', 24, 36, 184, 60, {
      parentId: 'vpc',
      internals: {
        positionAbsolute: { x: 1024, y: 1036 },
        z: 0,
        userNode: { id: 'fn', position: { x: 24, y: 36 }, data: {} },
      },
    })
    const hidden = node('ghost', -5000, -5000, 184, 60, { hidden: true })
    const withChild = openingViewport(lookup(group, child, hidden), 800, 600)
    const groupOnly = openingViewport(lookup(group), 800, 600)
    expect(withChild).toEqual(groupOnly)
  })

  it('is null when there is nothing to frame or the pane has no size (React Flow then fits by itself)', () => {
    expect(openingViewport(lookup(), 800, 600)).toBeNull()
    expect(openingViewport(lookup(node('a', 0, 0)), 0, 600)).toBeNull()
    expect(openingViewport(lookup(node('a', 0, 0, 0, 0)), 800, 600)).toBeNull()
  })
})
