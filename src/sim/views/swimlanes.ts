import type { SimResult } from '../simulate.ts'
import type { InvokeStartTrace } from '../trace.ts'
import { batchIdOf } from './traceIndex.ts'

export type SpanOutcome = 'success' | 'error' | 'timeout' | 'throttled' | 'rejected' | 'running'

/** One attempt drawn as a span on its lane (retries are spans, never extra nodes). */
export interface AttemptSpan {
  /** The lane: a function id, or `streamId/shardId` / a queue id for polled sources. */
  laneId: string
  functionId: string
  eventId: string
  attempt: number
  startMs: number
  /** When the handler starts (after Init / ENI attach on a cold start). */
  handlerStartMs: number
  /** End of the attempt; for a span still running at the end of the run, the run's end. */
  endMs: number
  outcome: SpanOutcome
  cold: boolean
  /** Trace seq of the entry that opened the span (stable id). */
  seq: number
}

export interface Swimlanes {
  lanes: { id: string; functionId: string }[]
  spans: AttemptSpan[]
}

/**
 * Every attempt as a span per lane, in start order. A batch invocation (polled source) is one span on its shard or
 * queue lane; the batch's first event id names it. Pure; derived from invoke.start / invoke.end / invoke.refused.
 */
export function swimlaneSpans(result: Pick<SimResult, 'trace' | 'untilMs'>): Swimlanes {
  const spans: AttemptSpan[] = []
  const open = new Map<string, AttemptSpan>()
  const laneOfEvent = new Map<string, string>()
  const lanes = new Map<string, string>()
  const key = (fnId: string, eventId: string, attempt: number) => `${fnId}\u0000${eventId}\u0000${attempt}`
  const lane = (fnId: string, eventId: string) => {
    const id = laneOfEvent.get(eventId) ?? fnId
    if (!lanes.has(id)) lanes.set(id, fnId)
    return id
  }
  const start = (e: InvokeStartTrace) => {
    const span: AttemptSpan = {
      laneId: lane(e.nodeId, e.eventId),
      functionId: e.nodeId,
      eventId: e.eventId,
      attempt: e.attempt,
      startMs: e.atMs,
      handlerStartMs: e.handlerStartMs,
      endMs: result.untilMs,
      outcome: 'running',
      cold: e.cold,
      seq: e.seq,
    }
    spans.push(span)
    open.set(key(e.nodeId, e.eventId, e.attempt), span)
  }
  for (const e of result.trace) {
    if (e.type === 'source.step') {
      // Batches run on their shard's lane (a queue's lane for SQS): the invoke names the batch id.
      const laneId = e.shardId !== null ? `${e.nodeId}/${e.shardId}` : e.nodeId
      const batchId = batchIdOf(e)
      if (batchId !== null) laneOfEvent.set(batchId, laneId)
    } else if (e.type === 'invoke.start') start(e)
    else if (e.type === 'invoke.end') {
      const k = key(e.nodeId, e.eventId, e.attempt)
      const span = open.get(k)
      if (span) {
        span.endMs = e.atMs
        span.outcome = e.result
        open.delete(k)
      }
    } else if (e.type === 'invoke.refused') {
      spans.push({
        laneId: lane(e.nodeId, e.eventId),
        functionId: e.nodeId,
        eventId: e.eventId,
        attempt: e.attempt,
        startMs: e.atMs,
        handlerStartMs: e.atMs,
        endMs: e.atMs,
        outcome: e.result,
        cold: false,
        seq: e.seq,
      })
    }
  }
  return { lanes: [...lanes].map(([id, functionId]) => ({ id, functionId })), spans }
}

/** Spans visible at tMs: started by then; a span ending later is shown as running up to tMs. */
export function spansAt(all: Swimlanes, tMs: number): AttemptSpan[] {
  const out: AttemptSpan[] = []
  for (const s of all.spans) {
    if (s.startMs > tMs) continue
    out.push(s.endMs > tMs ? { ...s, endMs: tMs, outcome: 'running' } : s)
  }
  return out
}
