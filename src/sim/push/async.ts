import { ASYNC_REQUEST_MAX_BYTES, type ResolvedEdge } from '../../model/index.ts'
import { newInvocation, resetInvocation, type Invocation, type InvokeClient } from '../functions/invocation.ts'
import type { FunctionHost } from '../functions/host.ts'
import type { FunctionRuntime } from '../functions/runtime.ts'
import type { Kernel } from '../kernel.ts'
import type { LiveEvent } from '../ledger.ts'
import type { TimerHandler } from '../queue.ts'
import type { ReasonCode } from '../reasons.ts'
import {
  ASYNC_BACKOFF_CAP_MS,
  ASYNC_BACKOFF_FIRST_MS,
  ASYNC_DEQUEUE_MS,
  ASYNC_HOP_MS,
  ASYNC_RETRY_DELAYS_MS,
} from '../timing.ts'
import type { AsyncState } from './asyncState.ts'
import type { LoopBook } from './loops.ts'
import { sendAsyncFailure, sendAsyncSuccess, type AsyncCondition } from './delivery.ts'
import { finishEvent, sendResponse } from './respond.ts'
import { requestBytes } from './sizes.ts'
import { stateRefusal } from './stateRefusal.ts'
import { invokeDeniedReason } from '../accounts.ts'

const ARRIVE = 0
const DISPATCH = 1

/**
 * Asynchronous invocation (§2): 202 on intake, an internal queue, retries after function errors at +1 min / +2 min
 * (maxRetryAttempts), throttle and system-error backoff from 1 s to 5 min that uses no attempts, max event age as
 * observed on AWS (§15: give up as soon as the next retry would land past it), then DLQ / destinations.
 */
export class AsyncInvoker implements TimerHandler, InvokeClient {
  private readonly k: Kernel
  private readonly fns: FunctionHost
  /** Finished states (with their Invocation) for reuse: a million events need only as many as are ever in flight. */
  private readonly free: AsyncState[] = []
  /** §16 recursive loop detection (set by the PushHub). */
  loops: LoopBook | null = null
  constructor(k: Kernel, fns: FunctionHost) {
    this.k = k
    this.fns = fns
  }

  private take(ev: LiveEvent, fn: FunctionRuntime, edge: ResolvedEdge | null, callerId: string | null): AsyncState {
    const requestId = `req-${ev.id}` // §15: one request id across all attempts
    const st = this.free.pop()
    if (st === undefined)
      return {
        phase: ARRIVE,
        ev,
        fn,
        edge,
        callerId,
        acceptedMs: 0,
        errors: 0,
        throttles: 0,
        runs: 0,
        requestId,
        inv: null,
        lastErrorType: null,
        lastErrorMessage: null,
      }
    st.phase = ARRIVE
    st.ev = ev
    st.fn = fn
    st.edge = edge
    st.callerId = callerId
    st.acceptedMs = 0
    st.errors = 0
    st.throttles = 0
    st.runs = 0
    st.requestId = requestId
    st.lastErrorType = null
    st.lastErrorMessage = null
    const inv = st.inv
    if (inv !== null) {
      inv.fnId = fn.node.id
      inv.fn = fn
      inv.eventId = ev.id
      inv.requestId = requestId
    }
    return st
  }

  /** The event has its fate: nothing refers to `st` any more (no timer, no invocation in flight). */
  private release(st: AsyncState): void {
    this.free.push(st)
  }

  /** Send `ev` from a push source (or a destination) towards `fn`'s async intake along `edge`. */
  send(ev: LiveEvent, fn: FunctionRuntime, edge: ResolvedEdge | null, callerId: string | null): void {
    const k = this.k
    const now = k.nowMs
    const st = this.take(ev, fn, edge, callerId)
    if (edge !== null) {
      k.trace.hop(now, 'trigger.push', ev.id, edge.id, edge.from, edge.to, now, now + ASYNC_HOP_MS, 'event')
      k.schedule(now + ASYNC_HOP_MS, this, st)
    } else k.schedule(now, this, st)
  }

  onTimer(_atMs: number, arg: unknown): void {
    const st = arg as AsyncState
    if (st.phase === ARRIVE) this.arrive(st)
    else this.dispatch(st)
  }

