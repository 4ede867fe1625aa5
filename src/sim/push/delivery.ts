import type { ResolvedEdge } from '../../model/index.ts'
import type { Kernel } from '../kernel.ts'
import type { LiveEvent } from '../ledger.ts'
import { REASON_REF, type ReasonCode } from '../reasons.ts'
import { DLQ_ERROR_MESSAGE_MAX, MESSAGE_HOP_MS } from '../timing.ts'
import { DLQ_MESSAGE_MAX_BYTES } from '../../model/index.ts'
import type { AsyncState } from './asyncState.ts'
import { requestBytes } from './sizes.ts'
import { invocationRecord, wrapForTarget, type AsyncCondition } from './records.ts'
import { finishEvent } from './respond.ts'

export type { AsyncCondition } from './records.ts'

/** RequestID, ErrorCode and ErrorMessage (at most 1 KB) as SQS message attributes: about this much (our estimate). */
const DLQ_ATTRIBUTES_BYTES = 1200

const CONDITION_REASON: Record<AsyncCondition, ReasonCode> = {
  RetriesExhausted: 'async.retriesExhausted',
  EventAgeExceeded: 'async.eventAgeExceeded',
  ZeroReservedConcurrency: 'async.zeroReservedConcurrency',
  RecursiveInvocationDetected: 'loop.stopped',
}

/** Put a message on an edge: a token, the message content in the trace, and its arrival scheduled. */
export function sendMessage(k: Kernel, ev: LiveEvent, edge: ResolvedEdge, message: unknown, reason: ReasonCode): void {
  const now = k.nowMs
  const r = REASON_REF[reason]
  k.trace.hop(now, reason, ev.id, edge.id, edge.from, edge.to, now, now + MESSAGE_HOP_MS, 'message')
  k.emit({
    seq: k.trace.length,
    atMs: now,
    type: 'message.sent',
    reason,
    ref: r,
    eventId: ev.id,
    edgeId: edge.id,
    nodeId: edge.to,
    message,
  })
  k.ledger.deliveredTo(ev, edge.to)
  k.schedule(now + MESSAGE_HOP_MS, k.courier, { ev, edge, message })
}

function deliveryFailed(
  k: Kernel,
  st: AsyncState,
  edge: ResolvedEdge,
  metric: 'DeadLetterErrors' | 'DestinationDeliveryFailures',
  why?: ReasonCode,
): void {
  const reason: ReasonCode = why ?? (metric === 'DeadLetterErrors' ? 'dlq.sendFailed' : 'destination.sendFailed')
  ;(metric === 'DeadLetterErrors' ? st.fn.m.deadLetterErrors : st.fn.m.destinationFailures).add(k.nowMs, 1)
  k.emit({
    seq: k.trace.length,
    atMs: k.nowMs,
    type: 'delivery.failed',
    reason,
    ref: REASON_REF[reason],
    eventId: st.ev.id,
    edgeId: edge.id,
    nodeId: edge.to,
    metric,
  })
}

/**
 * §2.1 step 5, §2.4: a failed async event goes to the DLQ and/or the on-failure destination (both fire when both are
 * set — AWS does not say; LocalStack does [UNVERIFIED]); with neither it is discarded, loudly. A DLQ the role cannot
 * write to loses the event and counts DeadLetterErrors (G10).
 */
export function sendAsyncFailure(k: Kernel, st: AsyncState, condition: AsyncCondition): void {
  const now = k.nowMs
  const fn = st.fn
  let dlqSent = false
  let destSent = false
  let failedReason: ReasonCode | null = null
  if (fn.dlq !== null) {
    // §2.4, §16.13: the DLQ message is the event plus its attributes; over 256 KB (e.g. an SNS event near SNS's own
    // 256 KB) it cannot be written: the event is deleted and DeadLetterErrors counts it.
    const source = st.edge?.from ?? st.ev.source
    if (requestBytes(k, st.ev, source) + DLQ_ATTRIBUTES_BYTES > DLQ_MESSAGE_MAX_BYTES) {
      deliveryFailed(k, st, fn.dlq, 'DeadLetterErrors', 'payload.dlqTooLarge')
      failedReason = 'payload.dlqTooLarge'
    } else if (k.faults.permits(fn.dlq, 'dlqSend', now, fn.node.id)) {
      const ran = st.runs > 0
      const message = {
        body: st.ev.payload ?? null, // §2.4: the original event, unmodified
        attributes: {
          RequestID: st.requestId,
          // §15: 200 for a function error. Without a run (throttled / age / reserved 0) we use 429 [UNVERIFIED].
          ErrorCode: ran ? 200 : 429,
          ErrorMessage: (ran ? (st.lastErrorMessage ?? 'Unhandled') : condition).slice(0, DLQ_ERROR_MESSAGE_MAX),
        },
      }
      sendMessage(k, st.ev, fn.dlq, message, 'dlq.sent')
      dlqSent = true
    } else {
      deliveryFailed(k, st, fn.dlq, 'DeadLetterErrors')
      failedReason = 'dlq.sendFailed'
    }
  }
  if (fn.onFailure !== null) {
    if (k.faults.permits(fn.onFailure, 'destinationSend', now, fn.node.id)) {
      const rec = invocationRecord(k, st, condition)
      sendMessage(
        k,
        st.ev,
        fn.onFailure,
        wrapForTarget(k, fn.onFailure.to, rec, false, fn.functionArn),
        'destination.sent',
      )
      destSent = true
    } else {
      deliveryFailed(k, st, fn.onFailure, 'DestinationDeliveryFailures')
      failedReason ??= 'destination.sendFailed'
    }
  }
  if (destSent) return finishEvent(k, st.ev, fn.node.id, 'sent-to-destination', CONDITION_REASON[condition])
  if (dlqSent) return finishEvent(k, st.ev, fn.node.id, 'dead-lettered', CONDITION_REASON[condition])
  fn.m.asyncDropped.add(now, 1)
  if (failedReason !== null) return finishEvent(k, st.ev, fn.node.id, 'discarded', failedReason)
  if (condition === 'EventAgeExceeded') return finishEvent(k, st.ev, fn.node.id, 'expired', 'async.eventAgeExceeded')
  finishEvent(
    k,
    st.ev,
    fn.node.id,
    'discarded',
    condition === 'RetriesExhausted' ? 'async.discarded' : CONDITION_REASON[condition],
  )
}

/** §2.2: on success, the on-success destination (if any) gets the record with condition Success. */
export function sendAsyncSuccess(k: Kernel, st: AsyncState, responsePayload: unknown): void {
  const fn = st.fn
  const dest = fn.onSuccess
  if (dest !== null) {
    if (k.faults.permits(dest, 'destinationSend', k.nowMs, fn.node.id))
      sendMessage(
        k,
        st.ev,
        dest,
        wrapForTarget(k, dest.to, invocationRecord(k, st, 'Success', responsePayload), true, fn.functionArn),
        'destination.sent',
      )
    else deliveryFailed(k, st, dest, 'DestinationDeliveryFailures')
  }
  finishEvent(k, st.ev, fn.node.id, 'succeeded', 'async.succeeded')
}
