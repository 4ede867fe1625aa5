import { REASON_REF, type ReasonCode } from './reasons.ts'
import type { AttemptResult, Fate, TokenKind } from './trace.ts'

/** Small enumerations of the trace, stored as their index (see traceStore.ts). */
export const TOKENS: readonly TokenKind[] = ['event', 'response', 'message', 'batch', 'record', 'call']
export const RESULTS: readonly AttemptResult[] = ['success', 'error', 'timeout', 'throttled', 'rejected']
export const ENV_TYPES = ['env.created', 'env.ready', 'env.reclaimed', 'env.reset'] as const
export const STATES = ['Pending', 'Active', 'Inactive'] as const
export const FATES: readonly Exclude<Fate, 'in-flight'>[] = [
  'succeeded',
  'failed-to-caller',
  'dead-lettered',
  'sent-to-destination',
  'discarded',
  'expired',
  'rejected',
]
export const REASONS = Object.keys(REASON_REF) as ReasonCode[]
export const REASON_INDEX = new Map<ReasonCode, number>(REASONS.map((r, i) => [r, i]))

export const tokenCode = (t: TokenKind) => TOKENS.indexOf(t)
export const resultCode = (r: AttemptResult) => RESULTS.indexOf(r)
export const fateCode = (f: Exclude<Fate, 'in-flight'>) => FATES.indexOf(f)

/** Entry kinds (4 bits of an entry's header word). */
export const BOXED = 0
export const HOP = 1
export const CREATED = 2
export const ACCEPTED = 3
export const START = 4
export const END = 5
export const REFUSED = 6
export const RETRY = 7
export const ENV = 8
export const STATE = 9
export const FATE = 10

/**
 * Flag bits (4 bits of the header) that make an entry shorter: a field equal to the entry's time, or absent, takes
 * no word. The low bits carry the kind's small enumeration (token, result, fate…).
 */
export const HOP_DEPART_LATER = 8
export const START_COLD = 1
export const START_CUSTOM_REQUEST = 2
export const START_HANDLER_LATER = 4
export const START_ENI = 8
export const END_HAS_ERROR = 4

/** Words after the header and time (and the place escape), by kind and flags. */
export function bodyWords(kind: number, flags: number): number {
  switch (kind) {
    case HOP:
      return flags & HOP_DEPART_LATER ? 5 : 4 // ev, from, to, arrive, [depart]
    case CREATED:
      return 2 // ev, origin
    case ACCEPTED:
    case FATE:
    case ENV:
      return 1 // ev | env
    case START:
      // ev, attempt, env, [handler start], [ENI end]
      return 3 + (flags & START_HANDLER_LATER ? 1 : 0) + (flags & START_ENI ? 1 : 0)
    case END:
      return flags & END_HAS_ERROR ? 5 : 3 // ev, attempt, env, [error type, message]
    case REFUSED:
      return 5 // ev, attempt, status, error type, throttle reason
    case RETRY:
      return 3 // ev, next attempt, next at
    default:
      return 0 // BOXED, STATE
  }
}
