/** The zod schemas of wires (types and EDGE_ROLES: edges.ts); only parsing uses them (#16: not in the first frame). */
import { z } from 'zod'
import { DAY_MS } from './common.ts'
import { idSchema, msRange } from './common.schema.ts'
import { EDGE_ROLES } from './edges.ts'

/**
 * Edge configuration: one flat object so hand-written documents get plain errors. Which fields a role accepts is
 * checked in check.ts (e.g. `maxReceiveCount` only on an sqs→sqs `dlq` edge, stream-only knobs refused on SQS, §4.1).
 */
export const edgeConfigSchema = z.strictObject({
  // eventSourceMapping (§3.1, §3.2, §4.1, §4.2)
  batchSize: z.number().int().min(1).max(10_000).optional(),
  maximumBatchingWindowMs: msRange(0, 300_000).optional(),
  startingPosition: z.enum(['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP']).optional(),
  startingPositionTimestampMs: msRange(0, 365 * DAY_MS).optional(),
  maxRetryAttempts: z.number().int().min(-1).max(10_000).optional(),
  /** -1 (unlimited) or 60,000–604,800,000 ms; 0–59 s is rejected by AWS (§3.2). */
  maxRecordAgeMs: z
    .number()
    .int()
    .refine((v) => v === -1 || (v >= 60_000 && v <= 604_800_000), {
      message: 'Use -1 (no limit) or 60000–604800000 ms (1 minute to 7 days)',
    })
    .optional(),
  bisectOnError: z.boolean().optional(),
  parallelizationFactor: z.number().int().min(1).max(10).optional(),
  reportBatchItemFailures: z.boolean().optional(),
  /** SQS only: ScalingConfig.MaximumConcurrency 2–1,000 (§4.2). */
  maxConcurrency: z.number().int().min(2).max(1000).optional(),
  /**
   * SQS only, §16.8: provisioned mode (ProvisionedPollerConfig, Nov 2025). MinimumPollers 2–200 (default 2),
   * MaximumPollers 2–2,000 (default 200; the CloudFormation range). Either one turns provisioned mode on; neither
   * combines with maxConcurrency.
   */
  minimumPollers: z.number().int().min(2).max(200).optional(),
  maximumPollers: z.number().int().min(2).max(2000).optional(),
  enabled: z.boolean().optional(),
  // dlq from sqs to sqs = the source queue's redrive policy (§4.1)
  maxReceiveCount: z.number().int().min(1).max(1000).optional(),
  // onFailure from a stream: which ESM edge this destination belongs to (when the stream has several)
  mapping: idSchema.optional(),
})

export const edgeSchema = z.strictObject({
  id: idSchema.optional(),
  from: idSchema,
  to: idSchema,
  role: z.enum(EDGE_ROLES).optional(),
  config: edgeConfigSchema.optional(),
  /**
   * §10: the permission this wiring needs — the function's resource policy for a trigger (with the account principal
   * when cross-account), the execution role for a mapping, DLQ or destination. Default granted.
   */
  permission: z.enum(['granted', 'missing']).optional(),
})
