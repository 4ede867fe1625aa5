import type { Kernel } from '../kernel.ts'
import type { EventRecord } from '../ledger.ts'
import { REASON_REF, type ReasonCode } from '../reasons.ts'
import { SYNC_HOP_MS } from '../timing.ts'
import type { Fate } from '../trace.ts'

/** Trace an event's fate (one per event; the ledger refuses a second). */
export function finishEvent(k: Kernel, ev: EventRecord, nodeId: string, fate: Exclude<Fate, 'in-flight'>, reason: ReasonCode): void {
  if (!k.ledger.finish(ev, k.nowMs, fate, reason)) return
  k.emit({ seq: 0, atMs: k.nowMs, type: 'event.fate', reason, ref: REASON_REF[reason], eventId: ev.id, nodeId, fate })
}

/** Send a response back to the caller along the edge it came by (a token), and record its status code. */
export function sendResponse(
  k: Kernel,
  ev: EventRecord,
  edgeId: string,
  fnId: string,
  callerId: string,
  statusCode: number,
  headers: Readonly<Record<string, string>> | null,
  body: unknown,
  reason: ReasonCode,
): void {
  const now = k.nowMs
  ev.response = { statusCode }
  k.emit({ seq: 0, atMs: now, type: 'response', reason, ref: REASON_REF[reason], eventId: ev.id, nodeId: callerId, statusCode, headers, body })
  k.emit({
    seq: 0,
    atMs: now,
    type: 'hop',
    reason,
    ref: REASON_REF[reason],
    eventId: ev.id,
    edgeId,
    fromNodeId: fnId,
    toNodeId: callerId,
    departMs: now,
    arriveMs: now + SYNC_HOP_MS,
    token: 'response',
  })
}
