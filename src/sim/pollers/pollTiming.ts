/**
 * Polled-source timings. Documented ones carry their § ; [UNVERIFIED] ones are our choices (src/sim/pollers/README.md).
 */
/** §3.1: Kinesis polls each shard once per second; DynamoDB Streams four times per second. */
export const KINESIS_POLL_MS = 1000
export const DYNAMODB_POLL_MS = 250
/** §3.1: a batch ends at 6 MB of payload. */
export { BATCH_MAX_BYTES } from '../../model/index.ts'
/**
 * §15: stream retries use a short backoff, not a minute schedule (≈8 attempts before a 60 s max record age).
 * [UNVERIFIED] exact curve: 500 ms doubling to a 16 s cap (0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5, 47.5 s → 8 attempts in 60
 * s).
 */
export const STREAM_BACKOFF_FIRST_MS = 500
export const STREAM_BACKOFF_CAP_MS = 16_000
export function streamBackoffMs(failures: number): number {
  const d = STREAM_BACKOFF_FIRST_MS * 2 ** (failures - 1)
  return d < STREAM_BACKOFF_CAP_MS ? d : STREAM_BACKOFF_CAP_MS
}
/** [UNVERIFIED] a mapping whose role cannot read retries its read every 10 s. */
export const READ_DENIED_RETRY_MS = 10_000
/** [UNVERIFIED] illustrative: a batch token travelling from the poller to the function. */
export const POLL_HOP_MS = 20

/** §4.2: SQS mappings start with 5 concurrent batches, cap 1,000. */
export const SQS_START_CONCURRENCY = 5
export const SQS_MAX_CONCURRENCY = 1000
/** §4.2: +300 per minute today; +60 per minute in the 2018 model (and the 2019–2023 docs). Applied each second. */
export const SQS_SCALE_PER_MINUTE_CURRENT = 300
export const SQS_SCALE_PER_MINUTE_2018 = 60
export const SQS_SCALE_STEP_MS = 1000
/**
 * §16.8 provisioned mode. Pollers are not concurrency: a poller runs several batches at once. 10 per poller is our
 * inference from AWS's figures (2,000 pollers ↔ 20,000 concurrency) [UNVERIFIED]; scale-up +1,000 concurrent per
 * minute and 20,000 at most are the launch blog's numbers (Nov 2025).
 */
export const SQS_PROVISIONED_INVOKES_PER_POLLER = 10
export const SQS_PROVISIONED_SCALE_PER_MINUTE = 1000
export const SQS_PROVISIONED_MAX_CONCURRENCY = 20_000
/** [UNVERIFIED] a poller whose batch was throttled waits 1 s before it receives again. */
export const SQS_THROTTLE_PAUSE_MS = 1000
/** §4.1: when window + function timeout exceed the visibility timeout, Lambda uses window + timeout + 30 s. */
export const SQS_VISIBILITY_MARGIN_MS = 30_000
