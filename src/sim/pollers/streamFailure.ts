import { isoFromMs } from '../isoTime.ts'
import { handlerEvent, type ResolvedEdge } from '../../model/index.ts'
import type { Invocation } from '../functions/invocation.ts'
import type { FunctionRuntime } from '../functions/runtime.ts'
import type { Kernel } from '../kernel.ts'
import { sendMessage } from '../push/delivery.ts'
import { finishEvent } from '../push/respond.ts'
import { REASON_REF, type ReasonCode } from '../reasons.ts'
import type { Lane } from './lane.ts'

/**
 * Why a stream batch was discarded (§3.2). `RetryAttemptsExhausted` is AWS's documented value; for an age-out we
 * send `RecordAgeExceeded`, the value §15 saw real AWS send ([UNVERIFIED] in the docs; an emulator says
 * `MaximumRecordAgeExceeded`).
 */
export type StreamCondition = 'RetryAttemptsExhausted' | 'RecordAgeExceeded'

export interface StreamInfo {
  nodeId: string
  kind: 'kinesis' | 'dynamoDbStream'
  streamArn: string
}

const iso = isoFromMs

/**
 * §3.2 failure record: metadata about the batch, never the records (SQS/SNS). An S3 destination also gets
 * `payload.Records` (§15). `functionArn` is unqualified (§15). With no invocation (age-out before the call) there
 * is no `responseContext` (§15).
 */
export function streamFailureRecord(
  k: Kernel,
  s: StreamInfo,
  fn: FunctionRuntime,
  lane: Lane,
  end: number,
  condition: StreamCondition,
  inv: Invocation | null,
  requestId: string,
  toS3: boolean,
): Record<string, unknown> {
  const h = lane.head
  const rec: Record<string, unknown> = {
    // §16: a record already stale when read (never invoked) still reports approximateInvokeCount 1.
    requestContext: {
      requestId,
      functionArn: fn.functionArn,
      condition,
      approximateInvokeCount: Math.max(1, lane.runs),
    },
  }
  // §16 (observed): when the function returned normally (batchItemFailures), functionError is null.
  if (inv !== null && lane.runs > 0)
    rec.responseContext = {
      statusCode: inv.statusCode,
      executedVersion: '$LATEST',
      functionError: inv.result === 'success' ? null : 'Unhandled',
    }
  rec.version = '1.0'
  rec.timestamp = iso(k.nowMs)
  rec[s.kind === 'kinesis' ? 'KinesisBatchInfo' : 'DDBStreamBatchInfo'] = {
    shardId: lane.shardId,
    startSequenceNumber: String(lane.seq[h]),
    endSequenceNumber: String(lane.seq[end - 1]),
    approximateArrivalOfFirstRecord: iso(lane.arrivalMs[h]!),
    approximateArrivalOfLastRecord: iso(lane.arrivalMs[end - 1]!),
    batchSize: end - h,
    streamArn: s.streamArn,
  }
  // §16.12: an S3 destination keeps the whole invocation: `payload` is the event the function was handed (its
  // Records in the source's own shape, base64 data for Kinesis, typed images for DynamoDB), not just metadata.
  if (toS3) rec.payload = batchEvent(k, s, fn, lane, end, requestId)
  return rec
}

/** The handler event of the batch `[head, end)` (the same generator the inspector shows, model/events). */
function batchEvent(
  k: Kernel,
  s: StreamInfo,
  fn: FunctionRuntime,
  lane: Lane,
  end: number,
  requestId: string,
): unknown {
  const records = []
  for (let i = lane.head; i < end; i++) {
    const ev = lane.evs[i]!
    records.push({
      id: ev.id,
      payload: ev.payload ?? null,
      key: ev.key,
      createdMs: lane.arrivalMs[i]!,
      sequenceNumber: String(lane.seq[i]),
    })
  }
  const src = k.scenario.nodeById.get(s.nodeId)
  return handlerEvent({
    sourceId: s.nodeId,
    sourceType: s.kind,
    sourceAccountId: src?.accountId ?? k.scenario.accountId,
    functionId: fn.node.id,
    functionAccountId: fn.node.accountId,
    region: k.scenario.region,
    atMs: k.nowMs,
    requestId,
    records,
    shardId: lane.shardId,
    ...(src?.type === 'dynamoDbStream' ? { streamViewType: src.config.viewType } : {}),
  })
}

/**
 * Discard `[head, end)`: the on-failure destination (if any, and if the role may send) gets one metadata record;
 * each record's fate is `sent-to-destination`, else `discarded` (§3.2). Advances `head` to `end`.
 */
export function discardRange(
  k: Kernel,
  s: StreamInfo,
  fn: FunctionRuntime,
  esmEdgeId: string,
  dest: ResolvedEdge | null,
  lane: Lane,
  end: number,
  condition: StreamCondition,
  inv: Invocation | null,
  requestId: string,
): void {
  const reason: ReasonCode = condition === 'RecordAgeExceeded' ? 'esm.recordAgeExceeded' : 'esm.retriesExhausted'
  const h = lane.head
  const ids: string[] = []
  for (let i = h; i < end; i++) ids.push(lane.evs[i]!.id)
  k.emit({
    seq: k.trace.length,
    atMs: k.nowMs,
    type: 'source.step',
    reason,
    ref: REASON_REF[reason],
    nodeId: s.nodeId,
    edgeId: esmEdgeId,
    shardId: lane.shardId,
    eventIds: ids,
    detail: { condition, batchSize: end - h, attempts: lane.runs },
  })
  let fate: 'sent-to-destination' | 'discarded' = 'discarded'
  let fateReason: ReasonCode = reason
  if (dest !== null) {
    if (k.faults.permits(dest, 'destinationSend', k.nowMs, fn.node.id)) {
      const toNode = k.scenario.nodeById.get(dest.to)
      const rec = streamFailureRecord(k, s, fn, lane, end, condition, inv, requestId, toNode?.type === 's3')
      sendMessage(k, lane.evs[h]!, dest, toNode?.type === 'sns' ? { Message: rec } : rec, 'esm.onFailure')
      fate = 'sent-to-destination'
    } else {
      fn.m.destinationFailures.add(k.nowMs, 1)
      k.emit({
        seq: k.trace.length,
        atMs: k.nowMs,
        type: 'delivery.failed',
        reason: 'destination.sendFailed',
        ref: REASON_REF['destination.sendFailed'],
        eventId: lane.evs[h]!.id,
        edgeId: dest.id,
        nodeId: dest.to,
        metric: 'DestinationDeliveryFailures',
      })
      fateReason = 'destination.sendFailed'
    }
  }
  for (let i = h; i < end; i++) {
    const ev = lane.evs[i]!
    if (fate === 'sent-to-destination' && i > h) k.ledger.deliveredTo(ev, dest!.to)
    finishEvent(k, ev, s.nodeId, fate, fateReason)
  }
  lane.head = end
}
