import type { Kernel } from '../kernel.ts'
import type { AttemptResult } from '../trace.ts'
import type { Env, FunctionRuntime } from './runtime.ts'

/** Whoever asked for an invocation gets the outcome here, at the time the outcome is known. */
export interface InvokeClient {
  onInvokeResult(k: Kernel, inv: Invocation): void
}

/** For a polled batch: which items are poison and how the handler reacts to them (decided by the poller). */
export interface BatchSpec {
  itemIds: readonly string[]
  poisonItemIds: readonly string[]
  /** 'throw' fails the whole invocation; 'reportItemFailure' succeeds with batchItemFailures. */
  poisonResponse: 'throw' | 'reportItemFailure'
}

/**
 * One attempt to run a function: the request (set by the caller) and the outcome (filled in by the kernel).
 * Built with `newInvocation` so every instance has the same shape (fast property access in the hot loop).
 */
export interface Invocation {
  // request
  fnId: string
  /** Event id, or the poller's batch id. */
  eventId: string
  /** 1-based attempt number used by faults such as failAttempts. */
  attempt: number
  requestId: string
  client: InvokeClient
  /** The caller's own state for this attempt. */
  ctx: unknown
  batch: BatchSpec | null
  // outcome
  result: AttemptResult | null
  startMs: number
  /** When the handler starts (after ENI attach / init on a cold start). */
  handlerStartMs: number
  endMs: number
  cold: boolean
  envId: string
  /** Kernel-internal: the environment running this attempt. */
  env: Env | null
  /** Kernel-internal: `fnId`'s runtime, looked up once per Invocation. */
  fn: FunctionRuntime | null
  /** 200 when the function ran (even if it failed); 429/409/502/403 for invocation errors. */
  statusCode: number
  /** 'Error', 'Sandbox.Timedout', or the invocation error name (TooManyRequestsException…). */
  errorType: string | null
  errorMessage: string | null
  throttleReason: string | null
  /** Items the function reported as failed (ReportBatchItemFailures); a null entry is a malformed item (§16). */
  itemFailures: readonly (string | null)[] | null
  /** What the handler returned (a `returns` value), undefined when nothing was said. */
  returnValue: unknown
}

/** Clear an invocation's outcome so the same object can carry the next attempt. */
export function resetInvocation(inv: Invocation): void {
  inv.result = null
  inv.startMs = 0
  inv.handlerStartMs = 0
  inv.endMs = 0
  inv.cold = false
  inv.envId = ''
  inv.env = null
  inv.statusCode = 0
  inv.errorType = null
  inv.errorMessage = null
  inv.throttleReason = null
  inv.itemFailures = null
  inv.returnValue = undefined
}

export function newInvocation(
  fnId: string,
  eventId: string,
  attempt: number,
  requestId: string,
  client: InvokeClient,
  ctx: unknown,
  batch: BatchSpec | null = null,
): Invocation {
  return {
    fnId,
    eventId,
    attempt,
    requestId,
    client,
    ctx,
    batch,
    result: null,
    startMs: 0,
    handlerStartMs: 0,
    endMs: 0,
    cold: false,
    envId: '',
    env: null,
    fn: null,
    statusCode: 0,
    errorType: null,
    errorMessage: null,
    throttleReason: null,
    itemFailures: null,
    returnValue: undefined,
  }
}
