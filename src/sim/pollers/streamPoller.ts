import type { ResolvedEdge, ResolvedEsmConfig, ResolvedFault } from '../../model/index.ts'
import { newInvocation, type BatchSpec, type Invocation, type InvokeClient } from '../functions/invocation.ts'
import type { FunctionHost } from '../functions/host.ts'
import type { FunctionRuntime } from '../functions/runtime.ts'
import type { Kernel } from '../kernel.ts'
import type { LiveEvent } from '../ledger.ts'
import type { Series } from '../metrics.ts'
import type { LoopBook } from '../push/loops.ts'
import { finishEvent } from '../push/respond.ts'
import type { TimerHandler } from '../queue.ts'
import { interpretItemFailures } from './itemFailures.ts'
import { Lane } from './lane.ts'
import { BATCH_MAX_BYTES, POLL_HOP_MS, READ_DENIED_RETRY_MS, streamBackoffMs } from './pollTiming.ts'
import { isPoison } from './poison.ts'
import { emitBatchHop, emitStep } from './steps.ts'
import { discardRange, type StreamCondition, type StreamInfo } from './streamFailure.ts'

/** What the poller knows about its mapping; null for a holder that only lets unread records expire. */
export interface StreamMapping {
  edge: ResolvedEdge
  esm: ResolvedEsmConfig
  fn: FunctionRuntime
  onFailure: ResolvedEdge | null
  iteratorAge: Series
}

/**
 * One stream event source mapping (§3): per lane, polling (1/s Kinesis, 4/s DynamoDB), batching by size, window
 * and 6 MB, one batch at a time, whole-batch retries with a short backoff (§15) while the lane stays blocked,
 * MaximumRetryAttempts / MaximumRecordAge / bisect / ReportBatchItemFailures (current era), on-failure records,
 * retention expiry. `mapping === null`: records nobody reads, kept until retention (then expired).
 * Timers carry the lane as their argument: no closures per record or batch.
 */
export class StreamPoller implements TimerHandler, InvokeClient {
  readonly lanes: Lane[] = []
  private readonly arrivals: TimerHandler
  private requestNo = 0
  private readonly k: Kernel
  private readonly fns: FunctionHost
  private readonly s: StreamInfo
  private readonly m: StreamMapping | null
  private readonly retentionMs: number
  private readonly pollMs: number
  private readonly poison: readonly ResolvedFault[]
  /** The functions' own writes (§16): each processed record is written on; null if the function never writes. */
  private readonly loops: LoopBook | null

  constructor(
    k: Kernel,
    fns: FunctionHost,
    s: StreamInfo,
    m: StreamMapping | null,
    retentionMs: number,
    pollMs: number,
    poison: readonly ResolvedFault[],
    loops: LoopBook | null = null,
  ) {
    this.k = k
    this.loops = m !== null && m.fn.writes.length > 0 ? loops : null
    this.fns = fns
    this.s = s
    this.m = m
    this.retentionMs = retentionMs
    this.pollMs = pollMs
    this.poison = poison
    this.arrivals = { onTimer: (_at, lane) => this.invokeBatch(lane as Lane) }
  }

  lane(shardIndex: number, shardId: string, laneIndex: number): Lane {
    const lane = new Lane(shardIndex, shardId, laneIndex)
    this.lanes.push(lane)
    return lane
  }

  /** A record enters one of this poller's lanes. */
  add(lane: Lane, ev: LiveEvent, seq: number): void {
    const now = this.k.nowMs
    lane.push(ev, seq, now)
    if (lane.inFlight || lane.bEnd > lane.head) return
    if (this.m === null) {
      if (lane.length - lane.head === 1) this.wakeAt(lane, now + this.retentionMs)
      return
    }
    let at = now
    if (lane.windowEndMs >= 0) {
      if (lane.length - lane.head < this.m.esm.batchSize) at = lane.windowEndMs
    } else if (lane.idle) at = Math.ceil(now / this.pollMs) * this.pollMs
    this.wakeAt(lane, at)
  }

  private wakeAt(lane: Lane, at: number): void {
    const atMs = at < this.k.nowMs ? this.k.nowMs : at // the kernel runs past times now: keep the same key
    if (lane.wakeMs !== -1 && lane.wakeMs <= atMs) return
    lane.wakeMs = atMs
    this.k.schedule(atMs, this, lane)
  }

