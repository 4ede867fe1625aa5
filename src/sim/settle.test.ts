/**
 * A run never ends in silence: by default it goes on after traffic stops (`durationMs`) until every event has a fate
 * (at most SETTLE_LIMIT_MS); a capped run says what it left pending (sim/views pendingAtEnd).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveScenario, type Scenario } from '../model/index.ts'
import { simulate, SETTLE_LIMIT_MS } from './simulate.ts'
import { scenarioDoc, type ScenarioInput } from './testkit.ts'
import { pendingAtEnd } from './views/pendingAtEnd.ts'
import { PROPERTY_TIMEOUT_MS } from '../test/timeouts'

/** What a newcomer builds: S3 → function → DLQ, "fail always", one upload, the app's default one-minute run. */
const s3Dlq = (extra: Partial<ScenarioInput> = {}): Scenario =>
  scenarioDoc({
    durationMs: 60_000,
    nodes: [
      { id: 's3', type: 's3' },
      { id: 'fn', type: 'lambda' },
      { id: 'dlq', type: 'sqs' },
    ],
    edges: [
      { from: 's3', to: 'fn' },
      { from: 'fn', to: 'dlq', role: 'dlq' },
    ],
    traffic: [{ source: 's3', kind: 'once', atMs: 1000 }],
    faults: [{ kind: 'fail', target: 'fn' }],
    ...extra,
  })

const run = (doc: Scenario, untilMs?: number) =>
  simulate(resolveScenario(doc), untilMs === undefined ? {} : { untilMs })

describe('settling runs', () => {
  it('G1/G2 (§2.1): with the defaults the failing async event reaches the DLQ after two retries (1 min, then 2 min)', () => {
    const r = run(s3Dlq())
    expect(r.end).toEqual({ kind: 'settled', trafficEndMs: 60_000, openEvents: 0, nextTimerMs: null })
    expect(r.events[0]).toMatchObject({ fate: 'dead-lettered' })
    expect(r.events[0]!.attempts).toHaveLength(3)
    const toDlq = r.trace.find((e) => e.type === 'hop' && e.toNodeId === 'dlq')
    expect(toDlq).toBeDefined()
    // The run ends when the message lands in the DLQ (not at the fate, which is written as it leaves).
    expect(r.untilMs).toBe(toDlq!.type === 'hop' ? toDlq!.arriveMs : -1)
    expect(r.untilMs).toBeGreaterThan(180_000)
    expect(pendingAtEnd(r)).toEqual({ code: 'none', endMs: r.untilMs })
  })

  it('a capped run says what is pending: the retry it cut off, and when', () => {
    const r = run(s3Dlq(), 60_000)
    expect(r.untilMs).toBe(60_000)
    expect(r.end).toMatchObject({ kind: 'capped', openEvents: 1 })
    const retry = r.trace.find((e) => e.type === 'retry.scheduled')
    expect(pendingAtEnd(r)).toEqual({
      code: 'retry',
      endMs: 60_000,
      limited: false,
      count: 1,
      openEvents: 1,
      atMs: retry?.type === 'retry.scheduled' ? retry.nextAtMs : -1,
    })
  })

  it('the scenario can cap itself (runLimitMs); --until overrides it', () => {
    const doc = { ...s3Dlq(), runLimitMs: 90_000 }
    expect(run(doc).untilMs).toBe(90_000)
    expect(run(doc).end.kind).toBe('capped')
    expect(run(doc, 30_000).untilMs).toBe(30_000)
  })

  it('a run that settles before traffic stops still lasts durationMs, like a capped one', () => {
    const doc = s3Dlq({ faults: [], durationMs: 120_000 })
    const settled = run(doc)
    expect(settled.untilMs).toBe(120_000)
    expect(settled.end.kind).toBe('settled')
    expect(JSON.stringify({ ...settled, end: null })).toBe(JSON.stringify({ ...run(doc, 120_000), end: null }))
  })

  it('a consumer that never comes leaves its events stuck; the run ends when nothing is left to happen', () => {
    // A stream with no mapping: its records wait for a reader (none), retention is not modelled as a timer here.
    const r = run(
      scenarioDoc({
        durationMs: 10_000,
        nodes: [{ id: 'k', type: 'kinesis' }],
        edges: [],
        traffic: [{ source: 'k', kind: 'once', atMs: 0 }],
      }),
    )
    expect(r.untilMs).toBeLessThanOrEqual(SETTLE_LIMIT_MS)
    expect(['none', 'stuck', 'inFlight']).toContain(pendingAtEnd(r).code)
  })

  it(
    'property: settling is deterministic and equals a run capped at the settled end (trace and metrics)',
    () => {
      fc.assert(
        fc.property(
          fc.record({
            count: fc.integer({ min: 1, max: 6 }),
            everyMs: fc.integer({ min: 1000, max: 40_000 }),
            maxRetry: fc.integer({ min: 0, max: 2 }),
            fail: fc.boolean(),
            throttled: fc.boolean(),
            durationMs: fc.integer({ min: 1000, max: 120_000 }),
          }),
          ({ count, everyMs, maxRetry, fail, throttled, durationMs }) => {
            const doc = s3Dlq({
              durationMs,
              nodes: [
                { id: 's3', type: 's3' },
                {
                  id: 'fn',
                  type: 'lambda',
                  config: {
                    async: { maxRetryAttempts: maxRetry },
                    ...(throttled ? { durationMs: 60_000, timeoutMs: 900_000 } : {}),
                  },
                },
                { id: 'dlq', type: 'sqs' },
              ],
              traffic: [{ source: 's3', kind: 'every', everyMs, count, startMs: 0 }],
              // One slow environment (reserved 1) throttles the rest: they back off up to 5 min for hours (§2.2), so
              // the
              // metrics' buckets coarsen on the way; the capped run must bucket the same.
              faults: [
                ...(fail ? [{ kind: 'fail' as const, target: 'fn' }] : []),
                ...(throttled ? [{ kind: 'throttle' as const, target: 'fn', reservedConcurrency: 1 }] : []),
              ],
            })
            const a = run(doc)
            const b = run(doc)
            expect(JSON.stringify(a)).toBe(JSON.stringify(b))
            expect(a.end.openEvents).toBe(0)
            expect(a.untilMs).toBeGreaterThanOrEqual(durationMs)
            const capped = run(doc, a.untilMs)
            expect(JSON.stringify(capped.trace)).toBe(JSON.stringify(a.trace))
            expect(capped.metrics).toEqual(a.metrics)
          },
        ),
        { numRuns: 40 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
