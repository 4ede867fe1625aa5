import type { ResolvedEdge, ResolvedScenario } from '../model/index.ts'
import { Ledger, type LiveEvent } from './ledger.ts'
import { Metrics } from './metrics.ts'
import { EventQueue, type TimerHandler } from './queue.ts'
import { Rng } from './random.ts'
import type { TraceEvent } from './trace.ts'
import { TraceStore } from './traceStore.ts'
import type { FunctionRuntime } from './functions/runtime.ts'
import type { Invocation } from './functions/invocation.ts'
import type { AccountConcurrency } from './functions/account.ts'
import type { FaultBook } from './functions/faults.ts'
import type { PushHub } from './push/hub.ts'

/** Called when an event enters a polled source (Kinesis, DynamoDB Streams, SQS) from traffic. */
export interface IngestHandler {
  onIngest(ev: LiveEvent, atMs: number): void
}

/** Called when a message (DLQ message, destination record) arrives at a node. Return true if it was consumed. */
export interface MessageSink {
  onMessage(ev: LiveEvent, message: unknown, viaEdge: ResolvedEdge, atMs: number): void
}

/**
 * The simulation kernel: clock, timer queue, trace, ledger, metrics, PRNG and the function runtimes. Everything is
 * deterministic: time only moves when a timer pops; ties run in scheduling order.
 */
export class Kernel {
  nowMs = 0
  readonly rng: Rng
  /** The trace, in columns; `k.trace.length` is the next entry's seq. */
  readonly trace = new TraceStore()
  readonly ledger = new Ledger()
  readonly metrics: Metrics
  readonly functions = new Map<string, FunctionRuntime>()
  private readonly queue = new EventQueue()
  private readonly ingestHandlers = new Map<string, IngestHandler>()
  private readonly sinks = new Map<string, MessageSink>()
  /** Set by functions/install.ts. */
  account!: AccountConcurrency
  faults!: FaultBook
  /** Push delivery (sync, async, messages); set by simulate.ts. */
  push!: PushHub
  /** Set by functions/install.ts; the one way in to run a function. */
  invokeImpl!: (k: Kernel, inv: Invocation) => void

  readonly scenario: ResolvedScenario
  /** No timer after this runs: the caller's cap, or the settle limit. */
  readonly untilMs: number
  /** Settling: after this (traffic's end) the run stops as soon as every event has a fate; null = run to `untilMs`. */
  readonly settleAfterMs: number | null
  /** Where the run ended (set by `run`). */
  endMs = 0

  constructor(scenario: ResolvedScenario, untilMs: number, seed: number, metricsPeriodMs: number | undefined, settleAfterMs: number | null = null) {
    this.scenario = scenario
    this.untilMs = untilMs
    this.settleAfterMs = settleAfterMs
    this.rng = new Rng(seed)
    this.metrics = new Metrics(metricsPeriodMs, settleAfterMs === null ? untilMs : Math.min(settleAfterMs, untilMs))
  }

  /** Run `handler.onTimer(atMs, arg)` at `atMs` (never in the past). */
  schedule(atMs: number, handler: TimerHandler, arg: unknown): void {
    this.queue.push(atMs < this.nowMs ? this.nowMs : atMs, handler, arg)
  }

  /**
   * Append a trace entry. Build it with `seq: k.trace.length` (its index) and `atMs: k.nowMs`, so the trace stays
   * ordered and ids stay stable.
   */
  emit(ev: TraceEvent): void {
    this.trace.push(ev)
  }
  // Hot paths use the typed writers on `k.trace` (hop, start, end, fate…) which allocate nothing per entry.

  /** Ask to run a function. The outcome arrives later through `inv.client.onInvokeResult(inv)`. */
  invoke(inv: Invocation): void {
    this.invokeImpl(this, inv)
  }

  fn(id: string): FunctionRuntime {
    const f = this.functions.get(id)
    if (!f) throw new Error(`sim: ${id} is not a lambda`)
    return f
  }

  registerIngest(nodeId: string, h: IngestHandler): void {
    this.ingestHandlers.set(nodeId, h)
  }

  ingestFor(nodeId: string): IngestHandler | undefined {
    return this.ingestHandlers.get(nodeId)
  }

  registerSink(nodeId: string, s: MessageSink): void {
    this.sinks.set(nodeId, s)
  }

  sinkFor(nodeId: string): MessageSink | undefined {
    return this.sinks.get(nodeId)
  }

  /**
   * Pop timers in (atMs, seq) order until the queue is empty or the next one is after `untilMs`. Settling, it stops
   * earlier: once traffic has ended, no event is open and the last token has landed, nothing left can change a fate
   * (what remains are polls of empty sources, idle reclaims, expiries of untracked messages).
   */
  run(): void {
    const q = this.queue
    const until = this.untilMs
    const settle = this.settleAfterMs
    if (settle === null) {
      while (q.popUntil(until)) {
        const at = q.poppedAtMs
        this.nowMs = at
        q.poppedHandler!.onTimer(at, q.poppedArg)
      }
      this.nowMs = this.endMs = until
      return
    }
    const ledger = this.ledger
    const trace = this.trace
    const quiet = () => Math.min(until, Math.max(settle, this.nowMs, trace.lastArriveMs))
    for (;;) {
      if (!q.popUntil(ledger.open === 0 ? quiet() : until)) break
      const at = q.poppedAtMs
      this.nowMs = at
      q.poppedHandler!.onTimer(at, q.poppedArg)
    }
    // Settled (or nothing left to happen): end when the last token lands, not before traffic's end. Else the limit.
    this.nowMs = this.endMs = ledger.open === 0 || q.size === 0 ? quiet() : until
  }

  /** When the next timer would run (after the run's end: what a capped run leaves pending), or null. */
  get nextTimerMs(): number | null {
    return this.queue.size === 0 ? null : this.queue.peekMs()
  }

  get pendingTimers(): number {
    return this.queue.size
  }
}