  onTimer(atMs: number, arg: unknown): void {
    const lane = arg as Lane
    if (atMs !== lane.wakeMs) return // stale
    lane.wakeMs = -1
    this.step(lane)
  }

  /** Re-evaluate a lane at `nowMs`: expire, wait, read, or (re)send its batch. Idempotent. */
  private step(lane: Lane): void {
    const k = this.k
    for (;;) {
      if (lane.inFlight) return
      const now = k.nowMs
      this.expire(lane, now)
      if (lane.head >= lane.length) {
        lane.idle = true
        lane.windowEndMs = -1
        lane.compact()
        return
      }
      const expiryAt = lane.arrivalMs[lane.head]! + this.retentionMs
      const m = this.m
      if (m === null) return this.wakeAt(lane, expiryAt)
      const maxAge = m.esm.maxRecordAgeMs
      if (lane.bEnd > lane.head) {
        if (now < lane.retryAtMs) return this.wakeAt(lane, Math.min(lane.retryAtMs, expiryAt))
        if (maxAge >= 0 && now - lane.arrivalMs[lane.head]! > maxAge) {
          this.discard(lane, lane.bEnd, 'RecordAgeExceeded', null)
          continue
        }
        return this.dispatch(lane)
      }
      // A new read (GetRecords) needs the execution role (§10).
      if (!k.faults.permits(m.edge, 'streamRead', now, m.fn.node.id)) {
        if (!lane.readDenied)
          emitStep(k, 'esm.readDenied', this.s.nodeId, m.edge.id, lane.shardId, null, { blocked: true })
        lane.readDenied = true
        return this.wakeAt(lane, Math.min(now + READ_DENIED_RETRY_MS, expiryAt))
      }
      if (lane.readDenied) {
        lane.readDenied = false
        emitStep(k, 'esm.readResumed', this.s.nodeId, m.edge.id, lane.shardId, null, null)
      }
      if (lane.idle) {
        const tick = Math.ceil(now / this.pollMs) * this.pollMs
        if (now < tick) return this.wakeAt(lane, Math.min(tick, expiryAt))
        lane.idle = false
      }
      // §15: a record already older than the max age when read goes to on-failure alone (batchSize 1).
      if (maxAge >= 0 && now - lane.arrivalMs[lane.head]! > maxAge) {
        lane.runs = 0
        this.discard(lane, lane.head + 1, 'RecordAgeExceeded', null)
        continue
      }
      const avail = lane.length - lane.head
      const size = m.esm.batchSize
      if (m.esm.maximumBatchingWindowMs > 0 && avail < size) {
        if (lane.windowEndMs < 0) lane.windowEndMs = now + m.esm.maximumBatchingWindowMs
        if (now < lane.windowEndMs) return this.wakeAt(lane, Math.min(lane.windowEndMs, expiryAt))
      }
      lane.windowEndMs = -1
      let end = lane.head + (avail < size ? avail : size)
      let bytes = 0
      for (let i = lane.head; i < end; i++) {
        bytes += k.sizes.of(lane.evs[i]!)
        if (bytes > BATCH_MAX_BYTES && i > lane.head) {
          end = i
          break
        }
      }
      lane.bEnd = end
      lane.errors = 0
      lane.failures = 0
      lane.runs = 0
      lane.retryAtMs = now
      return this.dispatch(lane)
    }
  }

  /** §3.1: records past the stream's retention are trimmed and lost. A running batch is judged when it returns. */
  private expire(lane: Lane, now: number): void {
    const h0 = lane.head
    let h = h0
    const limit = now - this.retentionMs
    while (h < lane.length && lane.arrivalMs[h]! <= limit) h++
    if (h === h0) return
    const ids: string[] = []
    for (let i = h0; i < h; i++) ids.push(lane.evs[i]!.id)
    emitStep(this.k, 'esm.recordExpired', this.s.nodeId, this.m?.edge.id ?? null, lane.shardId, ids, {
      retentionMs: this.retentionMs,
    })
    for (let i = h0; i < h; i++) finishEvent(this.k, lane.evs[i]!, this.s.nodeId, 'expired', 'esm.recordExpired')
    lane.head = h
    if (lane.bEnd > h0) {
      // The batch lost records: what is left is read afresh.
      lane.ends.length = 0
      lane.errors = 0
      lane.failures = 0
      lane.runs = 0
    }
    lane.bEnd = h
  }

