/** src/sim: how it behaves. Deterministic discrete-event engine. See README.md. */
export {
  simulate,
  SETTLE_LIMIT_MS,
  type RunEnd,
  type RunProgressReport,
  type SimOptions,
  type SimResult,
} from './simulate.ts'
export type { Attempt, EventRecord } from './ledger.ts'
export type { MetricsResult, MetricKind } from './metrics.ts'
export { REASON_REF, refOf, type ReasonCode } from './reasons.ts'
export type * from './trace.ts'
export { TraceStore } from './traceStore.ts'
export { Kernel, type IngestHandler, type MessageSink } from './kernel.ts'
export { newInvocation, type Invocation, type InvokeClient, type BatchSpec } from './functions/invocation.ts'
export type { TimerHandler } from './queue.ts'
export { Rng } from './random.ts'
export type { SourcePlugin } from './plugins.ts'
export { DEFAULT_BUDGET, budgetOf, type BudgetStop, type RunBudget } from './budget.ts'
export {
  effectiveForkMs,
  forkBlockers,
  forkFaults,
  type ForkBlocker,
  type ForkBlockerCode,
  type ForkPlan,
} from './fork.ts'
