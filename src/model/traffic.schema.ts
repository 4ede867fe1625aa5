/** The zod schemas of traffic entries (types: traffic.ts); only parsing uses them, so zod stays out of the editor's
 * first frame (#16). */
import { z } from 'zod'
import { idSchema, msSchema } from './common.schema.ts'
import { CUSTOM, MAX_PAYLOAD_BYTES, MAX_PAYLOAD_DEPTH, measurePayload } from './limits.ts'

/**
 * Any JSON, at most MAX_PAYLOAD_DEPTH deep and MAX_PAYLOAD_BYTES long (limits.ts); the error names the deep value's
 * path.
 */
export const payloadSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    const v = measurePayload(value)
    if (v.ok) return
    if (v.kind === 'tooDeep')
      ctx.addIssue({
        code: CUSTOM,
        path: v.path,
        message: `The payload nests deeper than ${MAX_PAYLOAD_DEPTH} levels here.`,
        params: { code: 'payload.tooDeep', maxDepth: MAX_PAYLOAD_DEPTH },
      })
    else
      ctx.addIssue({
        code: CUSTOM,
        message: `The payload takes over ${v.bytes} bytes as JSON; the limit is ${MAX_PAYLOAD_BYTES} bytes (1 MiB).`,
        params: { code: 'payload.tooLarge', bytes: v.bytes, maxBytes: MAX_PAYLOAD_BYTES },
      })
  })
  .meta({
    description: `Any JSON value, at most ${MAX_PAYLOAD_DEPTH} levels deep and ${MAX_PAYLOAD_BYTES} bytes as JSON.`,
  })

const trafficBase = {
  id: idSchema.optional(),
  /** The node the events enter at (a push source, a stream, a queue, a client). */
  source: idSchema,
  /** The event body (any JSON). Stream records and queue messages carry it as their data. */
  payload: payloadSchema.optional(),
  /** Stream records get these keys round-robin; the shard is a stable hash of the key (§3.1). */
  partitionKeys: z.array(z.string().min(1).max(256)).min(1).optional(),
  /**
   * §16.13: the event's size in bytes when it is bigger than `payload` as JSON — a stand-in for a large body, so a
   * document needs not carry megabytes to meet a limit (413 RequestTooLargeException, the 6 MB batch…).
   */
  payloadBytes: z
    .number()
    .int()
    .min(1)
    .max(64 * 1024 * 1024)
    .optional(),
}

/** `count` events at `atMs` (N at once = N concurrent sync requests). */
export const onceTrafficSchema = z.strictObject({
  ...trafficBase,
  kind: z.literal('once'),
  atMs: msSchema,
  count: z.number().int().min(1).max(1_000_000).optional(),
})

/** One event every `everyMs` from `startMs` until `untilMs` (exclusive) or `count` events. */
export const everyTrafficSchema = z.strictObject({
  ...trafficBase,
  kind: z.literal('every'),
  startMs: msSchema.optional(),
  everyMs: z.number().int().min(1),
  count: z.number().int().min(1).max(100_000_000).optional(),
  untilMs: msSchema.optional(),
})

/** One event at each listed time. */
export const listTrafficSchema = z.strictObject({
  ...trafficBase,
  kind: z.literal('list'),
  atMs: z.array(msSchema).min(1).max(100_000),
})

export const trafficSchema = z.discriminatedUnion('kind', [onceTrafficSchema, everyTrafficSchema, listTrafficSchema])
