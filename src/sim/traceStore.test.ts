import { describe, expect, it } from 'vitest'
import { TraceStore } from './traceStore.ts'

describe('TraceStore', () => {
  it('round-trips every typed writer and boxed entries, across chunk boundaries', () => {
    const t = new TraceStore()
    for (let k = 0; k < 300; k++) t.fate(k, 'async.succeeded', `e${k}`, 'fn', 'succeeded') // spill the first 256-entry chunk
    t.hop(500, 'trigger.push', 'e1', 's3->fn', 's3', 'fn', 500, 550, 'event')
    t.created(501, 'traffic.emitted', 'e2', 's3', 'traffic-1')
    t.accepted(502, 'e2', 'fn')
    t.start(503, 'invoke.cold', 'e2', 'fn', 1, 'fn#1', 'req-e2', true, 753)
    t.end(853, 'invoke.timeout', 'e2', 'fn', 1, 'fn#1', 'timeout', 'Sandbox.Timedout', 'Task timed out after 3.00 seconds')
    t.refused(900, 'throttle.reserved', 'e3', 'fn', 2, 'throttled', 429, 'TooManyRequestsException', 'ReservedFunctionConcurrentInvocationLimitExceeded')
    t.retry(901, 'async.retryAfterError', 'e2', 'fn', 2, 60_901)
    t.env(902, 'env.reclaimed', 'env.reclaimed', 'fn', 'fn#1')
    t.state(903, 'vpc.pending', 'fn', 'Pending')
    t.push({ seq: t.length, atMs: 904, type: 'source.step', reason: 'esm.poll', ref: '§3.1', nodeId: 'k', edgeId: null, shardId: 'shard-0', eventIds: [], detail: null })
    const all = t.toArray()
    expect(all).toHaveLength(310)
    all.forEach((e, i) => expect(e.seq).toBe(i))
    expect(all[299]).toMatchObject({ type: 'event.fate', eventId: 'e299', fate: 'succeeded', ref: '§2.2' })
    expect(all.slice(300)).toEqual([
      { seq: 300, atMs: 500, type: 'hop', reason: 'trigger.push', ref: '§1.2', eventId: 'e1', edgeId: 's3->fn', fromNodeId: 's3', toNodeId: 'fn', departMs: 500, arriveMs: 550, token: 'event' },
      { seq: 301, atMs: 501, type: 'event.created', reason: 'traffic.emitted', ref: '§1.2', eventId: 'e2', nodeId: 's3', origin: 'traffic-1' },
      { seq: 302, atMs: 502, type: 'invoke.accepted', reason: 'async.accepted', ref: '§2.1', eventId: 'e2', nodeId: 'fn', statusCode: 202 },
      { seq: 303, atMs: 503, type: 'invoke.start', reason: 'invoke.cold', ref: '§7.1', eventId: 'e2', nodeId: 'fn', attempt: 1, envId: 'fn#1', requestId: 'req-e2', cold: true, handlerStartMs: 753 },
      { seq: 304, atMs: 853, type: 'invoke.end', reason: 'invoke.timeout', ref: '§6', eventId: 'e2', nodeId: 'fn', attempt: 1, envId: 'fn#1', result: 'timeout', errorType: 'Sandbox.Timedout', errorMessage: 'Task timed out after 3.00 seconds' },
      { seq: 305, atMs: 900, type: 'invoke.refused', reason: 'throttle.reserved', ref: '§5.3', eventId: 'e3', nodeId: 'fn', attempt: 2, result: 'throttled', statusCode: 429, errorType: 'TooManyRequestsException', throttleReason: 'ReservedFunctionConcurrentInvocationLimitExceeded' },
      { seq: 306, atMs: 901, type: 'retry.scheduled', reason: 'async.retryAfterError', ref: '§2.1', eventId: 'e2', nodeId: 'fn', nextAttempt: 2, nextAtMs: 60_901 },
      { seq: 307, atMs: 902, type: 'env.reclaimed', reason: 'env.reclaimed', ref: '§7.1', nodeId: 'fn', envId: 'fn#1' },
      { seq: 308, atMs: 903, type: 'function.state', reason: 'vpc.pending', ref: '§7.3', nodeId: 'fn', state: 'Pending' },
      { seq: 309, atMs: 904, type: 'source.step', reason: 'esm.poll', ref: '§3.1', nodeId: 'k', edgeId: null, shardId: 'shard-0', eventIds: [], detail: null },
    ])
    expect(t.atMsOf(303)).toBe(503)
    // Event ids other than canonical ledger ids (batch ids, leading zeros) and request ids not derived from them.
    t.start(905, 'invoke.warm', 'esm-1-b7', 'fn', 1, 'fn#1', 'esm-1-b7-req', false, 905)
    t.start(906, 'invoke.warm', 'e007', 'fn', 1, 'fn#1', 'req-e007-2', false, 906)
    t.fate(907, 'async.succeeded', 'e0', 'fn', 'succeeded')
    t.env(908, 'env.reclaimed', 'env.reclaimed', '', '')
    expect(t.get(310)).toMatchObject({ eventId: 'esm-1-b7', requestId: 'esm-1-b7-req' })
    expect(t.get(311)).toMatchObject({ eventId: 'e007', requestId: 'req-e007-2' })
    expect(t.get(312)).toMatchObject({ eventId: 'e0' })
    expect(t.get(313)).toMatchObject({ nodeId: '', envId: '' })
    expect(t.get(5)).toEqual(all[5])
  })
})
