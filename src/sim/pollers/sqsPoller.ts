import type { ResolvedEdge, ResolvedEsmConfig, ResolvedFault } from '../../model/index.ts'
import { newInvocation, type BatchSpec, type Invocation, type InvokeClient } from '../functions/invocation.ts'
import type { FunctionHost } from '../functions/host.ts'
import type { FunctionRuntime } from '../functions/runtime.ts'
import type { Kernel } from '../kernel.ts'
import { crossesAccounts } from '../accounts.ts'
import type { LoopBook } from '../push/loops.ts'
import { finishEvent } from '../push/respond.ts'
import type { TimerHandler } from '../queue.ts'
import { interpretItemFailures } from './itemFailures.ts'
import { isPoison } from './poison.ts'
import {
  POLL_HOP_MS,
  READ_DENIED_RETRY_MS,
  SQS_MAX_CONCURRENCY,
  SQS_SCALE_PER_MINUTE_2018,
  SQS_SCALE_PER_MINUTE_CURRENT,
  SQS_SCALE_STEP_MS,
  SQS_START_CONCURRENCY,
  SQS_PROVISIONED_INVOKES_PER_POLLER,
  SQS_PROVISIONED_MAX_CONCURRENCY,
  SQS_PROVISIONED_SCALE_PER_MINUTE,
  SQS_THROTTLE_PAUSE_MS,
  SQS_VISIBILITY_MARGIN_MS,
} from './pollTiming.ts'
import type { Message, QueueListener, Receipt, SqsQueue } from './sqsQueue.ts'
import { emitBatchHop, emitStep } from './steps.ts'

interface Batch {
  id: string
  receipt: Receipt
  /** The messages handed to the function: the receipt's, less any recursive loop detection stopped (§16). */
  msgs: readonly Message[]
}

/**
 * An SQS event source mapping (§4): long-polls its queue with up to N concurrent batches — 5 at first, then
 * +300/min (2018: +60/min) up to 1,000 or MaximumConcurrency while a backlog waits (§4.2) — and calls the function
 * synchronously. Success deletes the batch; an error or throttle leaves it hidden until the visibility timeout
 * (every receive counts toward maxReceiveCount, G28); ReportBatchItemFailures deletes all but the listed ones (§4.3).
 */
export class SqsPoller implements TimerHandler, InvokeClient, QueueListener {
  private active = 0
  private allowed: number
  /** A scale step is pending (one timer per second while a backlog waits on busy pollers). */
  private scaling = false
  /** The last function error, timeout or throttle: scale-up pauses for a step after one. */
  private lastFailureMs = Number.NEGATIVE_INFINITY
  private wakeMs = -1
  private windowEndMs = -1
  private readDenied = false
  private batchNo = 0
  private readonly cap: number
  /** Scale-up per step in batch·ms per minute (integer: +1,000/min is 16⅔ per second, kept exact). */
  private readonly perStep: number
  private growth = 0
  /** Concurrent batches when idle: 5 (standard) or MinimumPollers × 10 (provisioned, §16.8). */
  private readonly floor: number
  private visibilityMs: number
  private readonly arrivals: TimerHandler
  private readonly pauses: TimerHandler
  private readonly scaler: TimerHandler
  private readonly k: Kernel
  private readonly fns: FunctionHost
  private readonly q: SqsQueue
  private readonly edge: ResolvedEdge
  private esm: ResolvedEsmConfig
  private readonly fn: FunctionRuntime
  private readonly poison: readonly ResolvedFault[]
  /** The functions' own writes and recursive loop detection (§16); null in tests that run a poller alone. */
  private readonly loops: LoopBook | null

