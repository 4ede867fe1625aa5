import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { REASON_REF } from './reasons.ts'
import type { TraceEvent } from './trace.ts'
import { TraceStore } from './traceStore.ts'
import { PROPERTY_TIMEOUT_MS } from '../test/timeouts'

describe('TraceStore', () => {
  it('round-trips every typed writer and boxed entries, across chunk boundaries', () => {
    const t = new TraceStore()
    for (let k = 0; k < 300; k++) t.fate(k, 'async.succeeded', `e${k}`, 'fn', 'succeeded') // spill the first 256-entry chunk
    t.hop(500, 'trigger.push', 'e1', 's3->fn', 's3', 'fn', 500, 550, 'event')
    t.created(501, 'traffic.emitted', 'e2', 's3', 'traffic-1')
    t.accepted(502, 'e2', 'fn')
    t.start(503, 'invoke.cold', 'e2', 'fn', 1, 'fn#1', 'req-e2', true, 753)
    t.end(
      853,
      'invoke.timeout',
      'e2',
      'fn',
      1,
      'fn#1',
      'timeout',
      'Sandbox.Timedout',
      'Task timed out after 3.00 seconds',
    )
    t.refused(
      900,
      'throttle.reserved',
      'e3',
      'fn',
      2,
      'throttled',
      429,
      'TooManyRequestsException',
      'ReservedFunctionConcurrentInvocationLimitExceeded',
    )
    t.retry(901, 'async.retryAfterError', 'e2', 'fn', 2, 60_901)
    t.env(902, 'env.reclaimed', 'env.reclaimed', 'fn', 'fn#1')
    t.state(903, 'vpc.pending', 'fn', 'Pending')
    t.push({
      seq: t.length,
      atMs: 904,
      type: 'source.step',
      reason: 'esm.poll',
      ref: '§3.1',
      nodeId: 'k',
      edgeId: null,
      shardId: 'shard-0',
      eventIds: [],
      detail: null,
    })
    const all = t.toArray()
    expect(all).toHaveLength(310)
    all.forEach((e, i) => expect(e.seq).toBe(i))
    expect(all[299]).toMatchObject({ type: 'event.fate', eventId: 'e299', fate: 'succeeded', ref: '§2.2' })
    expect(all.slice(300)).toEqual([
      {
        seq: 300,
        atMs: 500,
        type: 'hop',
        reason: 'trigger.push',
        ref: '§1.2',
        eventId: 'e1',
        edgeId: 's3->fn',
        fromNodeId: 's3',
        toNodeId: 'fn',
        departMs: 500,
        arriveMs: 550,
        token: 'event',
      },
      {
        seq: 301,
        atMs: 501,
        type: 'event.created',
        reason: 'traffic.emitted',
        ref: '§1.2',
        eventId: 'e2',
        nodeId: 's3',
        origin: 'traffic-1',
      },
      {
        seq: 302,
        atMs: 502,
        type: 'invoke.accepted',
        reason: 'async.accepted',
        ref: '§2.1',
        eventId: 'e2',
        nodeId: 'fn',
        statusCode: 202,
      },
      {
        seq: 303,
        atMs: 503,
        type: 'invoke.start',
        reason: 'invoke.cold',
        ref: '§7.1',
        eventId: 'e2',
        nodeId: 'fn',
        attempt: 1,
        envId: 'fn#1',
        requestId: 'req-e2',
        cold: true,
        handlerStartMs: 753,
      },
      {
        seq: 304,
        atMs: 853,
        type: 'invoke.end',
        reason: 'invoke.timeout',
        ref: '§6',
        eventId: 'e2',
        nodeId: 'fn',
        attempt: 1,
        envId: 'fn#1',
        result: 'timeout',
        errorType: 'Sandbox.Timedout',
        errorMessage: 'Task timed out after 3.00 seconds',
      },
      {
        seq: 305,
        atMs: 900,
        type: 'invoke.refused',
        reason: 'throttle.reserved',
        ref: '§5.3',
        eventId: 'e3',
        nodeId: 'fn',
        attempt: 2,
        result: 'throttled',
        statusCode: 429,
        errorType: 'TooManyRequestsException',
        throttleReason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
      },
      {
        seq: 306,
        atMs: 901,
        type: 'retry.scheduled',
        reason: 'async.retryAfterError',
        ref: '§2.1',
        eventId: 'e2',
        nodeId: 'fn',
        nextAttempt: 2,
        nextAtMs: 60_901,
      },
      { seq: 307, atMs: 902, type: 'env.reclaimed', reason: 'env.reclaimed', ref: '§7.1', nodeId: 'fn', envId: 'fn#1' },
      {
        seq: 308,
        atMs: 903,
        type: 'function.state',
        reason: 'vpc.pending',
        ref: '§7.3',
        nodeId: 'fn',
        state: 'Pending',
      },
      {
        seq: 309,
        atMs: 904,
        type: 'source.step',
        reason: 'esm.poll',
        ref: '§3.1',
        nodeId: 'k',
        edgeId: null,
        shardId: 'shard-0',
        eventIds: [],
        detail: null,
      },
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

describe('TraceStore (property)', () => {
  // Every writer with arbitrary values, times that mostly move forward but may jump past 2^32 ms or step back, and
  // more places than the header holds: each entry reads back exactly as written, by index, in order and by time.
  const name = fc.oneof(fc.constantFrom('fn', 's3', 'fn#1', 'e5', ''), fc.string({ maxLength: 6 }))
  const entry = fc.record({
    kind: fc.constantFrom(
      'hop',
      'created',
      'accepted',
      'start',
      'end',
      'refused',
      'retry',
      'env',
      'state',
      'fate',
      'boxed',
    ),
    dt: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5000 }), fc.constant(2 ** 32 + 7), fc.constant(-3)),
    event: fc.oneof(
      fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((n) => `e${n}`),
      fc.constantFrom('esm-1-b2', 'e01'),
    ),
    place: fc.oneof(
      name,
      fc.integer({ min: 0, max: 20_000 }).map((n) => `node-${n}`),
    ),
    a: name,
    b: fc.option(name),
    n: fc.integer({ min: 0, max: 1_000_000 }),
    d: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3_600_000 })),
    flag: fc.boolean(),
  })
  it(
    'reads back every entry as written',
    () => {
      fc.assert(
        fc.property(fc.array(entry, { maxLength: 400 }), fc.boolean(), (entries, manyPlaces) => {
          const t = new TraceStore()
          // A store that already holds more than 16,383 places writes the later ones with an escape word.
          if (manyPlaces) for (let i = 0; i < 16_400; i++) t.state(0, 'vpc.pending', `p${i}`, 'Active')
          const skip = t.length
          const expected: TraceEvent[] = []
          let at = 1000
          for (const e of entries) {
            at = Math.max(0, at + e.dt)
            const seq = t.length
            const base = { seq, atMs: at }
            switch (e.kind) {
              case 'hop':
                t.hop(
                  at,
                  'trigger.push',
                  e.event,
                  e.place,
                  e.a,
                  e.b ?? 'x',
                  at + (e.flag ? e.d : 0),
                  at + e.d,
                  'message',
                )
                expected.push({
                  ...base,
                  type: 'hop',
                  reason: 'trigger.push',
                  ref: REASON_REF['trigger.push'],
                  eventId: e.event,
                  edgeId: e.place,
                  fromNodeId: e.a,
                  toNodeId: e.b ?? 'x',
                  departMs: at + (e.flag ? e.d : 0),
                  arriveMs: at + e.d,
                  token: 'message',
                })
                break
              case 'created':
                t.created(at, 'traffic.emitted', e.event, e.place, e.a)
                expected.push({
                  ...base,
                  type: 'event.created',
                  reason: 'traffic.emitted',
                  ref: REASON_REF['traffic.emitted'],
                  eventId: e.event,
                  nodeId: e.place,
                  origin: e.a,
                })
                break
              case 'accepted':
                t.accepted(at, e.event, e.place)
                expected.push({
                  ...base,
                  type: 'invoke.accepted',
                  reason: 'async.accepted',
                  ref: REASON_REF['async.accepted'],
                  eventId: e.event,
                  nodeId: e.place,
                  statusCode: 202,
                })
                break
              case 'start': {
                const requestId = e.b === null ? `req-${e.event}` : e.b
                // a cold start with an ENI attach (2018 VPC) for some: it ends before the handler starts
                const eniEndMs = e.flag && e.n % 2 === 0 ? at + Math.floor(e.d / 2) : at
                t.start(at, 'invoke.cold', e.event, e.place, e.n, e.a, requestId, e.flag, at + e.d, eniEndMs)
                const started: TraceEvent = {
                  ...base,
                  type: 'invoke.start',
                  reason: 'invoke.cold',
                  ref: REASON_REF['invoke.cold'],
                  eventId: e.event,
                  nodeId: e.place,
                  attempt: e.n,
                  envId: e.a,
                  requestId,
                  cold: e.flag,
                  handlerStartMs: at + e.d,
                }
                if (eniEndMs !== at) started.eniEndMs = eniEndMs
                expected.push(started)
                break
              }
              case 'end': {
                const errorType = e.flag ? e.a : null
                t.end(
                  at,
                  'invoke.functionError',
                  e.event,
                  e.place,
                  e.n,
                  e.a,
                  e.flag ? 'error' : 'success',
                  errorType,
                  e.b,
                )
                expected.push({
                  ...base,
                  type: 'invoke.end',
                  reason: 'invoke.functionError',
                  ref: REASON_REF['invoke.functionError'],
                  eventId: e.event,
                  nodeId: e.place,
                  attempt: e.n,
                  envId: e.a,
                  result: e.flag ? 'error' : 'success',
                  errorType,
                  errorMessage: e.b,
                })
                break
              }
              case 'refused':
                t.refused(
                  at,
                  'throttle.reserved',
                  e.event,
                  e.place,
                  e.n,
                  e.flag ? 'rejected' : 'throttled',
                  429,
                  e.a,
                  e.b,
                )
                expected.push({
                  ...base,
                  type: 'invoke.refused',
                  reason: 'throttle.reserved',
                  ref: REASON_REF['throttle.reserved'],
                  eventId: e.event,
                  nodeId: e.place,
                  attempt: e.n,
                  result: e.flag ? 'rejected' : 'throttled',
                  statusCode: 429,
                  errorType: e.a,
                  throttleReason: e.b,
                })
                break
              case 'retry':
                t.retry(at, 'async.retryAfterError', e.event, e.place, e.n, at + e.d)
                expected.push({
                  ...base,
                  type: 'retry.scheduled',
                  reason: 'async.retryAfterError',
                  ref: REASON_REF['async.retryAfterError'],
                  eventId: e.event,
                  nodeId: e.place,
                  nextAttempt: e.n,
                  nextAtMs: at + e.d,
                })
                break
              case 'env':
                t.env(at, 'env.reclaimed', 'env.reset', e.place, e.a)
                expected.push({
                  ...base,
                  type: 'env.reset',
                  reason: 'env.reclaimed',
                  ref: REASON_REF['env.reclaimed'],
                  nodeId: e.place,
                  envId: e.a,
                })
                break
              case 'state':
                t.state(at, 'vpc.pending', e.place, 'Inactive')
                expected.push({
                  ...base,
                  type: 'function.state',
                  reason: 'vpc.pending',
                  ref: REASON_REF['vpc.pending'],
                  nodeId: e.place,
                  state: 'Inactive',
                })
                break
              case 'fate':
                t.fate(at, 'async.succeeded', e.event, e.place, 'expired')
                expected.push({
                  ...base,
                  type: 'event.fate',
                  reason: 'async.succeeded',
                  ref: REASON_REF['async.succeeded'],
                  eventId: e.event,
                  nodeId: e.place,
                  fate: 'expired',
                })
                break
              default: {
                const ev: TraceEvent = {
                  ...base,
                  type: 'source.step',
                  reason: 'esm.poll',
                  ref: REASON_REF['esm.poll'],
                  nodeId: e.place,
                  edgeId: null,
                  shardId: null,
                  eventIds: [e.event],
                  detail: null,
                }
                t.push(ev)
                expected.push(ev)
              }
            }
          }
          expect(t.length).toBe(skip + expected.length)
          expect(t.toArray().slice(skip)).toEqual(expected)
          expected.forEach((e, i) => {
            expect(t.get(skip + i)).toEqual(e)
            expect(t.atMsOf(skip + i)).toBe(e.atMs)
          })
        }),
        { numRuns: 60 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
