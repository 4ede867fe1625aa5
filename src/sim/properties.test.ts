/**
 * Properties over random scenarios (fast-check): determinism, conservation, attempt limits, ordered trace,
 * concurrency caps. Seeds are printed by fast-check on failure.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pushScenarioArb as scenarioArb } from '../test/scenarioArbitraries.ts'
import { runScenario } from './testkit.ts'
import { PROPERTY_TIMEOUT_MS } from '../test/timeouts'

describe('engine properties', () => {
  it(
    'determinism: same scenario + seed ⇒ byte-identical JSON',
    () => {
      fc.assert(
        fc.property(scenarioArb, fc.integer({ min: 0, max: 4_000_000 }), (s, untilMs) => {
          const a = runScenario(s, { untilMs })
          const b = runScenario(s, { untilMs })
          expect(JSON.stringify(b)).toBe(JSON.stringify(a))
        }),
        { numRuns: 60 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'seek is replay: a run to T is a prefix of the run to any later T2',
    () => {
      fc.assert(
        fc.property(
          scenarioArb,
          fc.integer({ min: 0, max: 600_000 }),
          fc.integer({ min: 0, max: 600_000 }),
          (s, a, b) => {
            const [t1, t2] = a < b ? [a, b] : [b, a]
            const short = runScenario(s, { untilMs: t1 }).trace
            const long = runScenario(s, { untilMs: t2 }).trace
            expect(JSON.stringify(long.slice(0, short.length))).toBe(JSON.stringify(short))
            expect(long.slice(short.length).every((e) => e.atMs > t1)).toBe(true)
          },
        ),
        { numRuns: 50 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'conservation: each event has exactly one fate (or is in flight); no engine violations',
    () => {
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
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'a long enough run leaves nothing in flight (max event age 6 h bounds async)',
    () => {
      fc.assert(
        fc.property(scenarioArb, (s) => {
          const r = runScenario(s, { untilMs: 8 * 3_600_000 })
          for (const ev of r.events) expect(ev.fate, ev.id).not.toBe('in-flight')
        }),
        { numRuns: 40 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'attempts never exceed the configured limits',
    () => {
      fc.assert(
        fc.property(scenarioArb, (s) => {
          const r = runScenario(s, { untilMs: 8 * 3_600_000 })
          const src = s.nodes[0]!
          const fn = s.nodes[1]!
          const sync =
            src.type === 'apiGateway' || (src.type === 'client' && src.config?.invocationType === 'RequestResponse')
          const maxRetry = fn.type === 'lambda' ? (fn.config?.async?.maxRetryAttempts ?? 2) : 2
          for (const ev of r.events) {
            const ran = ev.attempts.filter(
              (a) => a.result === 'error' || a.result === 'timeout' || a.result === 'success',
            ).length
            if (sync) {
              const clientRetries = src.type === 'client' ? (src.config?.retry?.maxAttempts ?? 0) : 0
              expect(ev.attempts.length).toBeLessThanOrEqual(1 + clientRetries)
            } else expect(ran).toBeLessThanOrEqual(maxRetry + 1)
            expect(ev.attempts.filter((a) => a.result === 'success').length).toBeLessThanOrEqual(1)
          }
        }),
        { numRuns: 80 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'the trace is ordered, seq is its index, tokens never arrive before they leave',
    () => {
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
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'running invocations never exceed reserved concurrency (without throttle faults)',
    () => {
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
    },
    PROPERTY_TIMEOUT_MS,
  )
})
