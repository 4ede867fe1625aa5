import type { ReasonCode } from './reasons.ts'

/** Where an event ended. `in-flight` = still moving when the run stopped. */
export type Fate =
  | 'succeeded'
  | 'failed-to-caller'
  | 'dead-lettered'
  | 'sent-to-destination'
  | 'discarded'
  | 'expired'
  | 'rejected'
  | 'in-flight'

export type AttemptResult = 'success' | 'error' | 'timeout' | 'throttled' | 'rejected'

/** What a token on an edge carries (the canvas picks a glyph). */
export type TokenKind = 'event' | 'response' | 'message' | 'batch' | 'record' | 'call'

/**
 * Fields every trace entry has. `seq` is its index in the trace (a stable id for a given scenario + seed);
 * times are integer ms; `reason` maps to a reference section, given in `ref`.
 */
interface Base {
  seq: number
  atMs: number
  reason: ReasonCode
  ref: string
}

/** A token moving along an edge: the renderer interpolates between departMs and arriveMs, nothing else. */
export interface HopTrace extends Base {
  type: 'hop'
  eventId: string
  edgeId: string
  fromNodeId: string
  toNodeId: string
  departMs: number
  arriveMs: number
  token: TokenKind
  /** Records/messages a `batch` token carries (polled sources only). */
  count?: number
}

export interface EventCreatedTrace extends Base {
  type: 'event.created'
  eventId: string
  nodeId: string
  /** The traffic entry, or the event it was derived from (fan-out, duplicate, destination). */
  origin: string
}

export interface AcceptedTrace extends Base {
  type: 'invoke.accepted'
  eventId: string
  nodeId: string
  statusCode: 202
}

export interface InvokeStartTrace extends Base {
  type: 'invoke.start'
  eventId: string
  nodeId: string
  attempt: number
  envId: string
  requestId: string
  cold: boolean
  /** When the handler itself starts (after ENI attach and init on a cold start). */
  handlerStartMs: number
  /**
   * Present only when the engine attached an ENI first (2018-era VPC, new environment, §7.2): the attach runs
   * [atMs, eniEndMs], init [eniEndMs, handlerStartMs]. Views read it; none re-derives it.
   */
  eniEndMs?: number
}

export interface InvokeEndTrace extends Base {
  type: 'invoke.end'
  eventId: string
  nodeId: string
  attempt: number
  envId: string
  result: 'success' | 'error' | 'timeout'
  errorType: string | null
  errorMessage: string | null
}

/** The invoke was refused before any code ran: throttled (429) or an invocation error (409, 502, 403…). */
export interface InvokeRefusedTrace extends Base {
  type: 'invoke.refused'
  eventId: string
  nodeId: string
  attempt: number
  result: 'throttled' | 'rejected'
  statusCode: number
  errorType: string
  /** TooManyRequestsException reason, e.g. ReservedFunctionConcurrentInvocationLimitExceeded. */
  throttleReason: string | null
}

export interface RetryTrace extends Base {
  type: 'retry.scheduled'
  eventId: string
  nodeId: string
  /** The attempt number the retry will be (throttle backoff keeps the same number). */
  nextAttempt: number
  nextAtMs: number
}

export interface EnvTrace extends Base {
  type: 'env.created' | 'env.ready' | 'env.reclaimed' | 'env.reset'
  nodeId: string
  envId: string
}

export interface FunctionStateTrace extends Base {
  type: 'function.state'
  nodeId: string
  state: 'Pending' | 'Active' | 'Inactive'
}

/** What the caller of a sync invoke (or an async Invoke's 202) receives. */
export interface ResponseTrace extends Base {
  type: 'response'
  eventId: string
  nodeId: string
  statusCode: number
  headers: Readonly<Record<string, string>> | null
  body: unknown
}

/** A message written to a DLQ, destination, queue or topic: its full content. */
export interface MessageTrace extends Base {
  type: 'message.sent'
  eventId: string
  edgeId: string
  nodeId: string
  message: unknown
}

export interface DeliveryFailedTrace extends Base {
  type: 'delivery.failed'
  eventId: string
  edgeId: string
  nodeId: string
  metric: 'DeadLetterErrors' | 'DestinationDeliveryFailures'
}

export interface FateTrace extends Base {
  type: 'event.fate'
  eventId: string
  nodeId: string
  fate: Exclude<Fate, 'in-flight'>
}

/** Polled-source steps (the pollers helper may add fields or variants here). */
export interface SourceTrace extends Base {
  type: 'source.step'
  nodeId: string
  edgeId: string | null
  shardId: string | null
  eventIds: readonly string[]
  detail: Readonly<Record<string, string | number | boolean>> | null
}

export type TraceEvent =
  | HopTrace
  | EventCreatedTrace
  | AcceptedTrace
  | InvokeStartTrace
  | InvokeEndTrace
  | InvokeRefusedTrace
  | RetryTrace
  | EnvTrace
  | FunctionStateTrace
  | ResponseTrace
  | MessageTrace
  | DeliveryFailedTrace
  | FateTrace
  | SourceTrace

export type TraceType = TraceEvent['type']
