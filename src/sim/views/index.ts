/** Pure views over a simulation result for the trace-reading panels. Import only model and sim. */
export {
  eventLifecycleAt,
  lifecycleKind,
  type EventLifecycle,
  type LifecycleKind,
  type LifecycleStep,
} from './lifecycle.ts'
export { shardLanesAt, type ShardLane } from './shardLanes.ts'
export {
  coldStartSpans,
  type ColdStartSpan,
  type ColdStartTimeline,
  type FunctionStateSpan,
  type StateRefusal,
} from './coldStarts.ts'
export { swimlaneSpans, spansAt, type AttemptSpan, type SpanOutcome, type Swimlanes } from './swimlanes.ts'
export { retryWaits, type RetryWait } from './retryWaits.ts'
export { countersAt, type Counters } from './counters.ts'
export { healthBands, type HealthBands, type HealthBucket, type HealthLevel } from './health.ts'
export { entriesByEvent, eventIdsOf, countUpTo, nodeOf } from './traceIndex.ts'
export { pendingAtEnd, type PendingAtEnd } from './pendingAtEnd.ts'
export {
  contextInputOf,
  firstInvocationOf,
  invocationsOfEvent,
  type EventInvocations,
  type InvocationView,
} from './invocations.ts'
export {
  entryKinds,
  expiresRecords,
  fateClass,
  formsBatch,
  isFailedAttempt,
  isLoss,
  LOST_FATES,
  parksEvent,
  shardEffect,
  tokenStateOf,
  type EntryKind,
  type FateClass,
  type LifecycleState,
  type ShardEffect,
  type TokenState,
} from './classify.ts'
export { advanceNodeRuntime, nodeRuntimeAt, type EnvPhase, type NodeRuntime } from './nodeRuntime.ts'
export { busySpansOf, isBusyAt, lossesOf, momentAfter, momentBefore, momentsOf, type Loss } from './moments.ts'
export {
  diffMetrics,
  isRiskMetric,
  METRIC_KEYS,
  percentile,
  runMetrics,
  type MetricDiff,
  type MetricKey,
  type RunMetrics,
} from './compare.ts'
export { predictedEvents, type PredictedEvent } from './predicted.ts'
