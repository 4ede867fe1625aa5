import { SYNC_REQUEST_MAX_BYTES, type ResolvedEdge, type ResolvedNode } from '../../model/index.ts'
import { newInvocation, type Invocation, type InvokeClient } from '../functions/invocation.ts'
import type { FunctionHost } from '../functions/host.ts'
import type { FunctionRuntime } from '../functions/runtime.ts'
import type { Kernel } from '../kernel.ts'
import type { LiveEvent } from '../ledger.ts'
import type { TimerHandler } from '../queue.ts'
import type { ReasonCode } from '../reasons.ts'
import { SYNC_HOP_MS } from '../timing.ts'
import type { Fate } from '../trace.ts'
import type { LoopBook } from './loops.ts'
import { finishEvent, sendResponse } from './respond.ts'
import { requestBytes } from './sizes.ts'
import { stateRefusal } from './stateRefusal.ts'
import { invokeDeniedReason } from '../accounts.ts'

const ARRIVE = 0
const GATEWAY_TIMEOUT = 1

interface SyncState {
  ev: LiveEvent
  fn: FunctionRuntime
  edge: ResolvedEdge
  caller: ResolvedNode
  attempt: number
  responded: boolean
  /** Timer use: arrival of a (re)try, or API Gateway's integration timeout. */
  phase: number
  /** For the integration-timeout timer: the request it guards. */
  main: SyncState | null
}

const INTERNAL_ERROR = { message: 'Internal server error' }
const JSON_HEADERS = { 'content-type': 'application/json' }

/**
 * Synchronous invocation (§5): the caller waits; Lambda never retries. A direct `Invoke` caller sees 200 (+
 * X-Amz-Function-Error on a function error) or the invocation error (429 with its reason…), and may retry 429/5xx
 * with its own policy. API Gateway maps errors to 502/500 and times out at its integration timeout (504) while the
 * function runs on (G15).
 */
export class SyncCaller implements TimerHandler, InvokeClient {
  /** The functions' own writes (§16), set by the push hub. */
  loops: LoopBook | null = null
  private readonly k: Kernel
  private readonly fns: FunctionHost
  constructor(k: Kernel, fns: FunctionHost) {
    this.k = k
    this.fns = fns
  }

  send(ev: LiveEvent, fn: FunctionRuntime, edge: ResolvedEdge, caller: ResolvedNode): void {
    const st: SyncState = { ev, fn, edge, caller, attempt: 1, responded: false, phase: ARRIVE, main: null }
    this.request(st)
    if (caller.type === 'apiGateway') {
      const gw: SyncState = { ...st, phase: GATEWAY_TIMEOUT, main: st }
      this.k.schedule(this.k.nowMs + caller.config.integrationTimeoutMs, this, gw)
    }
  }

  private request(st: SyncState): void {
    const k = this.k
    const now = k.nowMs
    k.trace.hop(now, 'sync.request', st.ev.id, st.edge.id, st.edge.from, st.edge.to, now, now + SYNC_HOP_MS, 'event')
    k.schedule(now + SYNC_HOP_MS, this, st)
  }

  onTimer(_atMs: number, arg: unknown): void {
    const st = arg as SyncState
    if (st.phase === GATEWAY_TIMEOUT) {
      const main = st.main!
      if (!main.responded)
        this.respond(
          main,
          504,
          JSON_HEADERS,
          { message: 'Endpoint request timed out' },
          'apigw.integrationTimeout504',
          'failed-to-caller',
        )
      return
    }
    if (st.responded) return
    const k = this.k
    const fn = st.fn
    const now = k.nowMs
    if (!k.faults.permits(st.edge, 'invoke', now, fn.node.id)) {
      // §10: no resource-policy statement for this caller (or its account): AccessDeniedException.
      k.ledger.addAttempt(st.ev, now, now, 'rejected')
      return this.refused(st, 403, 'AccessDeniedException', null, invokeDeniedReason(k, st.edge))
    }
    // §16.13: a request over 6 MB is refused by Invoke itself (413 RequestTooLargeException); nothing runs.
    if (requestBytes(k, st.ev, st.edge.from) > SYNC_REQUEST_MAX_BYTES) {
      k.ledger.addAttempt(st.ev, now, now, 'rejected')
      return this.refused(st, 413, 'RequestTooLargeException', null, 'payload.requestTooLarge')
    }
    const refusal = stateRefusal(k, fn)
    if (refusal !== null) {
      k.ledger.addAttempt(st.ev, now, now, 'rejected')
      return this.refused(st, refusal.statusCode, refusal.errorType, null, 'sync.invocationError')
    }
    const requestId = `req-${st.ev.id}${st.attempt > 1 ? `-${st.attempt}` : ''}`
    this.fns.invoke(newInvocation(fn.node.id, st.ev.id, st.attempt, requestId, this, st))
  }

