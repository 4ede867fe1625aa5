/** Eras the simulator reproduces (§12): today's Lambda, or the Lambda of the Dec 2018 developer guide. */
export const ERAS = ['current', '2018'] as const
export type Era = (typeof ERAS)[number]

/** Canvas coordinates stay within ±1,000,000 px: beyond, SVG geometry fails (1e308 threw from getPointAtLength). */
export const MAX_POSITION = 1_000_000

export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000
