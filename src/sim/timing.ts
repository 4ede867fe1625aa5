/**
 * Service-internal latencies the reference does not give. They only decide how long a token takes on an edge;
 * every documented interval (retries, timeouts, backoff, polling) is exact and independent of these.
 * [UNVERIFIED] illustrative values, listed in docs/scenario-format.md.
 */
/** A sync request (or its response) between a caller and Lambda. */
export const SYNC_HOP_MS = 10
/** A push source handing an event to Lambda's async intake. */
export const ASYNC_HOP_MS = 50
/** From the async intake queue to the first attempt. */
export const ASYNC_DEQUEUE_MS = 20
/** Lambda writing a DLQ message or a destination record. */
export const MESSAGE_HOP_MS = 50
/** A function reaching a data store (an access edge). */
export const ACCESS_HOP_MS = 5

/** §7.1: Init stops at 10 s (G37). */
export const INIT_LIMIT_MS = 10_000
/**
 * §7.1: idle environments are "eventually" stopped; AWS gives no figure. [UNVERIFIED] We reclaim after 10 minutes
 * idle, long enough for the 1 min / 2 min async retries to reuse a warm environment (§15).
 */
export const ENV_IDLE_RECLAIM_MS = 600_000

/** §2.1 step 3: 1 minute before the 2nd attempt, 2 minutes before the 3rd. */
export const ASYNC_RETRY_DELAYS_MS: readonly number[] = [60_000, 120_000]
/** §2.1 step 4: throttle / system-error backoff grows from 1 s to a 5 min cap. */
export const ASYNC_BACKOFF_FIRST_MS = 1000
export const ASYNC_BACKOFF_CAP_MS = 300_000

/** §5.3 (current): 1,000 new execution environments per function every 10 s. */
export const SCALE_ENVS_PER_WINDOW = 1000
export const SCALE_WINDOW_MS = 10_000
/** §5.3 (2018): account-wide burst by region, then +500 per minute. */
export const BURST_2018_PER_MINUTE = 500
export function burst2018(region: string): number {
  if (region === 'us-east-1' || region === 'us-west-2' || region === 'eu-west-1') return 3000
  if (region === 'ap-northeast-1' || region === 'eu-central-1' || region === 'us-east-2') return 1000
  return 500
}

/** §7.2: ENIs ≈ concurrency × memory / 3 GB. */
export const ENI_MEMORY_MB = 3072
/** §2.4: DLQ ErrorMessage keeps the first 1 KB. */
export const DLQ_ERROR_MESSAGE_MAX = 1024
