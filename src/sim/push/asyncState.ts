import type { ResolvedEdge } from '../../model/index.ts'
import type { Invocation } from '../functions/invocation.ts'
import type { FunctionRuntime } from '../functions/runtime.ts'
import type { LiveEvent } from '../ledger.ts'

/** One async event's progress through Lambda's internal queue (§2.1). */
export interface AsyncState {
  phase: number
  ev: LiveEvent
  fn: FunctionRuntime
  /** The trigger or destination edge it came by (null when injected directly). */
  edge: ResolvedEdge | null
  /** A direct Invoke caller to answer 202 (null for AWS services). */
  callerId: string | null
  acceptedMs: number
  /** Function errors so far (these use up maxRetryAttempts). */
  errors: number
  /** Throttles / system errors so far (these only drive the backoff). */
  throttles: number
  /** Attempts that reached the function (approximateInvokeCount). */
  runs: number
  requestId: string
  /** One Invocation per event, reset for each attempt (attempts are sequential). */
  inv: Invocation | null
  lastErrorType: string | null
  lastErrorMessage: string | null
}