  private arrive(st: AsyncState): void {
    const k = this.k
    const now = k.nowMs
    const { ev, fn, edge } = st
    // §10: a push source needs the function's resource policy (a destination needs the role, checked when sent).
    if (edge !== null && edge.role === 'trigger' && !k.faults.permits(edge, 'invoke', now, fn.node.id)) {
      const reason = invokeDeniedReason(k, edge)
      if (st.callerId !== null)
        sendResponse(
          k,
          ev,
          edge.id,
          fn.node.id,
          st.callerId,
          403,
          null,
          { Type: 'User', message: 'AccessDeniedException' },
          reason,
        )
      finishEvent(k, ev, fn.node.id, 'rejected', reason)
      this.release(st)
      return
    }
    // §16.13: Invoke refuses an event over the async limit (1 MB today, 256 KB in 2018): 413, nothing is queued.
    if (
      edge !== null &&
      edge.role === 'trigger' &&
      requestBytes(k, ev, edge.from) > ASYNC_REQUEST_MAX_BYTES[k.scenario.era]
    ) {
      if (st.callerId !== null)
        sendResponse(
          k,
          ev,
          edge.id,
          fn.node.id,
          st.callerId,
          413,
          null,
          { Type: 'User', message: 'RequestTooLargeException' },
          'payload.requestTooLarge',
        )
      k.ledger.setResponse(ev, 413)
      finishEvent(k, ev, fn.node.id, 'rejected', 'payload.requestTooLarge')
      this.release(st)
      return
    }
    const refusal = stateRefusal(k, fn)
    if (refusal !== null) {
      // §7.3: Invoke itself fails while the function is Pending or Inactive [INFERENCE: also for Event invokes].
      if (st.callerId !== null && edge !== null)
        sendResponse(
          k,
          ev,
          edge.id,
          fn.node.id,
          st.callerId,
          refusal.statusCode,
          null,
          { Type: 'User', message: refusal.errorType },
          'async.rejected',
        )
      k.ledger.setResponse(ev, refusal.statusCode)
      finishEvent(k, ev, fn.node.id, 'rejected', 'async.rejected')
      this.release(st)
      return
    }
    st.acceptedMs = now
    k.trace.accepted(now, ev.id, fn.node.id)
    if (st.callerId !== null && edge !== null)
      sendResponse(k, ev, edge.id, fn.node.id, st.callerId, 202, null, null, 'async.accepted')
    st.phase = DISPATCH
    k.schedule(now + ASYNC_DEQUEUE_MS, this, st)
    // §2.1 step 6: the internal queue can deliver an event twice even when nothing failed.
    if (k.faults.takeDuplicate(fn.node.id, now)) {
      const dup = k.ledger.create(ev.source, ev.id, now, ev.payload, ev.key, ev.index)
      k.trace.created(now, 'async.duplicate', dup.id, fn.node.id, ev.id)
      // Same request id: it is the same invocation, delivered twice.
      const copy: AsyncState = { ...st, ev: dup, phase: DISPATCH, edge: null, callerId: null, inv: null }
      k.schedule(now + ASYNC_DEQUEUE_MS, this, copy)
    }
  }

  private dispatch(st: AsyncState): void {
    const k = this.k
    const now = k.nowMs
    const fn = st.fn
    if (now - st.acceptedMs >= fn.cfg.maxEventAgeMs) return this.fail(st, 'EventAgeExceeded')
    // §2.1 step 7: reserved concurrency 0 → straight to DLQ / on-failure, no attempt.
    const cap = k.faults.throttleCap(fn.node.id, now) ?? fn.cfg.reservedConcurrency
    if (cap === 0) return this.fail(st, 'ZeroReservedConcurrency')
    // §16: past 16 invocations of the same chain, Lambda stops it (DLQ / on-failure destination).
    if (this.loops !== null && this.loops.stops(fn, st.ev)) {
      fn.m.recursionDropped.add(now, 1)
      return this.fail(st, 'RecursiveInvocationDetected')
    }
    let inv = st.inv
    if (inv === null) inv = st.inv = newInvocation(fn.node.id, st.ev.id, 1, st.requestId, this, st)
    else resetInvocation(inv)
    inv.attempt = st.errors + 1
    this.fns.invoke(inv)
  }

  onInvokeResult(k: Kernel, inv: Invocation): void {
    const st = inv.ctx as AsyncState
    const now = k.nowMs
    const fn = st.fn
    const result = inv.result!
    k.ledger.addAttempt(st.ev, inv.startMs, inv.endMs, result)
    if (result === 'success') {
      st.runs++
      if (fn.writes.length > 0 && this.loops !== null) this.loops.writeOut(fn, st.ev)
      sendAsyncSuccess(k, st, inv.returnValue === undefined ? null : inv.returnValue)
      this.release(st)
      return
    }
    if (result === 'error' || result === 'timeout') {
      st.runs++
      st.errors++
      st.lastErrorType = inv.errorType
      st.lastErrorMessage = inv.errorMessage
      if (st.errors > fn.cfg.maxRetryAttempts) return this.fail(st, 'RetriesExhausted')
      const delay = ASYNC_RETRY_DELAYS_MS[st.errors - 1] ?? 120_000
      // §15: give up as soon as the next retry would land past the max age.
      if (now + delay - st.acceptedMs > fn.cfg.maxEventAgeMs) return this.fail(st, 'EventAgeExceeded')
      this.retryAt(st, now + delay, st.errors + 1, 'async.retryAfterError')
      return
    }
    // Throttle or system error (§2.1 step 4): exponential backoff 1 s → 5 min, no attempt used. If the next try would
    // pass the max age, the event is dropped when it reaches that age (G9) [INFERENCE].
    st.throttles++
    st.lastErrorType = inv.errorType
    st.lastErrorMessage = inv.errorMessage
    const backoff = Math.min(ASYNC_BACKOFF_FIRST_MS * 2 ** (st.throttles - 1), ASYNC_BACKOFF_CAP_MS)
    const deadline = st.acceptedMs + fn.cfg.maxEventAgeMs
    this.retryAt(st, Math.min(now + backoff, deadline), st.errors + 1, 'async.backoffAfterThrottle')
  }

  private retryAt(st: AsyncState, atMs: number, nextAttempt: number, reason: ReasonCode): void {
    const k = this.k
    k.trace.retry(k.nowMs, reason, st.ev.id, st.fn.node.id, nextAttempt, atMs)
    k.schedule(atMs, this, st)
  }

  private fail(st: AsyncState, condition: AsyncCondition): void {
    sendAsyncFailure(this.k, st, condition)
    this.release(st)
  }
}
