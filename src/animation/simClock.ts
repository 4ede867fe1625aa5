import { motionValue, type MotionValue } from 'motion/react'

/** The simulated clock, in sim ms, as a motion value: it changes every frame, so it never lives in React state. */
export type SimClock = MotionValue<number>

export const createSimClock = (startMs = 0): SimClock => motionValue(startMs)

/** What the loop needs from a clock (a motion value, or a plain fake in tests). */
export interface ClockLike {
  get(): number
  set(ms: number): void
}
