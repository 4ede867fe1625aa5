import type { ResolvedScenario } from '../model/index.ts'
import { installFunctions } from './functions/install.ts'
import { Kernel } from './kernel.ts'
import type { EventRecord } from './ledger.ts'
import { budgetOf, type BudgetStop, type RunBudget } from './budget.ts'
import { MAX_SIM_MS } from './ledgerColumns.ts'
import { defaultPeriodMs, type MetricsResult } from './metrics.ts'
import type { SourcePlugin } from './plugins.ts'
import { installPollers } from './pollers/index.ts'
import { PushHub } from './push/hub.ts'
import { TrafficRunner } from './push/traffic.ts'
import type { TraceEvent } from './trace.ts'
import type { TraceStore } from './traceStore.ts'

export interface SimOptions {
  /** Stop at this sim time (default: the scenario's durationMs; at most 2^32 − 1 ms). Events still moving are `in-flight`. */
  untilMs?: number
  /** Overrides the scenario's seed. */
  seed?: number
  /** Metric bucket size (default: ~600 buckets over the run, 1 s – 1 h). */
  metricsPeriodMs?: number
  /** Extra source plugins for this run (tests); the built-in pollers always run. */
  plugins?: readonly SourcePlugin[]
  /** Stop after this many events / trace entries (default DEFAULT_BUDGET: 2,000,000 events). */
  budget?: Partial<RunBudget>
  /** Called every 16,384 timers with how far the run is (a worker reports progress with it). No effect on the run. */
  onProgress?: (p: RunProgressReport) => void
}

export interface RunProgressReport {
  atMs: number
  untilMs: number
  events: number
  traceEntries: number
}

export interface SimResult {
  /** Ordered by atMs (then emission order); `seq` = index. Built from `traceStore` on first read. */
  readonly trace: TraceEvent[]
  /** The same trace in columns: `length`, `get(i)`, `atMsOf(i)` — for consumers that page through big runs. */
  traceStore: TraceStore
  /** Every event's lifecycle, in creation order. Built from the ledger's columns on first read. */
  readonly events: EventRecord[]
  metrics: MetricsResult
  /** Where the run ends: the requested end, or where the budget stopped it (`stopped.atMs`). */
  untilMs: number
  seed: number
  /** Set when the budget ran out: the run stopped early and keeps what it simulated up to `stopped.atMs`. */
  stopped: BudgetStop | null
  /** Engine self-checks (e.g. an event given two fates); empty in a correct run. */
  violations: string[]
}

/**
 * Run a resolved scenario. Pure and deterministic: same scenario + seed (+ timed faults in the scenario) ⇒ the same
 * trace, byte for byte. No clock, no ambient randomness. Seeking is replay: call again with another `untilMs`.
 */
export function simulate(scenario: ResolvedScenario, opts: SimOptions = {}): SimResult {
  // Times are stored as unsigned 32-bit ms (ledgerColumns.ts): a run stops by ≈ 49.7 days (scenarios last ≤ 30).
  const untilMs = Math.min(opts.untilMs ?? scenario.durationMs, MAX_SIM_MS)
  const seed = opts.seed ?? scenario.seed
  const k = new Kernel(scenario, untilMs, seed, opts.metricsPeriodMs ?? defaultPeriodMs(untilMs))
  k.budget = budgetOf(opts.budget)
  if (opts.onProgress) k.onProgress = opts.onProgress
  // Built bottom-up, imports one way: kernel ← functions ← push, pollers ← here.
  const fns = installFunctions(k)
  const push = new PushHub(k, fns)
  installPollers(k, fns)
  if (opts.plugins) for (const p of opts.plugins) p(k, fns)
  new TrafficRunner(k, push).start()
  k.run()
  const store = k.trace
  const ledger = k.ledger
  let trace: TraceEvent[] | null = null
  let events: EventRecord[] | null = null
  const result = {
    get trace() {
      trace ??= store.toArray()
      return trace
    },
    get events() {
      events ??= ledger.records()
      return events
    },
    metrics: k.metrics.result(),
    untilMs: k.stopped ? k.stopped.atMs : untilMs,
    seed,
    stopped: k.stopped,
    violations: k.ledger.violations,
  }
  // Not enumerable: JSON.stringify(result) carries the trace once, as objects.
  Object.defineProperty(result, 'traceStore', { value: store, enumerable: false })
  return result as SimResult
}
