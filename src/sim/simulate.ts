import type { ResolvedScenario } from '../model/index.ts'
import { installFunctions } from './functions/install.ts'
import { Kernel } from './kernel.ts'
import type { EventRecord } from './ledger.ts'
import { forkStart, scheduleFork, type ForkPlan } from './fork.ts'
import { budgetOf, type BudgetStop, type RunBudget } from './budget.ts'
import { MAX_SIM_MS } from './ledgerColumns.ts'
import type { MetricsResult } from './metrics.ts'
import type { SourcePlugin } from './plugins.ts'
import { installPollers } from './pollers/index.ts'
import { PushHub } from './push/hub.ts'
import { TrafficRunner } from './push/traffic.ts'
import type { TraceEvent } from './trace.ts'
import type { TraceStore } from './traceStore.ts'

/** A settling run goes on after traffic stops for at most this long in all (the longest scenario: 30 days). */
export const SETTLE_LIMIT_MS = 30 * 86_400_000

/**
 * How the run ended. `settled`: every event has a fate (or nothing left can happen to one). `capped`: the caller's
 * `untilMs` (or the scenario's `runLimitMs`) stopped it. `limit`: still settling at SETTLE_LIMIT_MS. Not `settled`:
 * `openEvents` still had no fate, and `nextTimerMs` is when the engine would have acted next (null: nothing was due).
 */
export type RunEnd =
  | { kind: 'settled'; trafficEndMs: number; openEvents: number; nextTimerMs: null }
  | { kind: 'capped' | 'limit'; trafficEndMs: number; openEvents: number; nextTimerMs: number | null }

export interface SimOptions {
  /**
   * Stop at this sim time, whatever is pending (at most 2^32 − 1 ms); events still moving are `in-flight`. Default:
   * the scenario's `runLimitMs`, else settle — run past `durationMs` (when traffic stops) until every event has a fate,
   * at most SETTLE_LIMIT_MS.
   */
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
  /**
   * Run `fork.scenario` as a fork of this scenario at `fork.atMs` (fork.ts): the same run until then, the forked
   * settings, destinations and faults after. Check `effectiveForkMs` first: changes it cannot apply mid-run are the
   * caller's to start at 0 (run the forked scenario alone).
   */
  fork?: ForkPlan
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
  /** Where the run ended (the timeline's length): settled, capped, or where the budget stopped it (`stopped.atMs`). */
  untilMs: number
  /** Whether it settled, and what a capped run left pending (sim/views `pendingAtEnd` details it). */
  end: RunEnd
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
  const cap = opts.untilMs ?? scenario.runLimitMs ?? undefined
  const trafficEndMs = scenario.durationMs
  const untilMs = Math.min(cap ?? Math.max(SETTLE_LIMIT_MS, trafficEndMs), MAX_SIM_MS)
  const seed = opts.seed ?? scenario.seed
  const fork = opts.fork !== undefined && opts.fork.atMs > 0 ? forkStart(scenario, opts.fork) : null
  const k = new Kernel(
    fork?.start ?? scenario,
    untilMs,
    seed,
    opts.metricsPeriodMs,
    cap === undefined ? trafficEndMs : null,
  )
  k.budget = budgetOf(opts.budget)
  if (opts.onProgress) k.onProgress = opts.onProgress
  if (fork !== null) scheduleFork(k, opts.fork!.atMs, fork.after)
  // Built bottom-up, imports one way: kernel ← functions ← push, pollers ← here.
  const fns = installFunctions(k)
  const push = new PushHub(k, fns)
  installPollers(k, fns, push.loops)
  if (opts.plugins) for (const p of opts.plugins) p(k, fns)
  new TrafficRunner(k, push).start()
  k.run()
  const endMs = k.endMs
  const openEvents = k.ledger.open
  const nextTimerMs = k.nextTimerMs
  const end: RunEnd =
    cap === undefined && (openEvents === 0 || nextTimerMs === null)
      ? { kind: 'settled', trafficEndMs, openEvents, nextTimerMs: null }
      : { kind: cap === undefined ? 'limit' : 'capped', trafficEndMs, openEvents, nextTimerMs }
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
    metrics: k.metrics.result(endMs),
    untilMs: endMs,
    end,
    seed,
    stopped: k.stopped,
    violations: k.ledger.violations,
  }
  // Not enumerable: JSON.stringify(result) carries the trace once, as objects.
  Object.defineProperty(result, 'traceStore', { value: store, enumerable: false })
  return result as SimResult
}
