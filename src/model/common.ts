import { z } from 'zod'
import { ID_PATTERN } from './ids.ts'
import { CUSTOM, isReservedKey } from './limits.ts'

/** Eras the simulator reproduces (§12): today's Lambda, or the Lambda of the Dec 2018 developer guide. */
export const ERAS = ['current', '2018'] as const
export type Era = (typeof ERAS)[number]

export const idSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'Use 1–80 letters, digits, "_", ".", ":", "-", ">" or "#"' })
  .superRefine((id, ctx) => {
    // `__proto__` & co. collide with object internals wherever ids become keys (limits.ts).
    if (isReservedKey(id))
      ctx.addIssue({
        code: CUSTOM,
        message: `"${id}" is reserved: choose another id.`,
        params: { code: 'id.reserved', id },
      })
  })

/** Non-negative integer milliseconds. Every time in the format is integer ms with `Ms` in its name. */
export const msSchema = z.number().int().min(0)
export const msRange = (min: number, max: number) => z.number().int().min(min).max(max)

/** Canvas coordinates stay within ±1,000,000 px: beyond, SVG geometry fails (1e308 threw from getPointAtLength). */
export const MAX_POSITION = 1_000_000
const coordinate = z.number().min(-MAX_POSITION).max(MAX_POSITION)
export const positionSchema = z.strictObject({ x: coordinate, y: coordinate })

/** Fields every node has, whatever its type. */
export const nodeBaseShape = {
  id: idSchema,
  label: z.string().max(200).optional(),
  position: positionSchema.optional(),
  parentId: idSchema.optional(),
}

export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000