  constructor(
    k: Kernel,
    fns: FunctionHost,
    q: SqsQueue,
    edge: ResolvedEdge,
    fn: FunctionRuntime,
    poison: readonly ResolvedFault[],
    loops: LoopBook | null = null,
  ) {
    this.k = k
    this.loops = loops
    this.fns = fns
    this.q = q
    this.edge = edge
    this.esm = edge.esm!
    this.fn = fn
    this.poison = poison
    const minP = this.esm.minimumPollers
    const maxP = this.esm.maximumPollers
    if (minP !== null && maxP !== null) {
      // §16.8 provisioned mode: MinimumPollers stay ready (no slow start), faster scale-up, a higher ceiling.
      this.cap = Math.min(SQS_PROVISIONED_MAX_CONCURRENCY, maxP * SQS_PROVISIONED_INVOKES_PER_POLLER)
      this.floor = Math.min(this.cap, minP * SQS_PROVISIONED_INVOKES_PER_POLLER)
      this.perStep = SQS_PROVISIONED_SCALE_PER_MINUTE * SQS_SCALE_STEP_MS
    } else {
      this.cap = Math.min(SQS_MAX_CONCURRENCY, this.esm.maxConcurrency ?? SQS_MAX_CONCURRENCY)
      this.floor = Math.min(this.cap, SQS_START_CONCURRENCY)
      this.perStep =
        (k.scenario.era === '2018' ? SQS_SCALE_PER_MINUTE_2018 : SQS_SCALE_PER_MINUTE_CURRENT) * SQS_SCALE_STEP_MS
    }
    this.allowed = this.floor
    // §4.1: if window + function timeout exceed the visibility timeout, Lambda hides for window + timeout + 30 s.
    const vis = q.node.config.visibilityTimeoutMs
    const need = this.esm.maximumBatchingWindowMs + fn.cfg.timeoutMs
    this.visibilityMs = need > vis ? need + SQS_VISIBILITY_MARGIN_MS : vis
    this.arrivals = { onTimer: (_at, b) => this.invokeBatch(b as Batch) }
    this.pauses = { onTimer: () => this.release() }
    this.scaler = { onTimer: () => this.scaleStep() }
    k.forkHooks?.push((forked) => this.reconfigure(forked.edgeById.get(edge.id)?.esm ?? this.esm))
  }

  /** A fork's new mapping settings (fork.ts): the next batch reads them; a batch in flight keeps its own. */
  private reconfigure(esm: ResolvedEsmConfig): void {
    this.esm = esm
    const vis = this.q.node.config.visibilityTimeoutMs
    const need = esm.maximumBatchingWindowMs + this.fn.cfg.timeoutMs
    this.visibilityMs = need > vis ? need + SQS_VISIBILITY_MARGIN_MS : vis
  }

  wake(): void {
    this.wakeAt(this.k.nowMs)
  }

  private wakeAt(at: number): void {
    const atMs = at < this.k.nowMs ? this.k.nowMs : at
    if (this.wakeMs !== -1 && this.wakeMs <= atMs) return
    this.wakeMs = atMs
    this.k.schedule(atMs, this, null)
  }

  onTimer(atMs: number): void {
    if (atMs !== this.wakeMs) return
    this.wakeMs = -1
    this.step()
  }

  /**
   * One scale step (§4.2): +5 concurrent batches per second (+300/min; 2018 +1/s, +60/min) while messages wait and
   * every
   * poller is busy, up to the cap. After a failed or throttled batch the step is skipped ("Lambda throttles function
   * scaling when invocation errors occur", AWS knowledge-center lambda-sqs-scaling; [UNVERIFIED] in the reference).
   */
  private scaleStep(): void {
    const k = this.k
    const now = k.nowMs
    this.scaling = false
    if (this.q.visibleCount === 0 || this.active < this.allowed || this.allowed >= this.cap) return this.step()
    if (now - this.lastFailureMs >= SQS_SCALE_STEP_MS) {
      this.growth += this.perStep
      this.allowed = Math.min(this.cap, this.floor + Math.floor(this.growth / 60_000))
      emitStep(k, 'sqs.scaling', this.q.node.id, this.edge.id, null, null, { concurrentBatches: this.allowed })
    }
    this.step()
  }

