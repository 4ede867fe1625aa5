import { describe, expect, it } from 'vitest'
import type { InternalNode } from '@xyflow/react'
import { openingViewport } from './openingViewport'

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
  it('centres a lone node at the fit zoom limit (1.25), like React Flow fitView with our options', () => {
    const v = openingViewport(lookup(node('a', 100, 50)), 1000, 600)
    expect(v?.zoom).toBe(1.25)
    const box = onScreen(v!, { x: 100, y: 50, w: 184, h: 60 })
    expect((box.left + box.right) / 2).toBeCloseTo(500)
    expect((box.top + box.bottom) / 2).toBeCloseTo(300)
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
