/** The zod building blocks every schema uses (ids, times, positions); only parsing uses them (#16). */
import { z } from 'zod'
import { MAX_POSITION } from './common.ts'
import { ID_PATTERN } from './ids.ts'
import { CUSTOM, isReservedKey } from './limits.ts'

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

const coordinate = z.number().min(-MAX_POSITION).max(MAX_POSITION)

export const positionSchema = z.strictObject({ x: coordinate, y: coordinate })

/** Fields every node has, whatever its type. */
export const nodeBaseShape = {
  id: idSchema,
  label: z.string().max(200).optional(),
  position: positionSchema.optional(),
  parentId: idSchema.optional(),
}
