import type { InternalNode } from '@xyflow/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PROPERTY_TIMEOUT_MS } from '../../../test/timeouts.ts'
import { FIT_VIEW_OPTIONS, MIN_ZOOM } from '../../../canvas/flowOptions'
import { NODE_OVERHANG, openingViewport } from '../../../canvas/openingViewport'
import { OVERHANG, ZOOM_LIMITS, boundsOf, fitViewport } from './fit'

const box = fc.record({
  x: fc.integer({ min: -2000, max: 2000 }),
  y: fc.integer({ min: -2000, max: 2000 }),
  width: fc.integer({ min: 20, max: 600 }),
  height: fc.integer({ min: 20, max: 400 }),
})
const insets = fc.record({
  top: fc.integer({ min: 0, max: 80 }),
  right: fc.integer({ min: 0, max: 80 }),
  bottom: fc.integer({ min: 0, max: 140 }),
  left: fc.integer({ min: 0, max: 80 }),
})

/** The boxes as React Flow's store holds them (what openingViewport reads). */
function lookupOf(boxes: { x: number; y: number; width: number; height: number }[]) {
  return new Map(
    boxes.map((b, i) => {
      const node = {
        id: `n${i}`,
        position: { x: b.x, y: b.y },
        data: {},
        measured: { width: b.width, height: b.height },
        internals: { positionAbsolute: { x: b.x, y: b.y }, z: 0, userNode: {} },
      } as unknown as InternalNode
      return [node.id, node] as const
    }),
  )
}

describe('the first frame fits the picture as the canvas opens', () => {
  it('uses the canvas overhang and zoom limits', () => {
    expect(OVERHANG).toEqual(NODE_OVERHANG)
    expect(ZOOM_LIMITS).toEqual({ minZoom: MIN_ZOOM, maxZoom: FIT_VIEW_OPTIONS.maxZoom })
  })

  it(
    'gives the viewport canvas/openingViewport gives, for any boxes, pane and insets',
    () => {
      fc.assert(
        fc.property(
          fc.array(box, { minLength: 1, maxLength: 8 }),
          fc.integer({ min: 200, max: 2560 }),
          fc.integer({ min: 200, max: 1600 }),
          insets,
          (boxes, w, h, i) => {
            const theirs = openingViewport(lookupOf(boxes), w, h, i)
            const bounds = boundsOf(boxes)
            if (!theirs || !bounds) throw new Error('nothing framed')
            const ours = fitViewport(bounds, w, h, i)
            expect(ours.zoom).toBeCloseTo(theirs.zoom, 9)
            expect(ours.x).toBeCloseTo(theirs.x, 6)
            expect(ours.y).toBeCloseTo(theirs.y, 6)
          },
        ),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it('bounds every box with the overhang, and nothing when there is no box', () => {
    expect(boundsOf([])).toBeNull()
    expect(
      boundsOf([
        { x: 10, y: 20, width: 100, height: 50 },
        { x: -5, y: 40, width: 20, height: 60 },
      ]),
    ).toEqual({ x: -5, y: 20 - OVERHANG.top, width: 115, height: 80 + OVERHANG.top + OVERHANG.bottom })
  })
})
