import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { insetsAround, viewportInRoom, type Insets } from './framing'
import { PROPERTY_TIMEOUT_MS } from '../test/timeouts.ts'

const BASE: Insets = { top: 30, right: 30, bottom: 30, left: 30 }
const PANE = { left: 0, top: 0, right: 1440, bottom: 900 }
const LIMITS = { minZoom: 0.1, maxZoom: 2 }

describe('insetsAround', () => {
  const row = { width: 704, height: 60 }
  const column = { width: 200, height: 900 }

  it('gives a wide caption at the bottom a bottom band and a strip at the top a top band', () => {
    const caption = { left: 144, top: 618, right: 1296, bottom: 864 }
    const strip = { left: 24, top: 40, right: 1416, bottom: 86 }
    expect(insetsAround(PANE, [caption, strip], BASE, row)).toEqual({ top: 102, right: 30, bottom: 298, left: 30 })
  })

  it('puts a wide diagram below a card at the top right, and a tall one beside it', () => {
    const pane = { left: 236, top: 52, right: 960, bottom: 629 }
    const player = { left: 532, top: 64, right: 948, bottom: 403 }
    expect(insetsAround(pane, [player], BASE, row)).toEqual({ ...BASE, top: 403 - 52 + 16 })
    expect(insetsAround(pane, [player], BASE, column)).toEqual({ ...BASE, right: 960 - 532 + 16 })
  })

  it('takes the larger room when every choice shows the diagram at the largest zoom', () => {
    const tiny = { width: 20, height: 20 }
    const card = { left: 1300, top: 0, right: 1440, bottom: 200 }
    // Right band: 140 + 16 of the width; top band: 200 + 16 of the height — the right band loses less.
    expect(insetsAround(PANE, [card], BASE, tiny, 2)).toEqual({ ...BASE, right: 156 })
  })

  it('ignores overlays outside the pane or of no size, and counts only the part inside', () => {
    const pane = { left: 236, top: 52, right: 1120, bottom: 809 }
    const outside = { left: 1130, top: 60, right: 1430, bottom: 800 }
    const empty = { left: 500, top: 500, right: 500, bottom: 700 }
    const overhanging = { left: 100, top: 700, right: 1400, bottom: 1000 }
    expect(insetsAround(pane, [outside, empty, overhanging], BASE, row)).toEqual({ ...BASE, bottom: 109 + 16 })
  })
})

describe('viewportInRoom', () => {
  const row = { x: 0, y: 0, width: 704, height: 60 }

  it('centres the diagram in the room the overlays leave, as large as fits', () => {
    const insets = { top: 102, right: 30, bottom: 298, left: 30 }
    const v = viewportInRoom(row, 1440, 900, insets, BASE, LIMITS)
    expect(v.zoom).toBeCloseTo(1380 / 704)
    expect(v.x + (row.width * v.zoom) / 2).toBeCloseTo(720)
    expect(v.y + (row.height * v.zoom) / 2).toBeCloseTo(102 + 500 / 2)
  })

  it('stops at the largest zoom and falls back to the base insets when the overlays leave no room', () => {
    const tiny = { x: 10, y: 10, width: 20, height: 20 }
    expect(viewportInRoom(tiny, 1440, 900, BASE, BASE, LIMITS).zoom).toBe(2)
    const crowded = { top: 400, right: 30, bottom: 400, left: 30 }
    expect(viewportInRoom(row, 1440, 900, crowded, BASE, LIMITS)).toEqual(
      viewportInRoom(row, 1440, 900, BASE, BASE, LIMITS),
    )
  })

  it(
    'keeps any diagram inside the room when the zoom is not clamped at its minimum (property)',
    () => {
      fc.assert(
        fc.property(
          fc.record({
            x: fc.integer({ min: -5000, max: 5000 }),
            y: fc.integer({ min: -5000, max: 5000 }),
            width: fc.integer({ min: 20, max: 4000 }),
            height: fc.integer({ min: 20, max: 4000 }),
          }),
          fc.integer({ min: 300, max: 2000 }),
          fc.integer({ min: 300, max: 1200 }),
          fc.integer({ min: 0, max: 120 }),
          (b, w, h, bottom) => {
            const insets = { ...BASE, bottom }
            const v = viewportInRoom(b, w, h, insets, BASE, LIMITS)
            const left = v.x + b.x * v.zoom
            const top = v.y + b.y * v.zoom
            const right = v.x + (b.x + b.width) * v.zoom
            const lower = v.y + (b.y + b.height) * v.zoom
            if (v.zoom <= LIMITS.minZoom) return
            expect(left).toBeGreaterThanOrEqual(insets.left - 1e-6)
            expect(top).toBeGreaterThanOrEqual(insets.top - 1e-6)
            expect(right).toBeLessThanOrEqual(w - insets.right + 1e-6)
            expect(lower).toBeLessThanOrEqual(h - insets.bottom + 1e-6)
            // Centred: equal room either side along both axes.
            expect(left - insets.left).toBeCloseTo(w - insets.right - right, 6)
            expect(top - insets.top).toBeCloseTo(h - insets.bottom - lower, 6)
          },
        ),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
