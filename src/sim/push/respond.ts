import type { Kernel } from '../kernel.ts'
import type { LiveEvent } from '../ledger.ts'
import { REASON_REF, type ReasonCode } from '../reasons.ts'
import { SYNC_HOP_MS } from '../timing.ts'
import type { Fate } from '../trace.ts'

/** Trace an event's fate (one per event; the ledger refuses a second). */
export function finishEvent(
  k: Kernel,
  ev: LiveEvent,
  nodeId: string,
  fate: Exclude<Fate, 'in-flight'>,
  reason: ReasonCode,
): void {
  if (!k.ledger.finish(ev, k.nowMs, fate, reason)) return
  k.trace.fate(k.nowMs, reason, ev.id, nodeId, fate)
}

/** Send a response back to the caller along the edge it came by (a token), and record its status code. */
export function sendResponse(
  k: Kernel,
  ev: LiveEvent,
  edgeId: string,
  fnId: string,
  callerId: string,
  statusCode: number,
  headers: Readonly<Record<string, string>> | null,
  body: unknown,
  reason: ReasonCode,
): void {
  const now = k.nowMs
  k.ledger.setResponse(ev, statusCode)
  k.emit({
    seq: k.trace.length,
    atMs: now,
    type: 'response',
    reason,
    ref: REASON_REF[reason],
    eventId: ev.id,
    nodeId: callerId,
    statusCode,
    headers,
    body,
  })
  k.trace.hop(now, reason, ev.id, edgeId, fnId, callerId, now, now + SYNC_HOP_MS, 'response')
}
