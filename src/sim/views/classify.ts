/**
 * The one reading of reason codes and fates: every view (scrub bar, shard lanes, node chips, counters, tokens,
 * narration) classifies trace entries through this file and nowhere else, so they cannot disagree.
 */
import type { ReasonCode } from '../reasons.ts'
import type { Fate, HopTrace, TraceEvent } from '../trace.ts'

/** What a fate means to someone watching: delivered, failed back to a sync caller, parked (recoverable) or lost. */
export type FateClass = 'delivered' | 'failed' | 'parked' | 'lost' | 'moving'

const FATE_CLASS: Record<Fate, FateClass> = {
  'in-flight': 'moving',
  succeeded: 'delivered',
  'failed-to-caller': 'failed',
  // in a DLQ or an on-failure destination: an operator can still recover it
  'dead-lettered': 'parked',
  'sent-to-destination': 'parked',
  // gone, with no one holding it
  discarded: 'lost',
  expired: 'lost',
  rejected: 'lost',
}

export const fateClass = (fate: Fate): FateClass => FATE_CLASS[fate]

/** Fates that lose the event (for views that list them). */
export const LOST_FATES: readonly Fate[] = (Object.keys(FATE_CLASS) as Fate[]).filter((f) => FATE_CLASS[f] === 'lost')

/**
 * §3.2: while a failed batch is retried its shard reads nothing new. A shard is blocked from the step that says the
 * batch failed (function error, or a throttle / refusal before the function ran — both retried until the records
 * leave) or is being retried or split, until the batch leaves the shard: checkpointed (a partial response
 * checkpoints first), expired, past its max age or out of retries. The on-failure message (`esm.onFailure`) is a hop
 * after the discard step, not a step of its own.
 */
const SHARD_BLOCKS: ReadonlySet<ReasonCode> = new Set([
  'esm.shardBlocked',
  'esm.throttled',
  'esm.retryBatch',
  'esm.bisect',
])
const SHARD_RELEASES: ReadonlySet<ReasonCode> = new Set([
  'esm.checkpoint',
  'esm.recordExpired',
  'esm.recordAgeExceeded',
  'esm.retriesExhausted',
])

export type ShardEffect = 'block' | 'release' | null

/** How a polled-source step changes its shard (null: no change). */
export function shardEffect(reason: ReasonCode): ShardEffect {
  return SHARD_BLOCKS.has(reason) ? 'block' : SHARD_RELEASES.has(reason) ? 'release' : null
}

/** The step that moves a shard's checkpoint (its detail carries the sequence number). */
export const isCheckpoint = (reason: ReasonCode): boolean => reason === 'esm.checkpoint'

/** Steps that form the batch now being invoked (first try, retry, or a bisected half). */
const BATCH_STEPS: ReadonlySet<ReasonCode> = new Set(['esm.batch', 'esm.retryBatch', 'esm.bisect'])
export const formsBatch = (reason: ReasonCode): boolean => BATCH_STEPS.has(reason)

/** Steps that drop records at the source: retention or max record age (§3.1, §3.2). */
const EXPIRY_STEPS: ReadonlySet<ReasonCode> = new Set(['esm.recordExpired', 'esm.recordAgeExceeded'])
export const expiresRecords = (reason: ReasonCode): boolean => EXPIRY_STEPS.has(reason)

/** Polled-source steps that mean "this batch / message failed and will be tried again" (§3.2, §4.1). */
const RETRY_STEPS: ReadonlySet<ReasonCode> = new Set([
  'esm.shardBlocked',
  'esm.throttled',
  'esm.retryBatch',
  'esm.bisect',
  'sqs.visibilityTimeout',
])

/** Messages that park an event for an operator: a DLQ, an on-failure destination, an SQS redrive (§2.4, §3.2, §4.1). */
const PARKING_MESSAGES: ReadonlySet<ReasonCode> = new Set([
  'dlq.sent',
  'destination.sent',
  'sqs.redrive',
  'loop.redrive',
  'esm.onFailure',
])
export const parksEvent = (reason: ReasonCode): boolean => PARKING_MESSAGES.has(reason)

/** A failed attempt of the events an entry names: invoke errors/timeouts, refusals, retry steps. */
export function isFailedAttempt(e: TraceEvent): boolean {
  if (e.type === 'invoke.end') return e.result !== 'success'
  if (e.type === 'invoke.refused') return true
  if (e.type === 'source.step') return RETRY_STEPS.has(e.reason)
  return false
}

/**
 * An event gone at this entry: a losing fate, at the node that dropped it. A DLQ or destination the role cannot
 * write to is an error at that target (`delivery.failed`); the event it carried is lost by its own fate, counted once.
 */
export function isLoss(e: TraceEvent): e is Extract<TraceEvent, { type: 'event.fate' }> {
  return e.type === 'event.fate' && FATE_CLASS[e.fate] === 'lost'
}

/** What kind of moment an entry is, for the event log's filters and the narration. */
export type EntryKind = 'error' | 'retry' | 'dlq' | 'lost'

