import type { ResolvedEdge, ResolvedScenario } from '../model/index.ts'
import { Ledger, type LiveEvent } from './ledger.ts'
import { Metrics } from './metrics.ts'
import { EventQueue, type TimerHandler } from './queue.ts'
import { Rng } from './random.ts'
import type { TraceEvent } from './trace.ts'
import { DEFAULT_BUDGET, type BudgetStop, type RunBudget } from './budget.ts'
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
  readonly untilMs: number
  /** The run's budget (budget.ts); `stopped` is set when it was reached and the run ended early. */
  budget: RunBudget = DEFAULT_BUDGET
  stopped: BudgetStop | null = null

  constructor(scenario: ResolvedScenario, untilMs: number, seed: number, metricsPeriodMs: number) {
    this.scenario = scenario
    this.untilMs = untilMs
    this.rng = new Rng(seed)
    this.metrics = new Metrics(metricsPeriodMs, untilMs)
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
   * Whether the run has used its budget of events or trace entries (checked between timers, and by loops that
   * create many events in one timer). Cheap: two comparisons.
   */
  overBudget(): boolean {
    return this.ledger.length >= this.budget.maxEvents || this.trace.length >= this.budget.maxTraceEntries
  }

  /** Told every 16,384 timers how far the run is (simulate.ts, for a worker's progress); never changes the run. */
  onProgress: ((p: { atMs: number; untilMs: number; events: number; traceEntries: number }) => void) | null = null

  /** Set by a loop that wanted to make more events than the budget allows (traffic): the run stops after this timer. */
  refusedForBudget = false

  /**
   * Pop timers in (atMs, seq) order until the queue is empty or the next one is after `untilMs`, or until the budget
   * is used up: then the run stops where it is (`stopped`), and what was simulated so far stays as it is.
   */
  run(): void {
    const q = this.queue
    const until = this.untilMs
    const { maxEvents, maxTraceEntries } = this.budget
    const ledger = this.ledger
    const trace = this.trace
    const progress = this.onProgress
    let pops = 0
    while (q.popUntil(until)) {
      const at = q.poppedAtMs
      this.nowMs = at
      q.poppedHandler!.onTimer(at, q.poppedArg)
      if (progress !== null && (++pops & 0x3fff) === 0) progress({ atMs: at, untilMs: until, events: ledger.length, traceEntries: trace.length })
      // Over, not at: a run that makes exactly its budget of events and no more was not stopped.
      if (ledger.length > maxEvents || trace.length > maxTraceEntries || this.refusedForBudget) {
        this.stopped =
          ledger.length >= maxEvents
            ? { reason: 'maxEvents', limit: maxEvents, atMs: at }
            : { reason: 'maxTraceEntries', limit: maxTraceEntries, atMs: at }
        return
      }
    }
    this.nowMs = until
  }

  get pendingTimers(): number {
    return this.queue.size
  }
}
