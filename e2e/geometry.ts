import type { Locator } from '@playwright/test'
import { expect } from './fixtures.ts'

/**
 * Geometry that waits for the state it expects. On a loaded 2-core machine a layout, a fit-view, a group growing
 * around a child or a resize can land a few frames after the action, so a box is never read once and judged: these
 * helpers retry until the expectation holds (or the timeout says what the last read was).
 */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

const TIMEOUT_MS = 15_000

export async function boxOf(l: Locator): Promise<Box> {
  const b = await l.boundingBox()
  if (!b) throw new Error(`not visible: ${l.toString()}`)
  return b
}

/** The box once two reads in a row agree (a layout or a fit-view has finished moving it): for aiming a drag. */
export async function settledBox(l: Locator): Promise<Box> {
  let last = ''
  let box: Box | null = null
  await expect(async () => {
    const b = await boxOf(l)
    const now = JSON.stringify(b)
    const same = now === last
    last = now
    expect(same, `box still moving: ${now}`).toBe(true)
    box = b
  }).toPass({ timeout: TIMEOUT_MS, intervals: [50, 100, 250] })
  return box!
}

/** Waits until `inner` lies inside `outer`: strictly (a margin on every side), or allowing shared edges. */
export async function expectInside(inner: Locator, outer: Locator, { strict }: { strict: boolean }) {
  await expect(async () => {
    const o = await boxOf(outer)
    const i = await boxOf(inner)
    if (strict) {
      expect(i.x).toBeGreaterThan(o.x)
      expect(i.y).toBeGreaterThan(o.y)
      expect(i.x + i.width).toBeLessThan(o.x + o.width)
      expect(i.y + i.height).toBeLessThan(o.y + o.height)
    } else {
      expect(i.x).toBeGreaterThanOrEqual(o.x)
      expect(i.y).toBeGreaterThanOrEqual(o.y)
      expect(i.x + i.width).toBeLessThanOrEqual(o.x + o.width)
      expect(i.y + i.height).toBeLessThanOrEqual(o.y + o.height)
    }
  }).toPass({ timeout: TIMEOUT_MS })
}

/** Retries `check` over fresh boxes of `locators` until it passes (any expectation about their geometry). */
export async function expectBoxes(locators: readonly Locator[], check: (boxes: Box[]) => void) {
  await expect(async () => check(await Promise.all(locators.map(boxOf)))).toPass({ timeout: TIMEOUT_MS })
}
