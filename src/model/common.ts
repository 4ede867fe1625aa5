import { z } from 'zod'
import { ID_PATTERN } from './ids.ts'

/** Eras the simulator reproduces (§12): today's Lambda, or the Lambda of the Dec 2018 developer guide. */
export const ERAS = ['current', '2018'] as const
export type Era = (typeof ERAS)[number]

export const idSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'Use 1–80 letters, digits, "_", ".", ":", "-", ">" or "#"' })

/** Non-negative integer milliseconds. Every time in the format is integer ms with `Ms` in its name. */
export const msSchema = z.number().int().min(0)
export const msRange = (min: number, max: number) => z.number().int().min(min).max(max)

export const positionSchema = z.strictObject({ x: z.number(), y: z.number() })

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
