/**
 * Properties of the polled sources over random scenarios (fast-check): per-lane order, a blocked shard never
 * advances, retention, attempt limits, conservation, determinism (§3, §4).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HOUR_MS } from '../../model/common.ts'
import type { SimResult } from '../simulate.ts'
import { streamArb, type StreamGen } from '../../test/scenarioArbitraries.ts'
import { ofType, runScenario, scenarioDoc } from '../testkit.ts'
import { laneOf, shardOf } from './hash.ts'
import { POLL_HOP_MS } from './pollTiming.ts'

const laneKey = (key: string, g: StreamGen) => `${shardOf(key, g.shards)}/${laneOf(key, g.shards, g.pf)}`
const endOf = (r: SimResult) => new Map(r.events.map((e) => [e.id, e.endedAtMs ?? Number.POSITIVE_INFINITY]))

function checkConservation(r: SimResult): void {
  expect(r.violations).toEqual([])
  const fates = new Map<string, number>()
  for (const f of ofType(r.trace, 'event.fate')) fates.set(f.eventId, (fates.get(f.eventId) ?? 0) + 1)
  for (const e of r.events) expect(fates.get(e.id) ?? 0).toBe(e.fate === 'in-flight' ? 0 : 1)
  // Ordered trace: seq = index, entries at non-decreasing times.
  r.trace.forEach((t, i) => {
    expect(t.seq).toBe(i)
    if (i > 0) expect(t.atMs).toBeGreaterThanOrEqual(r.trace[i - 1]!.atMs)
  })
}

describe('stream properties (§3)', () => {
  it('per-lane order, a blocked lane never advances, attempt limits, conservation', () => {
    fc.assert(
      fc.property(streamArb(600_000), (g) => {
        const r = runScenario(g.scenario)
        checkConservation(r)
        const byId = new Map(r.events.map((e) => [e.id, e]))
        const ended = endOf(r)
        // Fates come in sequence order within a lane; nothing after an unfinished record has a fate.
        const lanes = new Map<string, string[]>()
        for (const e of r.events) {
          const k = laneKey(e.key!, g)
          const l = lanes.get(k)
          if (l) l.push(e.id)
          else lanes.set(k, [e.id])
        }
        for (const ids of lanes.values())
          for (let i = 1; i < ids.length; i++)
            expect(ended.get(ids[i]!)!).toBeGreaterThanOrEqual(ended.get(ids[i - 1]!)!)
        // A batch starts only when every earlier record of its lane has its fate, and is contiguous.
        for (const s of ofType(r.trace, 'source.step')) {
          if (s.reason !== 'esm.batch' && s.reason !== 'esm.retryBatch') continue
          const first = byId.get(s.eventIds[0]!)!
          const ids = lanes.get(laneKey(first.key!, g))!
          const at = ids.indexOf(first.id)
          for (let i = 0; i < at; i++) expect(ended.get(ids[i]!)!).toBeLessThanOrEqual(s.atMs)
          expect(ids.slice(at, at + s.eventIds.length)).toEqual(s.eventIds)
        }
        // Function errors never exceed maxRetryAttempts + 1 per record (bisect splits are free, so not checked there).
        if (g.maxRetry >= 0 && !g.bisect)
          for (const e of r.events)
            expect(e.attempts.filter((a) => a.result === 'error' || a.result === 'timeout').length).toBeLessThanOrEqual(
              g.maxRetry + 1,
            )
      }),
      { numRuns: 60 },
    )
  }, 120_000)

  it('no record outlives its retention (24 h; a batch already running may finish)', () => {
    fc.assert(
      fc.property(streamArb(25 * HOUR_MS), (g) => {
        const r = runScenario(g.scenario)
        checkConservation(r)
        const slack = g.retentionMs + g.timeoutMs + POLL_HOP_MS + 1000
        for (const e of r.events) expect((e.endedAtMs ?? r.untilMs) - e.createdMs).toBeLessThanOrEqual(slack)
      }),
      { numRuns: 12 },
    )
  }, 120_000)

  it('determinism: same scenario + seed ⇒ byte-identical trace JSON; a shorter run is a prefix', () => {
    fc.assert(
      fc.property(streamArb(300_000), fc.integer({ min: 0, max: 400_000 }), (g, untilMs) => {
        const a = runScenario(g.scenario, { untilMs })
        expect(JSON.stringify(runScenario(g.scenario, { untilMs }))).toBe(JSON.stringify(a))
        // Seek is replay: a run to untilMs is a prefix of the whole run.
        const whole = runScenario(g.scenario, { untilMs: untilMs + 100_000 }).trace
        expect(JSON.stringify(whole.slice(0, a.trace.length))).toBe(JSON.stringify(a.trace))
      }),
      { numRuns: 25 },
    )
  }, 120_000)
})

const sqsArb = fc
  .record({
    era: fc.constantFrom('current' as const, '2018' as const),
    fifo: fc.boolean(),
    visibilityS: fc.integer({ min: 5, max: 120 }),
    batchSize: fc.integer({ min: 1, max: 10 }),
    maxReceiveCount: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    partial: fc.boolean(),
    reserved: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    count: fc.integer({ min: 1, max: 60 }),
    everyMs: fc.integer({ min: 1, max: 5000 }),
    fnMs: fc.integer({ min: 1, max: 4000 }),
    faults: fc.array(
      fc.oneof(
        fc.record({
          kind: fc.constant('poisonRecord' as const),
          target: fc.constant('src'),
          index: fc.integer({ min: 0, max: 30 }),
          response: fc.constantFrom('throw' as const, 'reportItemFailure' as const),
        }),
        fc.record({
          kind: fc.constant('failProbability' as const),
          target: fc.constant('fn'),
          p: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        fc.record({
          kind: fc.constant('throttle' as const),
          target: fc.constant('fn'),
          reservedConcurrency: fc.integer({ min: 0, max: 2 }),
          atMs: fc.integer({ min: 0, max: 60_000 }),
        }),
        fc.record({
          kind: fc.constant('revokePermission' as const),
          target: fc.constant('esm'),
          permission: fc.constant('queueRead' as const),
          atMs: fc.integer({ min: 0, max: 60_000 }),
        }),
        fc.record({
          kind: fc.constant('recover' as const),
          target: fc.constantFrom('fn', 'src', 'esm'),
          atMs: fc.integer({ min: 0, max: 300_000 }),
        }),
      ),
      { maxLength: 4 },
    ),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map((g) => {
    const current = g.era === 'current'
    return {
      visibilityMs: g.visibilityS * 1000,
      maxReceiveCount: g.maxReceiveCount,
      fifo: g.fifo,
      scenario: scenarioDoc({
        era: g.era,
        seed: g.seed,
        durationMs: 900_000,
        nodes: [
          {
            id: 'src',
            type: 'sqs',
            config: { fifo: g.fifo, visibilityTimeoutMs: g.visibilityS * 1000, messageRetentionMs: 600_000 },
          },
          {
            id: 'fn',
            type: 'lambda',
            config: {
              durationMs: g.fnMs,
              timeoutMs: 5000,
              ...(g.reserved !== undefined ? { reservedConcurrency: g.reserved } : {}),
            },
          },
          { id: 'dlq', type: 'sqs', config: { fifo: g.fifo } }, // §16: a redrive DLQ is of its source's kind
        ],
        edges: [
          {
            id: 'esm',
            from: 'src',
            to: 'fn',
            config: { batchSize: g.batchSize, ...(current ? { reportBatchItemFailures: g.partial } : {}) },
          },
          ...(g.maxReceiveCount !== undefined
            ? [{ from: 'src', to: 'dlq', role: 'dlq' as const, config: { maxReceiveCount: g.maxReceiveCount } }]
            : []),
        ],
        traffic: [
          { source: 'src', kind: 'every', everyMs: g.everyMs, count: g.count, partitionKeys: ['g1', 'g2', 'g3'] },
        ],
        faults: g.faults,
      }),
    }
  })

describe('SQS properties (§4)', () => {
  it('conservation, receives ≤ maxReceiveCount, retention, FIFO order per group, determinism', () => {
    fc.assert(
      fc.property(sqsArb, (g) => {
        const r = runScenario(g.scenario)
        checkConservation(r)
        expect(JSON.stringify(runScenario(g.scenario))).toBe(JSON.stringify(r))
        const half = runScenario(g.scenario, { untilMs: 300_000 }).trace
        expect(JSON.stringify(r.trace.slice(0, half.length))).toBe(JSON.stringify(half))
        for (const e of r.events) {
          if (g.maxReceiveCount !== undefined) expect(e.attempts.length).toBeLessThanOrEqual(g.maxReceiveCount)
          // Retention; a hidden message is dropped when it would reappear.
          expect((e.endedAtMs ?? r.untilMs) - e.createdMs).toBeLessThanOrEqual(
            600_000 + Math.max(g.visibilityMs, 5000 + POLL_HOP_MS),
          )
          if (e.fate === 'dead-lettered') expect(e.deliveredTo).toEqual(['dlq'])
        }
        if (g.fifo)
          for (const grp of ['g1', 'g2', 'g3']) {
            const done = r.events
              .filter((e) => e.key === grp && e.fate === 'succeeded')
              .map((e) => e.attempts.at(-1)!.startMs)
            expect([...done].sort((a, b) => a - b)).toEqual(done)
          }
      }),
      { numRuns: 60 },
    )
  }, 120_000)
})
