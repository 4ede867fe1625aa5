import { describe, expect, it } from 'vitest'
import { PROPERTY_TIMEOUT_MS } from '../../test/timeouts.ts'
import { getBezierPath, Position } from '@xyflow/react'
import fc from 'fast-check'
import { NODE_HEIGHT, NODE_WIDTH } from '../../store/nodeSize'
import { labelHalfWidth, labelSpot } from './labelSpot'

const place = (sourceX: number, sourceY: number, targetX: number, targetY: number, text: string) => {
  const ends = { sourceX, sourceY, targetX, targetY, sourcePosition: Position.Right, targetPosition: Position.Left }
  const [path, x, y] = getBezierPath(ends)
  return { mid: { x, y }, spot: labelSpot(ends, path, { x, y }, labelHalfWidth(text)) }
}

/** A node's box with its badge above and two rows of chips below, from its top-left corner (flow units). */
const zoneOf = (x: number, y: number) => ({ left: x, right: x + NODE_WIDTH, top: y - 14, bottom: y + NODE_HEIGHT + 50 })
const overlaps = (
  a: { left: number; right: number; top: number; bottom: number },
  b: { left: number; right: number; top: number; bottom: number },
) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

describe('labelSpot', () => {
  it('keeps the middle of an edge between two nodes side by side', () => {
    const { mid, spot } = place(184, 30, 400, 30, 'mapping')
    expect(spot).toEqual(mid)
  })

  it("moves vpc-2018's access label off the gap where the upper node's chips appear (#15)", () => {
    // reports above db in the VPC group: the wire leaves reports' right side and enters db's left side.
    const reports = { x: 24, y: 36 }
    const db = { x: 24, y: 120 }
    const { mid, spot } = place(reports.x + NODE_WIDTH, reports.y + 30, db.x, db.y + 30, 'access')
    const half = labelHalfWidth('access')
    const label = (p: { x: number; y: number }) => ({
      left: p.x - half,
      right: p.x + half,
      top: p.y - 11,
      bottom: p.y + 11,
    })
    expect(overlaps(label(mid), zoneOf(reports.x, reports.y))).toBe(true)
    expect(overlaps(label(spot), zoneOf(reports.x, reports.y))).toBe(false)
    expect(overlaps(label(spot), zoneOf(db.x, db.y))).toBe(false)
  })

  it('sizes a CJK label wider than a Latin one of the same length', () => {
    expect(labelHalfWidth('アクセス')).toBeGreaterThan(labelHalfWidth('abcd'))
  })

  it(
    'a moved label stays clear of both nodes and their chips (else it keeps the middle)',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: -600, max: 600 }), fc.integer({ min: -400, max: 400 }), (dx, dy) => {
          const { mid, spot } = place(NODE_WIDTH, 30, dx, dy + 30, 'onFailure')
          if (spot.x === mid.x && spot.y === mid.y) return
          const half = labelHalfWidth('onFailure')
          const label = { left: spot.x - half, right: spot.x + half, top: spot.y - 11, bottom: spot.y + 11 }
          expect(overlaps(label, zoneOf(0, 0))).toBe(false)
          expect(overlaps(label, zoneOf(dx, dy))).toBe(false)
        }),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
