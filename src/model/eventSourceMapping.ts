/**
 * Event source mapping settings (§3.1, §3.2, §4.1, §4.2): the one home of their AWS defaults, which source kinds
 * take which, and the era each arrived in. `resolve`, the checks, the consequence lint and the inspector read them.
 */
import type { Era } from './common.ts'
import type { EdgeConfig } from './edges.ts'

/** Event source mapping settings with defaults applied (§3.1, §3.2, §4.1). */
export interface ResolvedEsmConfig {
  batchSize: number
  maximumBatchingWindowMs: number
  startingPosition: 'TRIM_HORIZON' | 'LATEST' | 'AT_TIMESTAMP'
  startingPositionTimestampMs: number
  maxRetryAttempts: number
  maxRecordAgeMs: number
  bisectOnError: boolean
  parallelizationFactor: number
  reportBatchItemFailures: boolean
  maxConcurrency: number | null
  /** §16.8 provisioned mode: null = standard scaling (neither pollers setting given). */
  minimumPollers: number | null
  maximumPollers: number | null
  enabled: boolean
}

/** Which kind of source a mapping reads: SQS (§4) or a stream (Kinesis, DynamoDB Streams, §3). */
export type EsmSource = 'sqs' | 'stream'

/**
 * AWS defaults. Batch size: 10 for SQS, 100 for streams (§4.1, §3.1). Retries and record age −1 = unlimited (§3.2).
 * A redrive policy's maxReceiveCount has no AWS default; 5 is AWS's advice (§4.1).
 */
export function esmDefaults(source: EsmSource): ResolvedEsmConfig {
  return {
    batchSize: source === 'sqs' ? 10 : 100,
    maximumBatchingWindowMs: 0,
    // AWS requires a starting position for streams; LATEST is the console's choice [our default].
    startingPosition: 'LATEST',
    startingPositionTimestampMs: 0,
    maxRetryAttempts: -1,
    maxRecordAgeMs: -1,
    bisectOnError: false,
    parallelizationFactor: 1,
    reportBatchItemFailures: false,
    maxConcurrency: null,
    minimumPollers: null,
    maximumPollers: null,
    enabled: true,
  }
}

/** §16.8: ProvisionedPollerConfig defaults for SQS. */
export const PROVISIONED_POLLERS_DEFAULT = { minimum: 2, maximum: 200 } as const

/** §4.1: AWS's advice for a redrive policy's maxReceiveCount (what an sqs→sqs dlq edge uses when unset). */
export const DEFAULT_MAX_RECEIVE_COUNT = 5

/** Settings that came after 2018 (§12): stream error handling (Nov 2019), SQS partial batches and scaling. */
export const ESM_FIELDS_SINCE_2018: Readonly<Record<EsmSource, readonly (keyof ResolvedEsmConfig)[]>> = {
  stream: ['maxRetryAttempts', 'maxRecordAgeMs', 'bisectOnError', 'parallelizationFactor', 'reportBatchItemFailures'],
  sqs: ['reportBatchItemFailures', 'maxConcurrency', 'minimumPollers', 'maximumPollers'],
}

export const esmFieldInEra = (source: EsmSource, field: keyof ResolvedEsmConfig, era: Era): boolean =>
  era !== '2018' || !ESM_FIELDS_SINCE_2018[source].includes(field)

/** A mapping's settings with defaults applied (the document's values win). */
export function resolveEsmConfig(c: EdgeConfig | undefined, source: EsmSource): ResolvedEsmConfig {
  const d = esmDefaults(source)
  return {
    batchSize: c?.batchSize ?? d.batchSize,
    maximumBatchingWindowMs: c?.maximumBatchingWindowMs ?? d.maximumBatchingWindowMs,
    startingPosition: c?.startingPosition ?? d.startingPosition,
    startingPositionTimestampMs: c?.startingPositionTimestampMs ?? d.startingPositionTimestampMs,
    maxRetryAttempts: c?.maxRetryAttempts ?? d.maxRetryAttempts,
    maxRecordAgeMs: c?.maxRecordAgeMs ?? d.maxRecordAgeMs,
    bisectOnError: c?.bisectOnError ?? d.bisectOnError,
    parallelizationFactor: c?.parallelizationFactor ?? d.parallelizationFactor,
    reportBatchItemFailures: c?.reportBatchItemFailures ?? d.reportBatchItemFailures,
    maxConcurrency: c?.maxConcurrency ?? d.maxConcurrency,
    // §16.8: one pollers setting turns provisioned mode on; the other takes AWS's default (2 / 200).
    ...(c?.minimumPollers !== undefined || c?.maximumPollers !== undefined
      ? {
          minimumPollers: c.minimumPollers ?? PROVISIONED_POLLERS_DEFAULT.minimum,
          maximumPollers: c.maximumPollers ?? PROVISIONED_POLLERS_DEFAULT.maximum,
        }
      : { minimumPollers: d.minimumPollers, maximumPollers: d.maximumPollers }),
    enabled: c?.enabled ?? d.enabled,
  }
}
