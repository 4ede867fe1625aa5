import { describe, expect, it } from 'vitest'
import type { FlowNode } from '../store/graphMapping'
import { movedAlone } from './useNodeDrag'

const node = (id: string, x: number, parentId?: string): FlowNode =>
  ({ id, type: 'service', position: { x, y: 0 }, data: {}, ...(parentId ? { parentId } : {}) }) as unknown as FlowNode

describe('movedAlone (a drag frame without re-deriving the graph)', () => {
  it('repositions only the dragged top-level nodes and keeps every other node object', () => {
    const nodes = [node('a', 0), node('b', 100), node('c', 200)]
    const out = movedAlone(nodes, new Map([['b', { x: 140, y: 20 }]]))
    expect(out?.map((n) => n.position)).toEqual([
      { x: 0, y: 0 },
      { x: 140, y: 20 },
      { x: 200, y: 0 },
    ])
    expect(out?.[0]).toBe(nodes[0])
    expect(out?.[2]).toBe(nodes[2])
    expect(nodes[1]?.position).toEqual({ x: 100, y: 0 }) // not mutated
  })

  it('keeps the node objects, and the array itself, when nothing moved (the drop draws nothing new)', () => {
    const nodes = [node('a', 0)]
    expect(movedAlone(nodes, new Map([['a', { x: 0, y: 0 }]]))).toBe(nodes)
  })

  it('declines a drag of a node inside a group: the group must grow around it, so the graph is derived', () => {
    const nodes = [node('vpc', 0), node('fn', 10, 'vpc')]
    expect(movedAlone(nodes, new Map([['fn', { x: 400, y: 0 }]]))).toBeNull()
    // Dragging the group itself moves its children with it (their positions are relative): no derivation needed.
    expect(movedAlone(nodes, new Map([['vpc', { x: 50, y: 0 }]]))?.[0]?.position).toEqual({ x: 50, y: 0 })
  })
})
