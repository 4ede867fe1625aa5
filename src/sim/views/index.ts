/** Pure views over a simulation result for the trace-reading panels. Import only model and sim. */
export { eventLifecycleAt, lifecycleKind, type EventLifecycle, type LifecycleKind, type LifecycleState, type LifecycleStep } from './lifecycle.ts'
export { shardLanesAt, type ShardLane } from './shardLanes.ts'
export { coldStartSpans, type ColdStartSpan, type ColdStartTimeline, type FunctionStateSpan, type StateRefusal } from './coldStarts.ts'
export { swimlaneSpans, spansAt, type AttemptSpan, type SpanOutcome, type Swimlanes } from './swimlanes.ts'
export { retryWaits, type RetryWait } from './retryWaits.ts'
export { countersAt, type Counters } from './counters.ts'
export { healthBands, type HealthBands, type HealthBucket, type HealthLevel } from './health.ts'
export { entriesByEvent, eventIdsOf, countUpTo, nodeOf } from './traceIndex.ts'
