import { EventSizes } from './eventSizes.ts'
import type { ResolvedEdge, ResolvedScenario } from '../model/index.ts'
import { FaultBook } from './faults.ts'
import { Ledger, type LiveEvent } from './ledger.ts'
import { Metrics } from './metrics.ts'
import { EventQueue, type TimerHandler } from './queue.ts'
import { Rng } from './random.ts'
import type { TraceEvent } from './trace.ts'
import { DEFAULT_BUDGET, type BudgetStop, type RunBudget } from './budget.ts'
import { TraceStore } from './traceStore.ts'

/** Called when an event enters a polled source (Kinesis, DynamoDB Streams, SQS) from traffic. */
export interface IngestHandler {
  onIngest(ev: LiveEvent, atMs: number): void
}

/** Called when a message (DLQ message, destination record) arrives at a node registered for it. */
export interface MessageSink {
  onMessage(ev: LiveEvent, message: unknown, viaEdge: ResolvedEdge, atMs: number): void
  /**
   * A function's own write arriving (§16): the new event it makes, if the node makes one, so the write's chain of
   * requests carries on (recursive loop detection counts it). SQS queues take writes this way.
   */
  onWrite?(parent: LiveEvent, message: unknown, atMs: number): LiveEvent | null
}

interface InTransit {
  ev: LiveEvent
  edge: ResolvedEdge
  message: unknown
}

/**
 * The simulation kernel: clock, timer queue, trace, ledger, metrics, PRNG, fault book and message arrival. Everything
 * is deterministic: time only moves when a timer pops; ties run in scheduling order. The kernel calls only the small
 * interfaces defined here (TimerHandler, IngestHandler, MessageSink); functions, push delivery and pollers are built on
 * top of it (kernel ← functions ← push, pollers ← simulate) and register themselves.
 */
export class Kernel {
  nowMs = 0
  readonly rng: Rng
  /** The trace, in columns; `k.trace.length` is the next entry's seq. */
  readonly trace = new TraceStore()
  readonly ledger = new Ledger()
  /** §16.13: each event's size (declared or measured). */
  readonly sizes = new EventSizes()
  readonly metrics: Metrics
  private readonly queue = new EventQueue()
  private readonly ingestHandlers = new Map<string, IngestHandler>()
  private readonly sinks = new Map<string, MessageSink>()
  /** Queue depth of SQS queues nobody polls (messages only pile up). */
  private readonly depth = new Map<string, number>()
  /** Timed faults (inputs, like traffic). */
  readonly faults: FaultBook
  /** Hands a message sent along an edge to its target when it arrives (see `sendMessage` in push/delivery.ts). */
  readonly courier: TimerHandler = { onTimer: (_atMs, arg) => this.arrive(arg as InTransit) }

  /** The scenario being run; a fork (fork.ts) replaces it with the forked one at the fork time. */
  scenario: ResolvedScenario
  /**
   * Set when this run is a fork (fork.ts): what each part of the engine does to take the forked scenario's settings at
   * the fork time. Null otherwise, so a plain run registers nothing.
   */
  forkHooks: ((forked: ResolvedScenario) => void)[] | null = null
  /** No timer after this runs: the caller's cap, or the settle limit. */
  readonly untilMs: number
  /** Settling: after this (traffic's end) the run stops as soon as every event has a fate; null = run to `untilMs`. */
  readonly settleAfterMs: number | null
  /** Where the run ended (set by `run`). */
  endMs = 0
  /** The run's budget (budget.ts); `stopped` is set when it was reached and the run ended early. */
  budget: RunBudget = DEFAULT_BUDGET
  stopped: BudgetStop | null = null

  constructor(
    scenario: ResolvedScenario,
    untilMs: number,
    seed: number,
    metricsPeriodMs: number | undefined,
    settleAfterMs: number | null = null,
  ) {
    this.scenario = scenario
    this.untilMs = untilMs
    this.settleAfterMs = settleAfterMs
    this.rng = new Rng(seed)
    this.metrics = new Metrics(metricsPeriodMs, settleAfterMs === null ? untilMs : Math.min(settleAfterMs, untilMs))
    this.faults = new FaultBook(scenario)
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
   * A message arriving at a node: its registered sink takes it (an SQS queue's poller, a Lambda destination, SNS /
   * EventBridge fan-out); otherwise an unpolled queue counts depth and any other node counts it received.
   */
  private arrive({ ev, edge, message }: InTransit): void {
    const sink = this.sinks.get(edge.to)
    if (sink !== undefined) return sink.onMessage(ev, message, edge, this.nowMs)
    const node = this.scenario.nodeById.get(edge.to)
    if (!node) return
    if (node.type === 'sqs') {
      const d = (this.depth.get(node.id) ?? 0) + 1
      this.depth.set(node.id, d)
      this.metrics.series(node.id, 'ApproximateNumberOfMessagesVisible', 'level').set(this.nowMs, d)
    } else if (node.type !== 'lambda' && node.type !== 'sns' && node.type !== 'eventBridge') {
      this.metrics.series(node.id, 'MessagesReceived', 'sum').add(this.nowMs, 1)
    }
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
   * is used up: then the run stops where it is (`stopped`), and what was simulated so far stays as it is. Settling
   * (`settleAfterMs`), it stops earlier: once traffic has ended, no event is open and the last token has landed,
   * nothing left can change a fate (what remains are polls of empty sources, idle reclaims, expiries of untracked
   * messages).
   */
  run(): void {
    const q = this.queue
    const until = this.untilMs
    const settle = this.settleAfterMs
    const { maxEvents, maxTraceEntries } = this.budget
    const ledger = this.ledger
    const trace = this.trace
    const progress = this.onProgress
    const quiet = () => Math.min(until, Math.max(settle ?? until, this.nowMs, trace.lastArriveMs))
    let pops = 0
    for (;;) {
      if (!q.popUntil(settle !== null && ledger.open === 0 ? quiet() : until)) break
      const at = q.poppedAtMs
      this.nowMs = at
      q.poppedHandler!.onTimer(at, q.poppedArg)
      if (progress !== null && (++pops & 0x3fff) === 0)
        progress({ atMs: at, untilMs: until, events: ledger.length, traceEntries: trace.length })
      // Over, not at: a run that makes exactly its budget of events and no more was not stopped.
      if (ledger.length > maxEvents || trace.length > maxTraceEntries || this.refusedForBudget) {
        this.stopped =
          ledger.length >= maxEvents
            ? { reason: 'maxEvents', limit: maxEvents, atMs: at }
            : { reason: 'maxTraceEntries', limit: maxTraceEntries, atMs: at }
        this.endMs = at
        return
      }
    }
    // Capped: the cap. Settled (or nothing left to happen): when the last token lands, not before traffic's end. Else
    // the limit.
    this.nowMs = this.endMs = settle !== null && (ledger.open === 0 || q.size === 0) ? quiet() : until
  }

  /** When the next timer would run (after the run's end: what a capped run leaves pending), or null. */
  get nextTimerMs(): number | null {
    return this.queue.size === 0 ? null : this.queue.peekMs()
  }

  get pendingTimers(): number {
    return this.queue.size
  }
}
