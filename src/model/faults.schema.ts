/** The zod schema of faults (types and PERMISSIONS: faults.ts); only parsing uses it (#16: not in the first frame). */
import { z } from 'zod'
import { idSchema, msSchema } from './common.schema.ts'
import { PERMISSIONS } from './faults.ts'
import { handlerReturnsSchema } from './handlerReturn.schema.ts'

/** Every fault is timed (`atMs`, default 0) so the UI can inject it during playback; `recover` ends it. */
const base = { id: idSchema.optional(), atMs: msSchema.optional(), target: idSchema }

export const faultSchema = z.discriminatedUnion('kind', [
  /** The handler throws on every invocation. */
  z.strictObject({ ...base, kind: z.literal('fail'), mode: z.literal('always').optional() }),
  /** Attempts fromAttempt…toAttempt (1-based, per event) throw; later attempts succeed. */
  z.strictObject({
    ...base,
    kind: z.literal('failAttempts'),
    fromAttempt: z.number().int().min(1),
    toAttempt: z.number().int().min(1),
  }),
  /** Each invocation throws with probability p (drawn from the seeded PRNG). */
  z.strictObject({ ...base, kind: z.literal('failProbability'), p: z.number().min(0).max(1) }),
  /** The next `count` invocations throw. */
  z.strictObject({ ...base, kind: z.literal('failNext'), count: z.number().int().min(1) }),
  /** The handler runs for `durationMs` (default: forever), i.e. past the function timeout. */
  z.strictObject({ ...base, kind: z.literal('timeout'), durationMs: msSchema.optional() }),
  /** From `atMs`, the handler returns this (per attempt if a list) instead of what the function's `returns` says. */
  z.strictObject({ ...base, kind: z.literal('returns'), returns: handlerReturnsSchema }),
  /** Reserved concurrency set to 0 (fully throttled) or a cap. */
  z.strictObject({ ...base, kind: z.literal('throttle'), reservedConcurrency: z.number().int().min(0) }),
  /** A record/message the function cannot process, by partition key or by index in the traffic. */
  z.strictObject({
    ...base,
    kind: z.literal('poisonRecord'),
    key: z.string().min(1).optional(),
    index: z.number().int().min(0).optional(),
    response: z.enum(['throw', 'reportItemFailure']).optional(),
  }),
  /** A permission removed: target is an edge id or a lambda id. */
  z.strictObject({ ...base, kind: z.literal('revokePermission'), permission: z.enum(PERMISSIONS) }),
  /** The VPC runs out of ENIs/IPs (2018 era: new environments fail, §7.2). */
  z.strictObject({ ...base, kind: z.literal('eniExhaustion') }),
  /**
   * The next `count` (default 1) events from a source, or into a function's async queue, arrive twice (§2.1 step 6).
   */
  z.strictObject({ ...base, kind: z.literal('duplicateDelivery'), count: z.number().int().min(1).optional() }),
  /** Ends every fault on `target` from `atMs`. */
  z.strictObject({ ...base, kind: z.literal('recover') }),
])
