/**
 * Budgets (issue #13): a small document asking for a million events stops at its budget with a reason, keeping what it
 * simulated; any accepted document simulates within its budget without throwing (fast-check).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseScenario, resolveScenario, type Scenario } from '../model/index.ts'
import { simulate } from './simulate.ts'
import { runScenario, scenarioDoc } from './testkit.ts'

const burst = (count: number, source = 'client') =>
  scenarioDoc({
    durationMs: 60_000,
    nodes: [
      { id: 'src', type: source } as Scenario['nodes'][number],
      { id: 'fn', type: 'lambda', config: { durationMs: 100 } },
    ],
    edges: [{ from: 'src', to: 'fn' }],
    traffic: [{ source: 'src', kind: 'once', atMs: 0, count }],
  })

describe('run budget', () => {
  it('stops a 1,000,000-event burst at its event budget, keeping the part simulated', () => {
    const r = runScenario(burst(1_000_000), { budget: { maxEvents: 5_000 } })
    expect(r.stopped).toEqual({ reason: 'maxEvents', limit: 5_000, atMs: 0 })
    expect(r.events.length).toBe(5_000)
    expect(r.untilMs).toBe(0)
    expect(r.traceStore.length).toBeGreaterThan(5_000)
    expect(r.violations).toEqual([])
  })

  it('stops at the trace budget; what it kept is exactly the start of the full run', () => {
    const doc = burst(200)
    const full = runScenario(doc)
    expect(full.stopped).toBeNull()
    const cut = runScenario(doc, { budget: { maxTraceEntries: 300 } })
    expect(cut.stopped).toMatchObject({ reason: 'maxTraceEntries', limit: 300 })
    expect(cut.traceStore.length).toBeGreaterThanOrEqual(300)
    expect(JSON.stringify(cut.trace)).toBe(JSON.stringify(full.trace.slice(0, cut.traceStore.length)))
    expect(cut.untilMs).toBe(cut.stopped!.atMs)
  })

  it('is deterministic when stopped', () => {
    const a = runScenario(burst(50_000), { budget: { maxEvents: 1_000 } })
    const b = runScenario(burst(50_000), { budget: { maxEvents: 1_000 } })
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
  })

  it('a run that makes exactly its budget of events, and no more, is not stopped', () => {
    const r = runScenario(burst(100), { budget: { maxEvents: 100 } })
    expect(r.stopped).toBeNull()
    expect(r.events.length).toBe(100)
    expect(runScenario(burst(101), { budget: { maxEvents: 100 } }).stopped).toMatchObject({
      reason: 'maxEvents',
      limit: 100,
    })
  })

  it('the default budget is 2,000,000 events', () => {
    expect(runScenario(burst(10)).stopped).toBeNull()
  })
})

const sourceArb = fc.constantFrom('client', 'sns', 's3', 'eventBridge', 'sqs', 'kinesis', 'apiGateway')
const trafficArb = fc.oneof(
  fc.record({
    kind: fc.constant('once' as const),
    atMs: fc.integer({ min: 0, max: 10_000 }),
    count: fc.integer({ min: 1, max: 1_000_000 }),
  }),
  fc.record({
    kind: fc.constant('every' as const),
    everyMs: fc.integer({ min: 1, max: 1_000 }),
    count: fc.option(fc.integer({ min: 1, max: 100_000_000 }), { nil: undefined }),
  }),
)

describe('property: any accepted document simulates within its budget without throwing', () => {
  it('holds for bursts and floods on every kind of source', () => {
    fc.assert(
      fc.property(
        sourceArb,
        fc.array(trafficArb, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 3_600_000 }),
        fc.boolean(),
        (type, traffic, durationMs, dlq) => {
          const doc = scenarioDoc({
            durationMs,
            nodes: [
              { id: 'src', type } as Scenario['nodes'][number],
              { id: 'fn', type: 'lambda', config: { durationMs: 50 } },
              { id: 'dlq', type: 'sqs' },
            ],
            edges: [
              { from: 'src', to: 'fn' },
              ...(dlq && type !== 'sqs' && type !== 'kinesis' ? [{ from: 'fn', to: 'dlq', role: 'dlq' as const }] : []),
            ],
            traffic: traffic.map((t) => ({ source: 'src', ...t })),
          })
          const parsed = parseScenario(doc)
          fc.pre(parsed.ok)
          if (!parsed.ok) return
          const budget = { maxEvents: 3_000, maxTraceEntries: 30_000 }
          const r = simulate(resolveScenario(parsed.scenario), { budget })
          // Checked between timers: one timer may add a few more (a batch, a fan-out), never unbounded.
          expect(r.events.length).toBeLessThanOrEqual(budget.maxEvents + 1_000)
          expect(r.traceStore.length).toBeLessThanOrEqual(budget.maxTraceEntries + 10_000)
          expect(r.violations).toEqual([])
          if (r.stopped) expect(r.untilMs).toBe(r.stopped.atMs)
        },
      ),
      { numRuns: 30 },
    )
  }, 120_000)
})
