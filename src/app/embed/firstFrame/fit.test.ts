import { getViewportForBounds } from '@xyflow/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PROPERTY_TIMEOUT_MS } from '../../../test/timeouts.ts'
import { FIT_VIEW_OPTIONS, MIN_ZOOM } from '../../../canvas/flowOptions'
import { FIT, boundsOf, fitViewport } from './fit'

describe('the first frame fits the picture as React Flow fits the canvas', () => {
  it('uses the canvas paddings and zoom limits', () => {
    expect(FIT_VIEW_OPTIONS.padding).toEqual({
      top: `${FIT.topPx}px`,
      left: `${FIT.leftPx}px`,
      right: FIT.right,
      bottom: FIT.bottom,
    })
    expect([MIN_ZOOM, FIT_VIEW_OPTIONS.maxZoom]).toEqual([FIT.minZoom, FIT.maxZoom])
  })

  it(
    'gives the viewport @xyflow/system gives, for any bounds and pane',
    () => {
      fc.assert(
        fc.property(
          fc.record({
            x: fc.integer({ min: -2000, max: 2000 }),
            y: fc.integer({ min: -2000, max: 2000 }),
            width: fc.integer({ min: 1, max: 5000 }),
            height: fc.integer({ min: 1, max: 5000 }),
          }),
          fc.integer({ min: 120, max: 2560 }),
          fc.integer({ min: 120, max: 1600 }),
          (bounds, w, h) => {
            const theirs = getViewportForBounds(
              bounds,
              w,
              h,
              MIN_ZOOM,
              FIT_VIEW_OPTIONS.maxZoom,
              FIT_VIEW_OPTIONS.padding,
            )
            const ours = fitViewport(bounds, w, h)
            expect(ours.zoom).toBeCloseTo(theirs.zoom, 9)
            expect(ours.x).toBeCloseTo(theirs.x, 6)
            expect(ours.y).toBeCloseTo(theirs.y, 6)
          },
        ),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it('bounds every box, and nothing when there is no box', () => {
    expect(boundsOf([])).toBeNull()
    expect(
      boundsOf([
        { x: 10, y: 20, width: 100, height: 50 },
        { x: -5, y: 40, width: 20, height: 60 },
      ]),
    ).toEqual({ x: -5, y: 20, width: 115, height: 80 })
  })
})