  private step(): void {
    const k = this.k
    const q = this.q
    for (;;) {
      const now = k.nowMs
      if (q.visibleCount === 0) {
        this.windowEndMs = -1
        // Drained: back to the start [our simplification of scale-down].
        if (this.active === 0 && q.hiddenCount === 0) {
          this.allowed = this.floor
          this.growth = 0
        }
        return
      }
      if (this.active >= this.allowed) {
        if (this.allowed < this.cap && !this.scaling) {
          this.scaling = true
          k.schedule(now + SQS_SCALE_STEP_MS, this.scaler, null)
        }
        return
      }
      if (!k.faults.permits(this.edge, 'queueRead', now, this.fn.node.id)) {
        // §10: across accounts, what stopped is the queue policy's grant to the function's role (revoked after the
        // mapping was created; a mapping without it is refused when created, checkEdges.ts).
        const code = crossesAccounts(k, this.edge) ? 'esm.crossAccountReadDenied' : 'esm.readDenied'
        if (!this.readDenied) emitStep(k, code, q.node.id, this.edge.id, null, null, { blocked: true })
        this.readDenied = true
        return this.wakeAt(now + READ_DENIED_RETRY_MS)
      }
      if (this.readDenied) {
        this.readDenied = false
        emitStep(k, 'esm.readResumed', q.node.id, this.edge.id, null, null, null)
      }
      const size = this.esm.batchSize
      if (this.esm.maximumBatchingWindowMs > 0 && q.visibleCount < size) {
        if (this.windowEndMs < 0) this.windowEndMs = now + this.esm.maximumBatchingWindowMs
        if (now < this.windowEndMs) return this.wakeAt(this.windowEndMs)
      }
      this.windowEndMs = -1
      const receipt = q.receive(size, this.visibilityMs)
      if (receipt === null) return // FIFO: every visible group has a batch in flight
      this.active++
      this.dispatch(receipt)
    }
  }

  private dispatch(receipt: Receipt): void {
    const k = this.k
    this.batchNo++
    const b: Batch = { id: `${this.edge.id}/b${this.batchNo}`, receipt, msgs: receipt.msgs }
    const ids: string[] = []
    let maxCount = 0
    for (const m of receipt.msgs) {
      ids.push(m.ev!.id)
      if (m.receiveCount > maxCount) maxCount = m.receiveCount
    }
    emitStep(k, 'sqs.received', this.q.node.id, this.edge.id, null, ids, {
      batchId: b.id,
      batchSize: ids.length,
      receiveCount: maxCount,
      visibleAtMs: receipt.visibleAtMs,
    })
    emitBatchHop(k, b.id, this.edge.id, this.edge.from, this.edge.to, ids.length, POLL_HOP_MS, 'sqs.received')
    k.schedule(k.nowMs + POLL_HOP_MS, this.arrivals, b)
  }

  private invokeBatch(b: Batch): void {
    if (this.loops !== null && this.fn.cfg.recursiveLoop === 'Terminate') this.stopLoops(b)
    const msgs = b.msgs
    if (msgs.length === 0) return this.release()
    let spec: BatchSpec | null = null
    let attempt = 0
    for (const m of msgs) if (m.receiveCount > attempt) attempt = m.receiveCount
    if (this.poison.length > 0) {
      let poison: string[] | null = null
      let response: 'throw' | 'reportItemFailure' = 'throw'
      for (const m of msgs) {
        const f = isPoison(this.poison, m.ev!, this.k.nowMs)
        if (f !== null) {
          ;(poison ??= []).push(m.messageId)
          if (f.kind === 'poisonRecord' && f.response === 'reportItemFailure') response = 'reportItemFailure'
        }
      }
      if (poison !== null)
        spec = { itemIds: msgs.map((m) => m.messageId), poisonItemIds: poison, poisonResponse: response }
    }
    // A handler's batchItemFailures response names message ids: it needs the batch's ids (§4.3).
    if (spec === null && this.k.faults.mayReturn(this.fn))
      spec = { itemIds: msgs.map((m) => m.messageId), poisonItemIds: [], poisonResponse: 'throw' }
    this.fns.invoke(newInvocation(this.fn.node.id, b.id, attempt, `${b.id}-req`, this, b, spec))
  }

