/**
 * The invocations one event took part in (its own, or its batch's), each with what the handler received (§11 event
 * built by the model from the records) and the messages written for it (DLQ message, destination record). Pure.
 */
import {
  handlerEvent,
  type ContextInput,
  type EventInput,
  type RecordInput,
  type ResolvedScenario,
} from '../../model/index.ts'
import type { EventRecord } from '../ledger.ts'
import type { SimResult } from '../simulate.ts'
import type { MessageTrace } from '../trace.ts'
import { batchIdOf, entriesByEvent } from './traceIndex.ts'

export interface InvocationView {
  functionId: string
  requestId: string
  attempt: number
  startMs: number
  handlerStartMs: number
  /** null while still running at the end of the run. */
  endMs: number | null
  result: 'success' | 'error' | 'timeout' | 'running'
  errorType: string | null
  cold: boolean
  /** The node the records came from (push source, queue, stream). */
  sourceId: string
  sourceType: string
  shardId: string | null
  /** What the handler received (AWS's shape for the source). */
  event: unknown
  input: EventInput
}

export interface EventInvocations {
  eventId: string
  invocations: readonly InvocationView[]
  /** Messages written for this event: DLQ message, destination invocation record, queue/topic message. */
  messages: readonly MessageTrace[]
}

const eventsCache = new WeakMap<readonly EventRecord[], Map<string, EventRecord>>()
function eventById(result: SimResult, id: string): EventRecord | undefined {
  let map = eventsCache.get(result.events)
  if (!map) {
    map = new Map(result.events.map((e) => [e.id, e]))
    eventsCache.set(result.events, map)
  }
  return map.get(id)
}

export function invocationsOfEvent(result: SimResult, s: ResolvedScenario, eventId: string): EventInvocations {
  const entries = entriesByEvent(result).get(eventId) ?? []
  const batches = new Map<string, { ids: readonly string[]; shardId: string | null; sourceId: string }>()
  const receives = new Map<string, number>()
  const out: InvocationView[] = []
  const messages: MessageTrace[] = []
  for (const e of entries) {
    const batchId = batchIdOf(e)
    if (e.type === 'source.step' && batchId !== null && e.eventIds.length > 0) {
      batches.set(batchId, { ids: e.eventIds, shardId: e.shardId, sourceId: e.nodeId })
      // SQS: every receive of a message counts (ApproximateReceiveCount)
      for (const id of e.eventIds) receives.set(`${batchId}/${id}`, countBatchesWith(batches, id))
    }
    if (e.type === 'message.sent' && e.eventId === eventId) messages.push(e)
    if (e.type !== 'invoke.start') continue
    const batch = batches.get(e.eventId)
    const ids = batch ? batch.ids : [e.eventId]
    const records: RecordInput[] = []
    for (const id of ids) {
      const ev = eventById(result, id)
      if (ev)
        records.push({
          id,
          payload: ev.payload,
          key: ev.key,
          createdMs: ev.createdMs,
          ...(batch ? { receiveCount: receives.get(`${e.eventId}/${id}`) ?? 1 } : {}),
        })
    }
    const first = eventById(result, ids[0] ?? eventId)
    const sourceId = batch?.sourceId ?? first?.source ?? ''
    const src = s.nodeById.get(sourceId)
    const fn = s.nodeById.get(e.nodeId)
    const end = entries.find(
      (x) =>
        x.type === 'invoke.end' &&
        x.eventId === e.eventId &&
        x.attempt === e.attempt &&
        x.envId === e.envId &&
        x.atMs >= e.atMs,
    )
    const input: EventInput = {
      sourceId,
      sourceType: src?.type ?? 'client',
      sourceAccountId: src?.accountId ?? s.accountId,
      functionId: e.nodeId,
      functionAccountId: fn?.accountId ?? s.accountId,
      region: s.region,
      atMs: e.handlerStartMs,
      requestId: e.requestId,
      records,
      shardId: batch?.shardId ?? null,
      ...(src?.type === 'apiGateway' ? { apiPayloadFormat: src.config.payloadFormat } : {}),
      ...(src?.type === 'dynamoDbStream' ? { streamViewType: src.config.viewType } : {}),
    }
    out.push({
      functionId: e.nodeId,
      requestId: e.requestId,
      attempt: e.attempt,
      startMs: e.atMs,
      handlerStartMs: e.handlerStartMs,
      endMs: end?.atMs ?? null,
      result: end?.type === 'invoke.end' ? end.result : 'running',
      errorType: end?.type === 'invoke.end' ? end.errorType : null,
      cold: e.cold,
      sourceId,
      sourceType: input.sourceType,
      shardId: input.shardId ?? null,
      event: handlerEvent(input),
      input,
    })
  }
  return { eventId, invocations: out, messages }
}

function countBatchesWith(batches: ReadonlyMap<string, { ids: readonly string[] }>, id: string): number {
  let n = 0
  for (const b of batches.values()) if (b.ids.includes(id)) n++
  return n
}

/** §9 what the context object is built from, for one invocation. */
export function contextInputOf(s: ResolvedScenario, inv: InvocationView): ContextInput | null {
  const fn = s.nodeById.get(inv.functionId)
  if (!fn || fn.type !== 'lambda') return null
  return {
    functionId: fn.id,
    accountId: fn.accountId,
    region: s.region,
    memoryMb: fn.config.memoryMb,
    timeoutMs: fn.config.timeoutMs,
    requestId: inv.requestId,
    handlerStartMs: inv.handlerStartMs,
    endMs: inv.endMs,
    envId: `${inv.functionId}/${inv.startMs}`,
  }
}

/** The first invocation of a function in a run (the CLI export's default), or null when it never ran. */
export function firstInvocationOf(result: SimResult, s: ResolvedScenario, fnId: string): InvocationView | null {
  const start = result.trace.find((e) => e.type === 'invoke.start' && e.nodeId === fnId)
  if (!start || start.type !== 'invoke.start') return null
  const batch = result.trace.find(
    (e) => e.type === 'source.step' && batchIdOf(e) === start.eventId && e.eventIds.length > 0,
  )
  const eventId = batch?.type === 'source.step' ? batch.eventIds[0]! : start.eventId
  return (
    invocationsOfEvent(result, s, eventId).invocations.find(
      (i) => i.requestId === start.requestId && i.attempt === start.attempt,
    ) ?? null
  )
}