export function entryKinds(e: TraceEvent): EntryKind[] {
  switch (e.type) {
    case 'invoke.end':
      return e.result === 'success' ? [] : ['error']
    case 'invoke.refused':
    case 'delivery.failed':
      return ['error']
    case 'response':
      return e.statusCode >= 400 ? ['error'] : []
    case 'retry.scheduled':
      return ['retry']
    case 'message.sent':
      return PARKING_MESSAGES.has(e.reason) ? ['dlq'] : []
    case 'event.fate': {
      const c = FATE_CLASS[e.fate]
      return c === 'lost' ? ['lost'] : c === 'parked' ? ['dlq'] : c === 'failed' ? ['error'] : []
    }
    case 'source.step':
      return RETRY_STEPS.has(e.reason)
        ? ['retry']
        : EXPIRY_STEPS.has(e.reason)
          ? ['lost']
          : PARKING_MESSAGES.has(e.reason)
            ? ['dlq']
            : []
    default:
      return []
  }
}

/** Colour states a token can show (the canvas maps them to theme colours). */
export type TokenState = 'event' | 'retry' | 'failed' | 'dlq' | 'lost'

const FAILED_HOPS: ReadonlySet<ReasonCode> = new Set([
  'sync.functionError',
  'sync.throttled',
  'sync.invocationError',
  'apigw.functionError502',
  'apigw.invokeRejected500',
  'apigw.integrationTimeout504',
  'apigw.malformedResponse',
  'esm.onFailure',
  'permission.invokeDenied',
  'permission.crossAccountDenied',
])
const RETRY_HOPS: ReadonlySet<ReasonCode> = new Set(['sync.clientRetry', 'esm.retryBatch', 'async.duplicate'])

/** The state a hop's token shows, from its reason code and the wire's role (the engine decides; this only maps). */
export function tokenStateOf(hop: Pick<HopTrace, 'reason'>, edgeRole?: string | null): TokenState {
  if (edgeRole === 'dlq' || hop.reason === 'dlq.sent' || hop.reason === 'sqs.redrive' || hop.reason === 'loop.redrive')
    return 'dlq'
  if (edgeRole === 'onFailure' || FAILED_HOPS.has(hop.reason)) return 'failed'
  if (RETRY_HOPS.has(hop.reason)) return 'retry'
  return 'event'
}

/** States of the statecharts (a superset; each kind uses some of them). */
export type LifecycleState =
  | 'created'
  | 'queued'
  | 'requested'
  | 'polled'
  | 'received'
  | 'invoking'
  | 'eniAttach'
  | 'init'
  | 'running'
  | 'failed'
  | 'throttled'
  | 'waiting'
  | 'retrying'
  | 'bisected'
  | 'visibleAgain'
  | 'succeeded'
  | 'responded'
  | 'dlq'
  | 'destination'
  | 'discarded'
  | 'expired'
  | 'rejected'

/** The statechart state each fate ends in. */
const FATE_STATE: Record<Exclude<Fate, 'in-flight'>, LifecycleState> = {
  succeeded: 'succeeded',
  'failed-to-caller': 'responded',
  'dead-lettered': 'dlq',
  'sent-to-destination': 'destination',
  discarded: 'discarded',
  expired: 'expired',
  rejected: 'rejected',
}

/** The statechart state a polled-source step moves a record or message into (§3, §4). */
const STREAM_STEP: Partial<Record<ReasonCode, LifecycleState>> = {
  'esm.poll': 'polled',
  'esm.batch': 'polled',
  'esm.retryBatch': 'retrying',
  'esm.shardBlocked': 'retrying',
  'esm.bisect': 'bisected',
  'esm.recordExpired': 'expired',
  'esm.recordAgeExceeded': 'expired',
  'esm.onFailure': 'destination',
  'esm.throttled': 'retrying',
  'esm.partialBatch': 'retrying',
  'esm.retriesExhausted': 'discarded',
  'sqs.received': 'received',
  'sqs.visibilityTimeout': 'visibleAgain',
  'sqs.batchFailed': 'visibleAgain',
  'sqs.throttled': 'visibleAgain',
  'sqs.partialBatch': 'visibleAgain',
  'sqs.redrive': 'dlq',
  'sqs.retentionExpired': 'expired',
}

export const lifecycleStateOfFate = (fate: Exclude<Fate, 'in-flight'>): LifecycleState => FATE_STATE[fate]
export const lifecycleStateOfStep = (reason: ReasonCode): LifecycleState | undefined => STREAM_STEP[reason]

/** Where a message parks its event in the statechart: a DLQ (or an SQS redrive), or a destination. */
export function lifecycleStateOfMessage(reason: ReasonCode): 'dlq' | 'destination' | null {
  if (reason === 'dlq.sent' || reason === 'sqs.redrive' || reason === 'loop.redrive') return 'dlq'
  if (reason === 'destination.sent' || reason === 'esm.onFailure') return 'destination'
  return null
}
