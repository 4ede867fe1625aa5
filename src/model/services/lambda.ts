import { z } from 'zod'
import { HOUR_MS, MINUTE_MS, msRange, msSchema, nodeBaseShape, type Era } from '../common.ts'
import { handlerReturnsSchema, type HandlerReturns } from '../handlerReturn.ts'

/** Lambda function configuration as written. Ranges accept the widest era; era limits are checked in checkEra.ts. */
export const lambdaConfigSchema = z.strictObject({
  /** §6: default 3 s, max 900 s in 1 s steps. */
  timeoutMs: msRange(1000, 900_000).optional(),
  /** §7.1: current 128–10,240 MB (1 MB steps); 2018 128–3,008 MB (64 MB steps). */
  memoryMb: z.number().int().min(128).max(10_240).optional(),
  /** How long the handler runs per invocation (the simulated code), default 100 ms. */
  durationMs: msSchema.optional(),
  /** Init (code outside the handler) per cold start, default 250 ms; §7.1 limit 10 s (G37). */
  initMs: msSchema.optional(),
  /** §5.3: caps and guarantees concurrency; 0 = fully throttled. */
  reservedConcurrency: z.number().int().min(0).max(100_000).optional(),
  /** §7.4 (current era only): pre-initialised environments; spill-over is cold. */
  provisionedConcurrency: z.number().int().min(0).max(100_000).optional(),
  /** §2.2 (current era only): PutFunctionEventInvokeConfig. */
  async: z
    .strictObject({
      maxRetryAttempts: z.number().int().min(0).max(2).optional(),
      maxEventAgeMs: msRange(60_000, 21_600_000).optional(),
    })
    .optional(),
  /** §8: variables (4,096 bytes of compact JSON, key pattern, reserved keys) and an optional customer KMS key. */
  environment: z
    .strictObject({
      variables: z.record(z.string(), z.string()),
      kmsKeyArn: z.string().min(1).optional(),
    })
    .optional(),
  /** §9: which context object the handler sees. */
  runtime: z.enum(['nodejs', 'python']).optional(),
  /** G33: the handler calls a public internet API (needs NAT when in a VPC). */
  callsInternet: z.boolean().optional(),
  /** §7.5: the function's security group (matched against rds/elastiCache `inboundFrom`). */
  securityGroup: z.string().min(1).optional(),
  /** §7.3 (current era, VPC only): the function was just created (Pending) or idle for weeks (Inactive). */
  vpcState: z.enum(['active', 'justCreated', 'idleForWeeks']).optional(),
  /**
   * §7.3: how long Pending lasts while the Hyperplane ENI is made. Default 90 s (the 2019 blog's 60–90 s upper end).
   */
  vpcPendingMs: msRange(0, 30 * MINUTE_MS).optional(),
  /** §7.2 (2018 era, VPC only): ENI attach delay per new environment, default 10 s. */
  eniAttachMs: msRange(0, 10 * MINUTE_MS).optional(),
  /** G16: what the handler returns to API Gateway: a proxy response ({statusCode, body}) or plain JSON. */
  apiResponse: z.enum(['proxy', 'plainJson']).optional(),
  /**
   * §16 (current era; PutFunctionRecursionConfig, 2024; detection since July 2023): what Lambda does when the same
   * event has gone round Lambda ↔ SQS / SNS / S3 more than 16 times. Default Terminate. 2018: no detection.
   */
  recursiveLoop: z.enum(['Allow', 'Terminate']).optional(),
  /** What the handler returns, for every attempt or per attempt (handlerReturn.ts); wins over `apiResponse`. */
  returns: handlerReturnsSchema.optional(),
})
export type LambdaConfig = z.infer<typeof lambdaConfigSchema>

export const lambdaNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('lambda'),
  config: lambdaConfigSchema.optional(),
})

export interface ResolvedLambdaConfig {
  timeoutMs: number
  memoryMb: number
  durationMs: number
  initMs: number
  reservedConcurrency: number | null
  provisionedConcurrency: number
  maxRetryAttempts: number
  maxEventAgeMs: number
  variables: Readonly<Record<string, string>>
  kmsKeyArn: string | null
  runtime: 'nodejs' | 'python'
  callsInternet: boolean
  securityGroup: string
  vpcState: 'active' | 'justCreated' | 'idleForWeeks'
  vpcPendingMs: number
  eniAttachMs: number
  apiResponse: 'proxy' | 'plainJson'
  returns: HandlerReturns | null
  /** 'Allow' in the 2018 era (no detection then). */
  recursiveLoop: 'Allow' | 'Terminate'
}

/**
 * AWS defaults. In the 2018 era the async settings did not exist (§12): retries are fixed at 2 and events are kept
 * up to 6 h, which is what the 2018 guide describes (§2.1, §5.3 throttle behaviour).
 */
export function resolveLambdaConfig(c: LambdaConfig | undefined, era: Era): ResolvedLambdaConfig {
  return {
    timeoutMs: c?.timeoutMs ?? 3000,
    memoryMb: c?.memoryMb ?? 128,
    durationMs: c?.durationMs ?? 100,
    initMs: c?.initMs ?? 250,
    reservedConcurrency: c?.reservedConcurrency ?? null,
    provisionedConcurrency: c?.provisionedConcurrency ?? 0,
    maxRetryAttempts: c?.async?.maxRetryAttempts ?? 2,
    maxEventAgeMs: c?.async?.maxEventAgeMs ?? 6 * HOUR_MS,
    variables: c?.environment?.variables ?? {},
    kmsKeyArn: c?.environment?.kmsKeyArn ?? null,
    runtime: c?.runtime ?? 'nodejs',
    callsInternet: c?.callsInternet ?? false,
    securityGroup: c?.securityGroup ?? 'default',
    vpcState: c?.vpcState ?? 'active',
    vpcPendingMs: c?.vpcPendingMs ?? 90_000,
    eniAttachMs: c?.eniAttachMs ?? 10_000,
    apiResponse: c?.apiResponse ?? 'proxy',
    returns: c?.returns ?? null,
    recursiveLoop: era === '2018' ? 'Allow' : (c?.recursiveLoop ?? 'Terminate'),
  }
}
