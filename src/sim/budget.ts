/**
 * A run's budget: how many events and trace entries it may make before it stops. A small document can ask for a
 * million events (`once` with a large count, a fast `every`); without a budget it could freeze a tab or exhaust a
 * CLI's memory. When the budget is reached the run stops between two timers and keeps what it simulated
 * (`SimResult.stopped` says where and why; events still moving are `in-flight`). The engine gives a code, not a
 * sentence: the UI and the CLI word it ("stopped at 2,000,000 events: shorten the run or lower the traffic").
 */
export interface RunBudget {
  /** Events (ledger rows: traffic, duplicates, messages) the run may create. */
  maxEvents: number
  /** Trace entries the run may write (≈ 21 B each in memory; the UI builds an object per entry when it reads them). */
  maxTraceEntries: number
}

/** Where a run stopped because its budget ran out. */
export interface BudgetStop {
  reason: 'maxEvents' | 'maxTraceEntries'
  /** The limit that was reached. */
  limit: number
  /** Sim time of the last timer run; nothing after it was simulated. */
  atMs: number
}

/** The engine's default: 2,000,000 events and 20,000,000 trace entries (≈ 0.5 GB of columns at most). */
export const DEFAULT_BUDGET: RunBudget = Object.freeze({ maxEvents: 2_000_000, maxTraceEntries: 20_000_000 })

/** A budget with every limit a positive integer (anything else falls back to the default's value). */
export function budgetOf(partial: Partial<RunBudget> | undefined): RunBudget {
  const pick = (v: number | undefined, d: number) => (v !== undefined && Number.isInteger(v) && v > 0 ? v : d)
  return {
    maxEvents: pick(partial?.maxEvents, DEFAULT_BUDGET.maxEvents),
    maxTraceEntries: pick(partial?.maxTraceEntries, DEFAULT_BUDGET.maxTraceEntries),
  }
}
