/**
 * The zod schemas of the service nodes and their configuration, one module for all: the types and `resolve…Config`
 * defaults stay in each service's file, which the editor's first frame reads (canvas, store); these schemas are only
 * for parsing (parse.ts), so zod stays out of that frame (#16).
 */
import { z } from 'zod'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../common.ts'
import { msRange, msSchema, nodeBaseShape } from '../common.schema.ts'
import { handlerReturnsSchema } from '../handlerReturn.schema.ts'
import type { PlainNodeType } from './plain.ts'

// account
/** A group node for another AWS account (cross-account wiring, §10). Children name it as `parentId`. */
export const accountConfigSchema = z.strictObject({
  accountId: z.string().regex(/^\d{12}$/, { message: 'An AWS account id is 12 digits' }),
})

export const accountNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('account'),
  config: accountConfigSchema,
})

// apiGateway
/** §5.2: REST proxy (payload 1.0) or HTTP API (payload 2.0 by default). */
export const apiGatewayConfigSchema = z.strictObject({
  api: z.enum(['rest', 'http']).optional(),
  payloadFormat: z.enum(['1.0', '2.0']).optional(),
  /** REST 50–29,000 ms (default 29 s); HTTP API 50–30,000 ms, default 30 s (§16, v2 Integration.TimeoutInMillis). */
  integrationTimeoutMs: msRange(50, 30_000).optional(),
})

export const apiGatewayNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('apiGateway'),
  config: apiGatewayConfigSchema.optional(),
})

// client
/**
 * A direct `Invoke` caller (§1.1). Its optional retry policy is SDK-style: it retries throttles (429) and other
 * invocation errors, never function errors (§5.1).
 */
export const clientConfigSchema = z.strictObject({
  invocationType: z.enum(['RequestResponse', 'Event']).optional(),
  retry: z
    .strictObject({
      maxAttempts: z.number().int().min(0).max(10),
      baseDelayMs: msRange(0, 60_000).optional(),
    })
    .optional(),
})

export const clientNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('client'),
  config: clientConfigSchema.optional(),
})

// dynamoDbStream
/** §3.1: DynamoDB Streams, polled 4×/s per shard; retention fixed at 24 h. */
export const dynamoDbStreamConfigSchema = z.strictObject({
  shardCount: z.number().int().min(1).max(500).optional(),
  /** §11 StreamViewType: what each record carries (keys only, the new item, the old one, or both). */
  viewType: z.enum(['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES']).optional(),
})

export const dynamoDbStreamNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('dynamoDbStream'),
  config: dynamoDbStreamConfigSchema.optional(),
})

// elastiCache
/** §7.5: a cache cluster in a VPC; its security group must allow the function's group inbound. */
export const elastiCacheConfigSchema = z.strictObject({
  inboundFrom: z.array(z.string().min(1)).optional(),
})

export const elastiCacheNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('elastiCache'),
  config: elastiCacheConfigSchema.optional(),
})

// kinesis
/** §3.1: Kinesis retention 24 h default; max 365 days today, 7 days (168 h) in 2018 (era-checked). */
export const kinesisConfigSchema = z.strictObject({
  shardCount: z.number().int().min(1).max(500).optional(),
  retentionMs: msRange(24 * HOUR_MS, 365 * DAY_MS).optional(),
})

export const kinesisNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('kinesis'),
  config: kinesisConfigSchema.optional(),
})

// lambda
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

export const lambdaNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('lambda'),
  config: lambdaConfigSchema.optional(),
})

// rds
/** §7.5: a database in a VPC; its security group must allow the function's group inbound. */
export const rdsConfigSchema = z.strictObject({
  inboundFrom: z.array(z.string().min(1)).optional(),
  maxConnections: z.number().int().min(1).max(100_000).optional(),
})

export const rdsNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('rds'),
  config: rdsConfigSchema.optional(),
})

// ses
/** §1.2: an SES receipt rule's Lambda action; Event (async) by default, RequestResponse (sync, 30 s) for mail flow. */
export const sesConfigSchema = z.strictObject({
  invocationType: z.enum(['Event', 'RequestResponse']).optional(),
})

export const sesNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('ses'),
  config: sesConfigSchema.optional(),
})

// sqs
/** An SQS queue: a polled source (§4), a DLQ (§2.4), a redrive target (§4.1) or a destination (§2.2). */
export const sqsConfigSchema = z.strictObject({
  fifo: z.boolean().optional(),
  /** SQS: 0 s – 12 h, default 30 s. */
  visibilityTimeoutMs: msRange(0, 12 * HOUR_MS).optional(),
  /** SQS: 60 s – 14 days, default 4 days. */
  messageRetentionMs: msRange(MINUTE_MS, 14 * DAY_MS).optional(),
})

export const sqsNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('sqs'),
  config: sqsConfigSchema.optional(),
})

// vpc
/** §7.2–7.3: a VPC group node. Functions, RDS and ElastiCache inside it (via parentId) are attached to it. */
export const vpcConfigSchema = z.strictObject({
  /** A NAT gateway route: without it, calls to the internet hang until the function times out (G33). */
  nat: z.boolean().optional(),
  subnetCount: z.number().int().min(1).max(16).optional(),
  /**
   * Free IP addresses across the function's subnets. Default 8,182 = two /20 subnets (4,091 usable each, after AWS's
   * 5 reserved addresses) — our choice, the brief left it open. 2018 era: each ENI takes one IP (§7.2).
   */
  freeIpCount: z.number().int().min(0).max(1_000_000).optional(),
  /** §7.3: 250 ENIs per VPC by default, shared with other services. */
  eniLimit: z.number().int().min(0).max(100_000).optional(),
  /** Gateway endpoints (S3, DynamoDB): how a VPC function reaches those services without NAT (§7.3). */
  gatewayEndpoints: z.array(z.enum(['s3', 'dynamodb'])).optional(),
})

export const vpcNodeSchema = z.strictObject({
  ...nodeBaseShape,
  type: z.literal('vpc'),
  config: vpcConfigSchema.optional(),
})

// plain
const emptyConfig = z.strictObject({})

function plainNode<T extends PlainNodeType>(type: T) {
  return z.strictObject({ ...nodeBaseShape, type: z.literal(type), config: emptyConfig.optional() })
}

export const plainNodeSchemas = [
  plainNode('cognito'),
  plainNode('lex'),
  plainNode('alexa'),
  plainNode('s3'),
  plainNode('sns'),
  plainNode('eventBridge'),
  plainNode('cloudWatchLogs'),
  plainNode('cloudFormation'),
  plainNode('codeCommit'),
  plainNode('config'),
  plainNode('dynamoDbTable'),
] as const

/** A node: a discriminated union on `type`, one schema per service kind. */
export const nodeSchema = z.discriminatedUnion('type', [
  lambdaNodeSchema,
  apiGatewayNodeSchema,
  clientNodeSchema,
  sesNodeSchema,
  sqsNodeSchema,
  kinesisNodeSchema,
  dynamoDbStreamNodeSchema,
  vpcNodeSchema,
  rdsNodeSchema,
  elastiCacheNodeSchema,
  accountNodeSchema,
  ...plainNodeSchemas,
])