  private dispatch(lane: Lane): void {
    const k = this.k
    const m = this.m!
    lane.inFlight = true
    lane.batchNo++
    lane.batchId = `${m.edge.id}/${lane.shardId}${lane.laneIndex > 0 ? `.${lane.laneIndex}` : ''}/b${lane.batchNo}`
    const ids: string[] = []
    for (let i = lane.head; i < lane.bEnd; i++) ids.push(lane.evs[i]!.id)
    const retry = lane.errors > 0 || lane.failures > 0
    emitStep(k, retry ? 'esm.retryBatch' : 'esm.batch', this.s.nodeId, m.edge.id, lane.shardId, ids, {
      batchId: lane.batchId,
      batchSize: lane.bEnd - lane.head,
      startSequenceNumber: lane.seq[lane.head]!,
      endSequenceNumber: lane.seq[lane.bEnd - 1]!,
      attempt: lane.errors + 1,
    })
    emitBatchHop(
      k,
      lane.batchId,
      m.edge.id,
      m.edge.from,
      m.edge.to,
      lane.bEnd - lane.head,
      POLL_HOP_MS,
      retry ? 'esm.retryBatch' : 'esm.batch',
    )
    k.schedule(k.nowMs + POLL_HOP_MS, this.arrivals, lane)
  }

  private invokeBatch(lane: Lane): void {
    const m = this.m!
    let spec: BatchSpec | null = null
    if (this.poison.length > 0) {
      let poison: string[] | null = null
      let response: 'throw' | 'reportItemFailure' = 'throw'
      for (let i = lane.head; i < lane.bEnd; i++) {
        const f = isPoison(this.poison, lane.evs[i]!, this.k.nowMs)
        if (f !== null) {
          ;(poison ??= []).push(String(lane.seq[i]))
          if (f.kind === 'poisonRecord' && f.response === 'reportItemFailure') response = 'reportItemFailure'
        }
      }
      if (poison !== null) {
        const itemIds: string[] = []
        for (let i = lane.head; i < lane.bEnd; i++) itemIds.push(String(lane.seq[i]))
        spec = { itemIds, poisonItemIds: poison, poisonResponse: response }
      }
    }
    // A handler's batchItemFailures response names sequence numbers: it needs the batch's (§3.2).
    if (spec === null && this.k.faults.mayReturn(m.fn)) {
      const itemIds: string[] = []
      for (let i = lane.head; i < lane.bEnd; i++) itemIds.push(String(lane.seq[i]))
      spec = { itemIds, poisonItemIds: [], poisonResponse: 'throw' }
    }
    this.requestNo++
    this.fns.invoke(
      newInvocation(
        m.fn.node.id,
        lane.batchId,
        lane.errors + 1,
        `${m.edge.id}-req-${this.requestNo}`,
        this,
        lane,
        spec,
      ),
    )
  }