  /**
   * §16: a message whose chain of requests has already invoked functions 16 times is not handed to the function
   * (RecursiveInvocationsDropped); the queue sends it on (SqsQueue.stopLooped).
   */
  private stopLoops(b: Batch): void {
    const loops = this.loops!
    let kept: Message[] | null = null
    for (let i = 0; i < b.msgs.length; i++) {
      const m = b.msgs[i]!
      if (loops.stops(this.fn, m.ev!)) {
        kept ??= b.msgs.slice(0, i)
        this.fn.m.recursionDropped.add(this.k.nowMs, 1)
        this.q.stopLooped(m)
      } else if (kept !== null) kept.push(m)
    }
    if (kept !== null) b.msgs = kept
  }

  onInvokeResult(k: Kernel, inv: Invocation): void {
    const b = inv.ctx as Batch
    const q = this.q
    const msgs = b.msgs
    const result = inv.result!
    for (const m of msgs) k.ledger.addAttempt(m.ev!, inv.startMs, inv.endMs, result)
    if (result !== 'success') this.lastFailureMs = k.nowMs
    if (result === 'throttled' || result === 'rejected') {
      // LDG18 concurrent-executions: throttled messages come back after the visibility timeout; the receive counted.
      emitStep(k, 'sqs.throttled', q.node.id, this.edge.id, null, null, {
        batchId: b.id,
        visibleAtMs: b.receipt.visibleAtMs,
        statusCode: inv.statusCode,
      })
      k.schedule(k.nowMs + SQS_THROTTLE_PAUSE_MS, this.pauses, null)
      return
    }
    if (result === 'success') {
      const reported = this.esm.reportBatchItemFailures ? inv.itemFailures : null
      const ids = inv.batch?.itemIds ?? []
      const verdict = reported === null ? null : interpretItemFailures(ids, reported, true)
      if (verdict === null || verdict.kind === 'success') this.deleteAll(b, -1, null)
      else if (verdict.kind === 'partial') {
        emitStep(k, 'sqs.partialBatch', q.node.id, this.edge.id, null, null, {
          batchId: b.id,
          failed: verdict.failed.size,
        })
        // §4.3: FIFO functions stop at the first failure and report everything after it.
        this.deleteAll(b, q.fifo ? verdict.lowest : -1, q.fifo ? null : verdict.failed)
      } else
        emitStep(k, 'sqs.batchFailed', q.node.id, this.edge.id, null, null, {
          batchId: b.id,
          visibleAtMs: b.receipt.visibleAtMs,
          fullFailure: true,
        })
    } else
      emitStep(k, 'sqs.batchFailed', q.node.id, this.edge.id, null, null, {
        batchId: b.id,
        visibleAtMs: b.receipt.visibleAtMs,
      })
    this.release()
  }

  /** Delete the batch's messages, except those failed (`failed` positions, or every position from `keepFrom`). */
  private deleteAll(b: Batch, keepFrom: number, failed: ReadonlySet<number> | null): void {
    const k = this.k
    const q = this.q
    const msgs = b.msgs
    const writes = this.loops !== null && this.fn.writes.length > 0
    for (let i = 0; i < msgs.length; i++) {
      const m = msgs[i]!
      if ((keepFrom >= 0 && i >= keepFrom) || (failed !== null && failed.has(i))) continue
      if (m.receipt !== b.receipt) continue
      // §16: the handler's code wrote each message it processed on (a bucket, queue or topic).
      if (writes) this.loops!.writeOut(this.fn, m.ev!)
      q.remove(m)
      finishEvent(k, m.ev!, q.node.id, 'succeeded', 'sqs.deleted')
    }
    q.depth()
  }

  private release(): void {
    this.active--
    this.step()
  }
}