  onInvokeResult(k: Kernel, inv: Invocation): void {
    const st = inv.ctx as SyncState
    const result = inv.result!
    k.ledger.addAttempt(st.ev, inv.startMs, inv.endMs, result)
    // §16: a successful run's code wrote the event on (even after API Gateway gave up on it).
    if (result === 'success' && st.fn.writes.length > 0 && this.loops !== null) this.loops.writeOut(st.fn, st.ev)
    if (st.responded) return // API Gateway already answered 504; the function ran on (G15)
    if (result === 'throttled' || result === 'rejected')
      return this.refused(
        st,
        inv.statusCode,
        inv.errorType ?? 'ServiceException',
        inv.throttleReason,
        result === 'throttled' ? 'sync.throttled' : 'sync.invocationError',
      )
    const ok = result === 'success'
    const caller = st.caller
    if (caller.type === 'apiGateway') {
      if (!ok) return this.respond(st, 502, JSON_HEADERS, INTERNAL_ERROR, 'apigw.functionError502', 'failed-to-caller')
      if (inv.returnValue !== undefined) return this.mapProxyResponse(st, inv.returnValue)
      if (st.fn.cfg.apiResponse === 'proxy')
        return this.respond(st, 200, JSON_HEADERS, { ok: true }, 'apigw.ok', 'succeeded')
      // G16: a plain JSON return is malformed for payload 1.0 (REST → 502, HTTP API → 500); v2.0 assumes 200.
      const c = caller.config
      if (c.payloadFormat === '2.0') return this.respond(st, 200, JSON_HEADERS, { ok: true }, 'apigw.ok', 'succeeded')
      return this.respond(
        st,
        c.api === 'rest' ? 502 : 500,
        JSON_HEADERS,
        INTERNAL_ERROR,
        'apigw.malformedResponse',
        'failed-to-caller',
      )
    }
    if (ok)
      return this.respond(
        st,
        200,
        null,
        inv.returnValue === undefined ? { ok: true } : inv.returnValue,
        'sync.ok',
        'succeeded',
      )
    // §5.1 / G11: a function error is still HTTP 200, flagged by X-Amz-Function-Error; Lambda does not retry.
    const body =
      st.fn.cfg.runtime === 'python'
        ? { errorMessage: inv.errorMessage, errorType: inv.errorType, stackTrace: [] }
        : { errorType: inv.errorType, errorMessage: inv.errorMessage, trace: [] }
    this.respond(st, 200, { 'X-Amz-Function-Error': 'Unhandled' }, body, 'sync.functionError', 'failed-to-caller')
  }

  /**
   * §5.2, G16: API Gateway maps what the handler returned. Payload 1.0 needs a proxy response with a numeric
   * `statusCode` (else REST 502, HTTP API 500); 2.0 also accepts any JSON (200, application/json, the JSON as body).
   */
  private mapProxyResponse(st: SyncState, value: unknown): void {
    const c = (st.caller as Extract<ResolvedNode, { type: 'apiGateway' }>).config
    const obj =
      value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
    const status =
      obj !== null && typeof obj.statusCode === 'number' && Number.isInteger(obj.statusCode) ? obj.statusCode : null
    if (status === null || status < 100 || status > 599) {
      if (c.payloadFormat === '2.0' && status === null)
        return this.respond(st, 200, JSON_HEADERS, value, 'apigw.ok', 'succeeded')
      return this.respond(
        st,
        c.api === 'rest' ? 502 : 500,
        JSON_HEADERS,
        INTERNAL_ERROR,
        'apigw.malformedResponse',
        'failed-to-caller',
      )
    }
    const h = obj!.headers
    // Header names come from the handler's response (user data): own properties only, never `headers[key] = v`
    // (a `__proto__` header would set the object's prototype). Object.fromEntries defines them.
    const headers: Record<string, string> =
      h !== null && typeof h === 'object' && !Array.isArray(h)
        ? Object.fromEntries(
            Object.entries(h as Record<string, unknown>)
              .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
              .map(([key, v]) => [key, String(v)]),
          )
        : {}
    this.respond(st, status, headers, obj!.body ?? null, 'apigw.ok', status >= 500 ? 'failed-to-caller' : 'succeeded')
  }

  /** An invocation error: API Gateway turns it into 500 (G14); a client may retry 429/5xx (§5.1). */
  private refused(
    st: SyncState,
    statusCode: number,
    errorType: string,
    throttleReason: string | null,
    reason: ReasonCode,
  ): void {
    const k = this.k
    const fate: Fate = statusCode === 429 || statusCode >= 500 ? 'failed-to-caller' : 'rejected'
    const caller = st.caller
    if (caller.type === 'apiGateway')
      return this.respond(
        st,
        500,
        JSON_HEADERS,
        INTERNAL_ERROR,
        'apigw.invokeRejected500',
        fate === 'rejected' ? 'rejected' : 'failed-to-caller',
      )
    if (
      caller.type === 'client' &&
      (statusCode === 429 || statusCode >= 500) &&
      st.attempt <= caller.config.maxRetries
    ) {
      const delay = caller.config.baseDelayMs * 2 ** (st.attempt - 1)
      k.trace.retry(k.nowMs, 'sync.clientRetry', st.ev.id, caller.id, st.attempt + 1, k.nowMs + delay)
      st.attempt++
      k.schedule(k.nowMs + delay, this.retrier, st)
      return
    }
    const body =
      throttleReason !== null
        ? { Reason: throttleReason, Type: 'User', message: 'Rate Exceeded.' }
        : { Type: 'User', message: errorType }
    this.respond(st, statusCode, { 'x-amzn-ErrorType': errorType }, body, reason, fate)
  }

  private readonly retrier: TimerHandler = { onTimer: (_at, arg) => this.request(arg as SyncState) }

  private respond(
    st: SyncState,
    statusCode: number,
    headers: Readonly<Record<string, string>> | null,
    body: unknown,
    reason: ReasonCode,
    fate: Exclude<Fate, 'in-flight'>,
  ): void {
    st.responded = true
    sendResponse(this.k, st.ev, st.edge.id, st.fn.node.id, st.caller.id, statusCode, headers, body, reason)
    finishEvent(this.k, st.ev, st.caller.id, fate, reason)
  }
}