  onInvokeResult(k: Kernel, inv: Invocation): void {
    const lane = inv.ctx as Lane
    const m = this.m!
    const now = k.nowMs
    lane.inFlight = false
    const result = inv.result!
    for (let i = lane.head; i < lane.bEnd; i++) k.ledger.addAttempt(lane.evs[i]!, inv.startMs, inv.endMs, result)
    if (result === 'throttled' || result === 'rejected') {
      // §3.2, G22: the batch never reached the function — retried until expiry/max age, no retry attempt used.
      lane.failures++
      lane.retryAtMs = now + streamBackoffMs(lane.failures)
      m.iteratorAge.set(now, now - lane.arrivalMs[lane.bEnd - 1]!) // the shard is not moving: its age keeps growing
      emitStep(k, 'esm.throttled', this.s.nodeId, m.edge.id, lane.shardId, null, {
        batchId: lane.batchId,
        nextAtMs: lane.retryAtMs,
        statusCode: inv.statusCode,
      })
      return this.step(lane)
    }
    lane.runs++
    // §3.2 metric: IteratorAge = age of the batch's last record when the batch finishes.
    const age = now - lane.arrivalMs[lane.bEnd - 1]!
    m.iteratorAge.set(now, age)
    let failedFrom = -1 // -1 = the whole batch failed
    if (result === 'success') {
      const reported = m.esm.reportBatchItemFailures ? inv.itemFailures : null
      const verdict = reported === null ? null : interpretItemFailures(inv.batch?.itemIds ?? [], reported, true)
      if (verdict === null || verdict.kind === 'success') {
        this.succeed(lane, lane.bEnd, age)
        return this.step(lane)
      }
      if (verdict.kind === 'partial') failedFrom = lane.head + verdict.lowest
    }
    if (failedFrom > lane.head) {
      // §3.2: checkpoint just before the lowest reported sequence number; retry from there. §16 (observed): the rest
      // is a new batch with a fresh 1 + MaximumRetryAttempts budget.
      this.succeed(lane, failedFrom, age)
      emitStep(k, 'esm.partialBatch', this.s.nodeId, m.edge.id, lane.shardId, null, {
        checkpointSequenceNumber: lane.seq[failedFrom - 1]!,
        retryFrom: lane.seq[failedFrom]!,
      })
      lane.errors = 0
      lane.failures = 0
      lane.runs = 0
      lane.retryAtMs = now
      return this.step(lane)
    } else if (failedFrom < 0 && m.esm.bisectOnError && lane.bEnd - lane.head > 1) {
      // §3.2: split the failed batch in two and retry the halves, left first; splits use no retry attempt.
      const size = lane.bEnd - lane.head
      lane.ends.push(lane.bEnd)
      lane.bEnd = lane.head + Math.ceil(size / 2)
      lane.retryAtMs = now
      emitStep(k, 'esm.bisect', this.s.nodeId, m.edge.id, lane.shardId, null, {
        batchId: lane.batchId,
        leftSize: lane.bEnd - lane.head,
        rightSize: size - (lane.bEnd - lane.head),
        iteratorAgeMs: age,
      })
      return this.step(lane)
    }
    lane.errors++
    lane.failures++
    const max = m.esm.maxRetryAttempts
    if (max >= 0 && lane.errors > max) {
      this.discard(lane, lane.bEnd, 'RetryAttemptsExhausted', inv)
      return this.step(lane)
    }
    lane.retryAtMs = now + streamBackoffMs(lane.failures)
    emitStep(k, 'esm.shardBlocked', this.s.nodeId, m.edge.id, lane.shardId, null, {
      batchId: lane.batchId,
      nextAtMs: lane.retryAtMs,
      nextAttempt: lane.errors + 1,
      iteratorAgeMs: age,
    })
    this.step(lane)
  }

  /** `[head, end)` processed: checkpoint, fates, and the next bisect half (if any) becomes the batch. */
  private succeed(lane: Lane, end: number, iteratorAgeMs: number): void {
    const k = this.k
    // The records are named by their fate entries right after; the step carries the checkpoint.
    emitStep(k, 'esm.checkpoint', this.s.nodeId, this.m!.edge.id, lane.shardId, null, {
      sequenceNumber: lane.seq[end - 1]!,
      records: end - lane.head,
      iteratorAgeMs,
    })
    for (let i = lane.head; i < end; i++) {
      // §16: the handler's code wrote each record it processed on (a bucket, queue or topic).
      if (this.loops !== null) this.loops.writeOut(this.m!.fn, lane.evs[i]!)
      finishEvent(k, lane.evs[i]!, this.s.nodeId, 'succeeded', 'esm.checkpoint')
    }
    lane.head = end
    if (end >= lane.bEnd) this.nextBatch(lane)
  }

  private discard(lane: Lane, end: number, condition: StreamCondition, inv: Invocation | null): void {
    const m = this.m!
    discardRange(
      this.k,
      this.s,
      m.fn,
      m.edge.id,
      m.onFailure,
      lane,
      end,
      condition,
      inv,
      inv?.requestId ?? `${m.edge.id}-req-${this.requestNo}`,
    )
    if (end >= lane.bEnd) this.nextBatch(lane)
  }

  private nextBatch(lane: Lane): void {
    lane.errors = 0
    lane.failures = 0
    lane.runs = 0
    lane.retryAtMs = this.k.nowMs
    const e = lane.ends.pop()
    lane.bEnd = e === undefined ? lane.head : e
    lane.compact() // a lane that is never idle still sheds its processed records
  }
}
