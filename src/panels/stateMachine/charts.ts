import { LOST_FATES, type LifecycleKind, type LifecycleState } from '../../sim/views'

/** A statechart drawn on a grid: states at (column, row), transitions between them. */
export interface ChartSpec {
  columns: number
  rows: number
  states: { id: LifecycleState; col: number; row: number }[]
  edges: [LifecycleState, LifecycleState][]
}

/** Terminal states where the event is gone (the lifecycle names its end state after the fate). */
export const LOST: ReadonlySet<string> = new Set<string>(LOST_FATES)
/** States that end the event's life: drawn with a double border (not colour alone). */
export const TERMINAL: ReadonlySet<string> = new Set<string>([
  'succeeded',
  'responded',
  'dlq',
  'destination',
  ...LOST_FATES,
])

// §2.1: Queued → Invoking → (cold: ENI attach §7.2, Init §7.1) → Running → Failed → Waiting → Invoking … → DLQ /
// Destination / Discarded.
const ASYNC: ChartSpec = {
  columns: 6,
  rows: 3,
  states: [
    { id: 'queued', col: 0, row: 0 },
    { id: 'invoking', col: 1, row: 0 },
    { id: 'eniAttach', col: 2, row: 0 },
    { id: 'init', col: 3, row: 0 },
    { id: 'running', col: 4, row: 0 },
    { id: 'succeeded', col: 5, row: 0 },
    { id: 'rejected', col: 0, row: 1 },
    { id: 'throttled', col: 1, row: 1 },
    { id: 'waiting', col: 2, row: 1 },
    { id: 'failed', col: 4, row: 1 },
    { id: 'dlq', col: 5, row: 1 },
    { id: 'expired', col: 2, row: 2 },
    { id: 'discarded', col: 4, row: 2 },
    { id: 'destination', col: 5, row: 2 },
  ],
  edges: [
    ['created', 'queued'],
    ['queued', 'invoking'],
    ['invoking', 'eniAttach'],
    ['eniAttach', 'init'],
    ['invoking', 'init'],
    ['init', 'running'],
    ['invoking', 'running'],
    ['running', 'succeeded'],
    ['running', 'failed'],
    ['failed', 'waiting'],
    ['waiting', 'invoking'],
    ['invoking', 'throttled'],
    ['throttled', 'waiting'],
    ['failed', 'dlq'],
    ['failed', 'destination'],
    ['failed', 'discarded'],
    ['waiting', 'expired'],
    ['queued', 'rejected'],
    ['queued', 'dlq'],
  ],
}

// §3.2: Polled → Invoking → Running → Failed → Retrying (shard blocked) → Bisected → Expired / Destination.
const STREAM: ChartSpec = {
  columns: 5,
  rows: 3,
  states: [
    { id: 'polled', col: 0, row: 0 },
    { id: 'invoking', col: 1, row: 0 },
    { id: 'init', col: 2, row: 0 },
    { id: 'running', col: 3, row: 0 },
    { id: 'succeeded', col: 4, row: 0 },
    { id: 'bisected', col: 1, row: 1 },
    { id: 'retrying', col: 2, row: 1 },
    { id: 'failed', col: 3, row: 1 },
    { id: 'expired', col: 2, row: 2 },
    { id: 'discarded', col: 3, row: 2 },
    { id: 'destination', col: 4, row: 1 },
  ],
  edges: [
    ['created', 'polled'],
    ['polled', 'invoking'],
    ['invoking', 'init'],
    ['init', 'running'],
    ['invoking', 'running'],
    ['running', 'succeeded'],
    ['running', 'failed'],
    ['failed', 'retrying'],
    ['retrying', 'invoking'],
    ['failed', 'bisected'],
    ['bisected', 'invoking'],
    ['retrying', 'expired'],
    ['failed', 'destination'],
    ['failed', 'discarded'],
    ['retrying', 'destination'],
    ['polled', 'expired'],
  ],
}

// §4.1: Received → Invoking → Running → Failed → Visible again → … → Redrive DLQ.
const SQS: ChartSpec = {
  columns: 5,
  rows: 2,
  states: [
    { id: 'received', col: 0, row: 0 },
    { id: 'invoking', col: 1, row: 0 },
    { id: 'init', col: 2, row: 0 },
    { id: 'running', col: 3, row: 0 },
    { id: 'succeeded', col: 4, row: 0 },
    { id: 'dlq', col: 0, row: 1 },
    { id: 'expired', col: 1, row: 1 },
    { id: 'visibleAgain', col: 2, row: 1 },
    { id: 'failed', col: 3, row: 1 },
  ],
  edges: [
    ['created', 'received'],
    ['received', 'invoking'],
    ['invoking', 'init'],
    ['init', 'running'],
    ['invoking', 'running'],
    ['running', 'succeeded'],
    ['running', 'failed'],
    ['failed', 'visibleAgain'],
    ['visibleAgain', 'received'],
    ['visibleAgain', 'dlq'],
    ['visibleAgain', 'expired'],
    ['invoking', 'visibleAgain'],
  ],
}

// §1.1, §5.1: Requested → Invoking → (ENI, Init) → Running → Succeeded / Failed → Response; throttles and refusals
// answer at once.
const SYNC: ChartSpec = {
  columns: 7,
  rows: 2,
  states: [
    { id: 'requested', col: 0, row: 0 },
    { id: 'invoking', col: 1, row: 0 },
    { id: 'eniAttach', col: 2, row: 0 },
    { id: 'init', col: 3, row: 0 },
    { id: 'running', col: 4, row: 0 },
    { id: 'succeeded', col: 5, row: 0 },
    { id: 'responded', col: 6, row: 0 },
    { id: 'throttled', col: 1, row: 1 },
    { id: 'rejected', col: 2, row: 1 },
    { id: 'failed', col: 5, row: 1 },
  ],
  edges: [
    ['requested', 'invoking'],
    ['invoking', 'eniAttach'],
    ['eniAttach', 'init'],
    ['invoking', 'init'],
    ['init', 'running'],
    ['invoking', 'running'],
    ['running', 'succeeded'],
    ['running', 'failed'],
    ['succeeded', 'responded'],
    ['failed', 'responded'],
    ['invoking', 'throttled'],
    ['throttled', 'responded'],
    ['requested', 'responded'],
    ['responded', 'rejected'],
  ],
}

export const CHARTS: Record<LifecycleKind, ChartSpec> = { async: ASYNC, stream: STREAM, sqs: SQS, sync: SYNC }
