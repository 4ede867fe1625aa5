import type { ResolvedScenario } from '../../model/index.ts'
import type { ReasonCode } from '../reasons.ts'
import type { SimResult } from '../simulate.ts'
import type { Fate, SourceTrace, TraceEvent } from '../trace.ts'
import { lifecycleStateOfFate, lifecycleStateOfMessage, lifecycleStateOfStep, type LifecycleState } from './classify.ts'
import { entriesByEvent } from './traceIndex.ts'

/** Which statechart an event follows: how it reached the function (§1.1). */
export type LifecycleKind = 'async' | 'sync' | 'stream' | 'sqs'

export interface LifecycleStep {
  state: LifecycleState
  atMs: number
  /** The rule that made the transition into this state. */
  reason: ReasonCode
  ref: string
  /** The attempt this step belongs to (0 before the first). */
  attempt: number
  /** When a waiting step ends (the next retry), else null. */
  untilMs: number | null
}

export interface EventLifecycle {
  eventId: string
  kind: LifecycleKind
  /** The function that handles it (null before it reaches one). */
  functionId: string | null
  /** Every state entered up to tMs, in order. */
  path: LifecycleStep[]
  current: LifecycleStep | null
  attempt: number
  /** Attempts allowed in all (null = unlimited or not Lambda's to decide, e.g. sync). */
  maxAttempts: number | null
  nextRetryAtMs: number | null
  /** The fate if reached by tMs, else 'in-flight'. */
  fate: Fate
}

/** When a waiting state ends: a stream retry (`nextAtMs`) or an SQS message visible again (`visibleAtMs`). */
function untilOf(e: SourceTrace): number | null {
  const d = e.detail
  const v = d?.nextAtMs ?? d?.visibleAtMs
  return typeof v === 'number' ? v : null
}

export function lifecycleKind(entries: readonly TraceEvent[]): LifecycleKind {
  for (const e of entries) {
    if (e.type === 'invoke.accepted') return 'async'
    if (e.type === 'source.step') return e.reason.startsWith('sqs.') ? 'sqs' : 'stream'
  }
  return 'sync'
}

function maxAttemptsOf(
  kind: LifecycleKind,
  fnId: string | null,
  sourceId: string | null,
  s: ResolvedScenario | undefined,
): number | null {
  if (!s || fnId === null) return null
  if (kind === 'async') {
    const fn = s.nodeById.get(fnId)
    return fn?.type === 'lambda' ? fn.config.maxRetryAttempts + 1 : null // §2.2
  }
  if (kind === 'stream') {
    const esm = s.edges.find((e) => e.from === sourceId && e.to === fnId && e.esm !== null)?.esm
    return esm && esm.maxRetryAttempts >= 0 ? esm.maxRetryAttempts + 1 : null // §3.2 (−1 = unlimited)
  }
  if (kind === 'sqs') {
    const redrive = s.edges.find((e) => e.from === sourceId && e.role === 'dlq')
    return redrive ? redrive.maxReceiveCount : null // §4.1 maxReceiveCount
  }
  return null
}

/**
 * The statechart path one event (record, message) has taken up to `tMs`: states, the rule behind each
 * transition, attempt n of max and the next retry. Pure; `scenario` adds limits (attempt n of max).
 */
export function eventLifecycleAt(
  result: Pick<SimResult, 'trace'>,
  eventId: string,
  tMs: number,
  scenario?: ResolvedScenario,
): EventLifecycle | null {
  const all = entriesByEvent(result).get(eventId)
  if (!all || all.length === 0 || all[0]!.atMs > tMs) return null
  const kind = lifecycleKind(all)
  const path: LifecycleStep[] = []
  let attempt = 0
  let fnId: string | null = null
  let sourceId: string | null = null
  let fate: Fate = 'in-flight'
  const push = (state: LifecycleState, atMs: number, e: TraceEvent, untilMs: number | null = null) => {
    if (atMs <= tMs) path.push({ state, atMs, reason: e.reason, ref: e.ref, attempt, untilMs })
  }
  for (let i = 0; i < all.length; i++) {
    const e = all[i]!
    if (e.atMs > tMs) break
    switch (e.type) {
      case 'event.created':
        sourceId = e.nodeId
        push(kind === 'sync' ? 'requested' : 'created', e.atMs, e)
        break
      case 'invoke.accepted':
        fnId = e.nodeId
        push('queued', e.atMs, e)
        break
      case 'invoke.start': {
        fnId = e.nodeId
        attempt = e.attempt
        push('invoking', e.atMs, e)
        if (e.cold) {
          // the engine says whether it attached an ENI first (§7.2)
          if (e.eniEndMs !== undefined) push('eniAttach', e.atMs, e)
          push('init', e.eniEndMs ?? e.atMs, e)
        }
        push('running', e.handlerStartMs, e)
        break
      }
      case 'invoke.end':
        push(e.result === 'success' ? 'succeeded' : 'failed', e.atMs, e)
        break
      case 'invoke.refused':
        fnId = e.nodeId
        attempt = e.attempt
        push(e.result === 'throttled' ? 'throttled' : 'rejected', e.atMs, e)
        break
      case 'retry.scheduled':
        push('waiting', e.atMs, e, e.nextAtMs)
        break
      case 'response':
        push('responded', e.atMs, e)
        break
      case 'source.step': {
        sourceId ??= e.nodeId
        const state = lifecycleStateOfStep(e.reason)
        const a = e.detail?.attempt
        if (typeof a === 'number') attempt = a
        if (state) push(state, e.atMs, e, state === 'polled' || state === 'received' ? null : untilOf(e))
        break
      }
      case 'event.fate': {
        fate = e.fate
        const state = lifecycleStateOfFate(e.fate)
        // The DLQ/destination message or the invoke's end already named this state at the same instant.
        if (!path.some((s) => s.atMs === e.atMs && s.state === state)) push(state, e.atMs, e)
        break
      }
      case 'message.sent': {
        const parked = lifecycleStateOfMessage(e.reason)
        if (parked === 'dlq' || (parked === 'destination' && fate === 'in-flight')) push(parked, e.atMs, e)
        break
      }
      default:
        break
    }
  }
  // A success that is also the fate ends there; a succeeded invoke.end followed by its fate collapses to one step.
  const current = path[path.length - 1] ?? null
  const nextRetryAtMs = current?.untilMs != null && current.untilMs > tMs ? current.untilMs : null
  return {
    eventId,
    kind,
    functionId: fnId,
    path,
    current,
    attempt,
    maxAttempts: maxAttemptsOf(kind, fnId, sourceId, scenario),
    nextRetryAtMs,
    fate,
  }
}
