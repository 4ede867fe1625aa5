import type { ResolvedScenario } from '../../model/index.ts'
import type { Series } from '../metrics.ts'
import { burst2018 } from '../timing.ts'

/**
 * §5.3 account concurrency: the regional limit (default 1,000); functions with reserved concurrency take theirs out of
 * it, the rest share the unreserved pool (at least 100). 2018: an account-wide burst limit by region.
 */
export class AccountConcurrency {
  readonly limit: number
  readonly unreservedPool: number
  inUse = 0
  unreservedInUse = 0
  readonly burst: number
  /** 2018: when concurrency first reached the burst limit (growth of +500/min starts there). */
  burstHitMs = -1
  /** Account-wide metric handles (set by install.ts). */
  concurrent!: Series
  unreservedConcurrent!: Series

  /** Record the account gauges after a change (§5.3 metrics). */
  record(atMs: number): void {
    this.concurrent.set(atMs, this.inUse)
    this.unreservedConcurrent.set(atMs, this.unreservedInUse)
  }

  constructor(s: ResolvedScenario) {
    this.limit = s.accountConcurrencyLimit
    let reserved = 0
    for (const n of s.nodes)
      if (n.type === 'lambda' && n.config.reservedConcurrency !== null) reserved += n.config.reservedConcurrency
    this.unreservedPool = Math.max(0, this.limit - reserved)
    this.burst = s.era === '2018' ? burst2018(s.region) : Number.POSITIVE_INFINITY
  }
}
