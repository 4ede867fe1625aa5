/**
 * Properties over random scenarios (fast-check): determinism, conservation, attempt limits, ordered trace,
 * concurrency caps. Seeds are printed by fast-check on failure.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Fault, Scenario } from '../model/index.ts'
import { runScenario, scenarioDoc } from './testkit.ts'
import { PROPERTY_TIMEOUT_MS } from '../test/timeouts'

const sourceArb = fc.constantFrom('s3', 'sns', 'eventBridge', 'client', 'clientEvent', 'apiGateway')

const faultArb: fc.Arbitrary<Fault> = fc.oneof(
  fc.record({ kind: fc.constant('fail' as const), target: fc.constant('fn'), atMs: fc.integer({ min: 0, max: 200_000 }) }),
  fc.record({ kind: fc.constant('failAttempts' as const), target: fc.constant('fn'), fromAttempt: fc.integer({ min: 1, max: 2 }), toAttempt: fc.integer({ min: 2, max: 3 }) }),
  fc.record({ kind: fc.constant('failProbability' as const), target: fc.constant('fn'), p: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('failNext' as const), target: fc.constant('fn'), count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('timeout' as const), target: fc.constant('fn'), atMs: fc.integer({ min: 0, max: 200_000 }) }),
  fc.record({ kind: fc.constant('throttle' as const), target: fc.constant('fn'), reservedConcurrency: fc.integer({ min: 0, max: 2 }), atMs: fc.integer({ min: 0, max: 200_000 }) }),
  fc.record({ kind: fc.constant('recover' as const), target: fc.constant('fn'), atMs: fc.integer({ min: 0, max: 400_000 }) }),
  fc.record({ kind: fc.constant('duplicateDelivery' as const), target: fc.constant('fn'), count: fc.integer({ min: 1, max: 3 }) }),
)

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    era: fc.constantFrom('current' as const, '2018' as const),
    source: sourceArb,
    durationMs: fc.integer({ min: 1000, max: 5000 }),
    timeoutS: fc.integer({ min: 1, max: 10 }),
    reserved: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    maxRetry: fc.integer({ min: 0, max: 2 }),
    maxAgeMs: fc.integer({ min: 60_000, max: 900_000 }),
    dlq: fc.boolean(),
    dlqPermission: fc.constantFrom('granted' as const, 'missing' as const),
    onFailure: fc.boolean(),
    count: fc.integer({ min: 1, max: 25 }),
    everyMs: fc.integer({ min: 1, max: 20_000 }),
    retries: fc.integer({ min: 0, max: 3 }),
    faults: fc.array(faultArb, { maxLength: 4 }),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map((g) => {
    const current = g.era === 'current'
    const srcType = g.source === 'clientEvent' ? 'client' : g.source
    const srcConfig =
      srcType === 'client' ? { invocationType: g.source === 'clientEvent' ? ('Event' as const) : ('RequestResponse' as const), retry: { maxAttempts: g.retries } } : undefined
    const fnConfig = {
      durationMs: g.durationMs,
      timeoutMs: g.timeoutS * 1000,
      ...(g.reserved !== undefined ? { reservedConcurrency: g.reserved } : {}),
      ...(current ? { async: { maxRetryAttempts: g.maxRetry, maxEventAgeMs: g.maxAgeMs } } : {}),
    }
    return scenarioDoc({
      era: g.era,
      seed: g.seed,
      durationMs: 1_800_000,
      nodes: [
        { id: 'src', type: srcType, ...(srcConfig ? { config: srcConfig } : {}) } as Scenario['nodes'][number],
        { id: 'fn', type: 'lambda', config: fnConfig },
        { id: 'dlq', type: 'sqs' },
        { id: 'dest', type: 'sqs' },
      ],
      edges: [
        { from: 'src', to: 'fn' },
        ...(g.dlq ? [{ from: 'fn', to: 'dlq', role: 'dlq' as const, permission: g.dlqPermission }] : []),
        ...(g.onFailure && current ? [{ from: 'fn', to: 'dest', role: 'onFailure' as const }] : []),
      ],
      traffic: [{ source: 'src', kind: 'every', everyMs: g.everyMs, count: g.count }],
      faults: g.faults,
    })
  })

describe('engine properties', () => {
  it('determinism: same scenario + seed ⇒ byte-identical JSON', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 4_000_000 }), (s, untilMs) => {
        const a = runScenario(s, { untilMs })
        const b = runScenario(s, { untilMs })
        expect(JSON.stringify(b)).toBe(JSON.stringify(a))
      }),
      { numRuns: 60 },
    )
  }, PROPERTY_TIMEOUT_MS)

  it('seek is replay: a run to T is a prefix of the run to any later T2', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 600_000 }), fc.integer({ min: 0, max: 600_000 }), (s, a, b) => {
        const [t1, t2] = a < b ? [a, b] : [b, a]
        const short = runScenario(s, { untilMs: t1 }).trace
        const long = runScenario(s, { untilMs: t2 }).trace
        expect(JSON.stringify(long.slice(0, short.length))).toBe(JSON.stringify(short))
        expect(long.slice(short.length).every((e) => e.atMs > t1)).toBe(true)
      }),
      { numRuns: 50 },
    )
  }, PROPERTY_TIMEOUT_MS)

  it('conservation: each event has exactly one fate (or is in flight); no engine violations', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 4_000_000 }), (s, untilMs) => {
        const r = runScenario(s, { untilMs })
        expect(r.violations).toEqual([])
        const fates = new Map<string, number>()
        for (const t of r.trace) if (t.type === 'event.fate') fates.set(t.eventId, (fates.get(t.eventId) ?? 0) + 1)
        for (const ev of r.events) {
          expect(fates.get(ev.id) ?? 0).toBe(ev.fate === 'in-flight' ? 0 : 1)
          if (ev.fate !== 'in-flight') expect(ev.endedAtMs).not.toBeNull()
        }
      }),
      { numRuns: 80 },
    )
  }, PROPERTY_TIMEOUT_MS)

  it('a long enough run leaves nothing in flight (max event age 6 h bounds async)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = runScenario(s, { untilMs: 8 * 3_600_000 })
        for (const ev of r.events) expect(ev.fate, ev.id).not.toBe('in-flight')
      }),
      { numRuns: 40 },
    )
  }, PROPERTY_TIMEOUT_MS)

  it('attempts never exceed the configured limits', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = runScenario(s, { untilMs: 8 * 3_600_000 })
        const src = s.nodes[0]!
        const fn = s.nodes[1]!
        const sync = src.type === 'apiGateway' || (src.type === 'client' && src.config?.invocationType === 'RequestResponse')
        const maxRetry = fn.type === 'lambda' ? (fn.config?.async?.maxRetryAttempts ?? 2) : 2
        for (const ev of r.events) {
          const ran = ev.attempts.filter((a) => a.result === 'error' || a.result === 'timeout' || a.result === 'success').length
          if (sync) {
            const clientRetries = src.type === 'client' ? (src.config?.retry?.maxAttempts ?? 0) : 0
            expect(ev.attempts.length).toBeLessThanOrEqual(1 + clientRetries)
          } else expect(ran).toBeLessThanOrEqual(maxRetry + 1)
          expect(ev.attempts.filter((a) => a.result === 'success').length).toBeLessThanOrEqual(1)
        }
      }),
      { numRuns: 80 },
    )
  }, PROPERTY_TIMEOUT_MS)

  it('the trace is ordered, seq is its index, tokens never arrive before they leave', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = runScenario(s)
        r.trace.forEach((t, i) => {
          expect(t.seq).toBe(i)
          if (i > 0) expect(t.atMs).toBeGreaterThanOrEqual(r.trace[i - 1]!.atMs)
          if (t.type === 'hop') expect(t.arriveMs).toBeGreaterThanOrEqual(t.departMs)
        })
      }),
      { numRuns: 60 },
    )
  }, PROPERTY_TIMEOUT_MS)

  it('running invocations never exceed reserved concurrency (without throttle faults)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const fn = s.nodes[1]!
        const reserved = fn.type === 'lambda' ? fn.config?.reservedConcurrency : undefined
        fc.pre(reserved !== undefined && !s.faults.some((f) => f.kind === 'throttle'))
        const r = runScenario(s)
        let running = 0
        for (const t of r.trace) {
          if (t.type === 'invoke.start') running++
          if (t.type === 'invoke.end') running--
          expect(running).toBeLessThanOrEqual(reserved!)
        }
      }),
      { numRuns: 60 },
    )
  }, PROPERTY_TIMEOUT_MS)
})
