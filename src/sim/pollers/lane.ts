import type { LiveEvent } from '../ledger.ts'

/**
 * One ordered lane of a shard as one mapping sees it (a shard has ParallelizationFactor lanes, §3.1). Records are
 * kept as parallel arrays (struct of arrays); every record before `head` has its fate. The batch being worked on is
 * always `[head, bEnd)`: retries repeat it, bisect halves and partial-failure retries start at `head` too (§3.2),
 * so fates are given strictly in order and a blocked lane never advances.
 */
export class Lane {
  readonly evs: LiveEvent[] = []
  /** Per-shard sequence numbers (itemIdentifier for ReportBatchItemFailures). */
  readonly seq: number[] = []
  readonly arrivalMs: number[] = []
  head = 0
  /** End of the current batch; `bEnd === head` = no batch. */
  bEnd = 0
  /** Bisect: ends of the right halves still to run (a stack, §3.2). */
  readonly ends: number[] = []
  /** Function errors of the current batch (MaximumRetryAttempts). */
  errors = 0
  /** Failed attempts of any kind in a row (drives the backoff). */
  failures = 0
  /** Invocations of the current batch that reached the function (approximateInvokeCount). */
  runs = 0
  retryAtMs = 0
  inFlight = false
  /** The pending wake-up (-1 = none); later timers with another time are stale and ignored. */
  wakeMs = -1
  windowEndMs = -1
  idle = true
  readDenied = false
  batchId = ''
  batchNo = 0

  readonly shardIndex: number
  readonly shardId: string
  readonly laneIndex: number
  constructor(shardIndex: number, shardId: string, laneIndex: number) {
    this.shardIndex = shardIndex
    this.shardId = shardId
    this.laneIndex = laneIndex
  }

  get length(): number {
    return this.evs.length
  }

  push(ev: LiveEvent, seq: number, arrivalMs: number): void {
    this.evs.push(ev)
    this.seq.push(seq)
    this.arrivalMs.push(arrivalMs)
  }

  /** Drop fated records from the front now and then, so memory follows the backlog, not the run. */
  compact(): void {
    const h = this.head
    if (h < 4096 || h * 2 < this.evs.length) return
    this.evs.splice(0, h)
    this.seq.splice(0, h)
    this.arrivalMs.splice(0, h)
    this.bEnd -= h
    for (let i = 0; i < this.ends.length; i++) this.ends[i]! -= h
    this.head = 0
  }
}
