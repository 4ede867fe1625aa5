import type { Kernel } from '../kernel.ts'
import { REASON_REF, type ReasonCode } from '../reasons.ts'

type Detail = Readonly<Record<string, string | number | boolean>> | null
const NO_IDS: readonly string[] = []

/** A `source.step` trace entry at `k.nowMs` (polled-source transitions: reads, batches, retries, expiry…). */
export function emitStep(
  k: Kernel,
  reason: ReasonCode,
  nodeId: string,
  edgeId: string | null,
  shardId: string | null,
  eventIds: readonly string[] | null,
  detail: Detail,
): void {
  k.emit({
    seq: k.trace.length,
    atMs: k.nowMs,
    type: 'source.step',
    reason,
    ref: REASON_REF[reason],
    nodeId,
    edgeId,
    shardId,
    eventIds: eventIds ?? NO_IDS,
    detail,
  })
}

/** A batch token from the source to the function along the mapping edge. */
export function emitBatchHop(
  k: Kernel,
  batchId: string,
  edgeId: string,
  from: string,
  to: string,
  count: number,
  hopMs: number,
  reason: ReasonCode,
): void {
  const now = k.nowMs
  k.emit({
    seq: k.trace.length,
    atMs: now,
    type: 'hop',
    reason,
    ref: REASON_REF[reason],
    eventId: batchId,
    edgeId,
    fromNodeId: from,
    toNodeId: to,
    departMs: now,
    arriveMs: now + hopMs,
    token: 'batch',
    count,
  })
}
