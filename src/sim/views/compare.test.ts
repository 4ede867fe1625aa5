import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import apiGateway from '../../../examples/api-gateway.json'
import asyncDestinations from '../../../examples/async-destinations.json'
import dynamodbRds from '../../../examples/dynamodb-rds.json'
import kinesis from '../../../examples/kinesis-poison.json'
import s3Dlq from '../../../examples/s3-dlq.json'
import sqsRedrive from '../../../examples/sqs-redrive.json'
import vpc2018 from '../../../examples/vpc-2018.json'
import { parseScenario, resolveScenario } from '../../model/index.ts'
import { simulate } from '../simulate.ts'
import { coldStartSpans } from './coldStarts.ts'
import { diffMetrics, METRIC_KEYS, percentile, runMetrics, type RunMetrics } from './compare.ts'
import { countersAt } from './counters.ts'
import { nodeRuntimeAt } from './nodeRuntime.ts'
import { failingAsync, runResolved } from './viewsTestkit.ts'
import { PROPERTY_TIMEOUT_MS } from '../../test/timeouts.ts'

function runExample(doc: unknown) {
  const parsed = parseScenario(doc)
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '))
  const scenario = resolveScenario(parsed.scenario)
  return { scenario, result: simulate(scenario) }
}

const EXAMPLES = { apiGateway, asyncDestinations, dynamodbRds, kinesis, s3Dlq, sqsRedrive, vpc2018 }

describe('runMetrics agrees with the views and the engine metrics', () => {
  for (const [name, doc] of Object.entries(EXAMPLES)) {
    it(`${name}: counters, node chips, cold-start spans and metric series tell the same numbers`, () => {
      const { scenario, result } = runExample(doc)
      const m = runMetrics(result, scenario)
      const c = countersAt(result, result.untilMs)
      expect([m.events, m.delivered, m.inDlq, m.lost]).toEqual([c.created, c.delivered, c.inDlq, c.lost])
      const chips = [...nodeRuntimeAt(result, scenario, result.untilMs).values()]
      expect(m.throttled).toBe(chips.reduce((a, n) => a + n.throttles, 0))
      const seriesSum = (name: string) =>
        result.metrics.series
          .filter((s) => s.name === name)
          .reduce((a, s) => a + s.values.reduce((x, y) => x + y, 0), 0)
      expect(m.throttled).toBe(seriesSum('Throttles'))
      expect(m.coldStarts).toBe(seriesSum('ColdStarts'))
      const fns = scenario.nodes.filter((n) => n.type === 'lambda')
      expect(m.coldStarts).toBe(
        fns.reduce((a, n) => a + coldStartSpans(result, n.id).invocations.filter((s) => s.cold).length, 0),
      )
      expect(m.expired).toBeLessThanOrEqual(m.lost)
      if (m.p50LatencyMs !== null) expect(m.p50LatencyMs).toBeLessThanOrEqual(m.p99LatencyMs!)
    })
  }

  it('§3.2 G17: the kinesis poison record blocks its shard, so its iterator age climbs towards the run length', () => {
    const { scenario, result } = runExample(kinesis)
    const m = runMetrics(result, scenario)
    expect(m.maxIteratorAgeMs).toBeGreaterThan(200_000)
    expect(m.retried).toBeGreaterThan(0)
    expect(m.lost).toBe(0)
  })

  it('§2.1 G1/G3: a failing async event is retried, then parked in the DLQ — or lost without one', () => {
    const withDlq = runMetrics(runResolved(failingAsync(true)).result, runResolved(failingAsync(true)).scenario)
    expect(withDlq).toMatchObject({
      events: 1,
      delivered: 0,
      retried: 1,
      inDlq: 1,
      lost: 0,
      p50LatencyMs: null,
      coldStarts: 1,
    })
    const without = runResolved(failingAsync(false))
    expect(runMetrics(without.result, without.scenario)).toMatchObject({ retried: 1, inDlq: 0, lost: 1, expired: 0 })
  })
})

describe('percentile (nearest rank)', () => {
  it('picks ranks, not interpolations', () => {
    expect(percentile([], 50)).toBeNull()
    expect(percentile([10, 20, 30, 40], 50)).toBe(20)
    expect(percentile([10, 20, 30, 40], 99)).toBe(40)
    expect(percentile([7], 1)).toBe(7)
  })
})

const metricsArb: fc.Arbitrary<RunMetrics> = fc.record({
  events: fc.nat(1000),
  delivered: fc.nat(1000),
  retried: fc.nat(1000),
  inDlq: fc.nat(1000),
  lost: fc.nat(1000),
  expired: fc.nat(1000),
  throttled: fc.nat(1000),
  p50LatencyMs: fc.option(fc.nat(100_000)),
  p99LatencyMs: fc.option(fc.nat(100_000)),
  maxIteratorAgeMs: fc.nat(100_000),
  coldStarts: fc.nat(100),
  concurrencyPeak: fc.nat(100),
})

describe('diffMetrics', () => {
  it(
    'a run against itself differs in nothing and marks no side',
    () => {
      fc.assert(
        fc.property(metricsArb, (m) => {
          for (const d of diffMetrics(m, m)) {
            expect(d.riskier).toBeNull()
            expect(d.delta === null || d.delta === 0).toBe(true)
          }
        }),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'is antisymmetric: swapping the runs negates each delta and swaps the riskier side',
    () => {
      const swap = { a: 'b', b: 'a' } as const
      fc.assert(
        fc.property(metricsArb, metricsArb, (a, b) => {
          const ab = diffMetrics(a, b)
          const ba = diffMetrics(b, a)
          ab.forEach((d, i) => {
            const r = ba[i]!
            expect(r.key).toBe(d.key)
            expect([r.a, r.b]).toEqual([d.b, d.a])
            expect(r.delta === null ? null : -r.delta + 0).toBe(d.delta === null ? null : d.delta + 0)
            expect(r.riskier).toBe(d.riskier === null ? null : swap[d.riskier])
          })
        }),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it('marks the side that loses more, waits longer or is throttled more; leaves plain counts unmarked', () => {
    const base: RunMetrics = {
      events: 10,
      delivered: 10,
      retried: 0,
      inDlq: 0,
      lost: 0,
      expired: 0,
      throttled: 0,
      p50LatencyMs: 100,
      p99LatencyMs: 200,
      maxIteratorAgeMs: 0,
      coldStarts: 1,
      concurrencyPeak: 1,
    }
    const worse: RunMetrics = { ...base, delivered: 8, lost: 2, p99LatencyMs: 900, coldStarts: 5 }
    const byKey = new Map(diffMetrics(base, worse).map((d) => [d.key, d]))
    expect(byKey.get('lost')).toEqual({ key: 'lost', a: 0, b: 2, delta: 2, riskier: 'b' })
    expect(byKey.get('p99LatencyMs')!.riskier).toBe('b')
    expect(byKey.get('delivered')!.riskier).toBeNull()
    expect(byKey.get('coldStarts')!.riskier).toBeNull()
    expect(diffMetrics(base, { ...base, p50LatencyMs: null }).find((d) => d.key === 'p50LatencyMs')).toMatchObject({
      delta: null,
      riskier: null,
    })
    expect(diffMetrics(base, worse).map((d) => d.key)).toEqual(METRIC_KEYS)
  })
})
