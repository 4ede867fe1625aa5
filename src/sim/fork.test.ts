/**
 * Forks share the original's trace before the fork time, byte for byte, and take the forked settings after it
 * (docs/aws-rules.md "Forks — our choice"; G17 for the Kinesis example).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseScenario, resolveScenario, type ResolvedScenario, type Scenario } from '../model/index.ts'
import { faultArb, pushScenarioArb, streamArb, streamFaultArb } from '../test/scenarioArbitraries.ts'
import { PROPERTY_TIMEOUT_MS } from '../test/timeouts.ts'
import kinesisExample from '../../examples/kinesis-poison.json'
import { effectiveForkMs, forkBlockers, forkFaults } from './fork.ts'
import { simulate, type SimResult } from './simulate.ts'

function resolve(doc: Scenario): ResolvedScenario {
  const p = parseScenario(doc)
  if (!p.ok) throw new Error(p.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
  return resolveScenario(p.scenario)
}

const before = (r: SimResult, atMs: number) => JSON.stringify(r.trace.filter((e) => e.atMs < atMs))

function edit(doc: Scenario, f: (d: Scenario) => void): Scenario {
  const copy = structuredClone(doc)
  f(copy)
  return copy
}

const kinesis = kinesisExample as unknown as Scenario

describe('fork at the playhead', () => {
  it('the Kinesis example forked at 30 s with bisect and 2 retries: same prefix, then the poison record leaves the shard (G17)', () => {
    const a = resolve(kinesis)
    const forkedDoc = edit(kinesis, (d) => {
      const esm = d.edges.find((e) => e.id === 'clicks-esm')!
      esm.config = { ...esm.config, bisectOnError: true, maxRetryAttempts: 2 }
    })
    const b = resolve(forkedDoc)
    expect(forkBlockers(a, b)).toEqual([])
    const original = simulate(a)
    const fork = simulate(a, { fork: { atMs: 30_000, scenario: b } })
    expect(before(fork, 30_000)).toBe(before(original, 30_000))
    expect(fork.trace.length).not.toBe(original.trace.length)
    const fate = (r: SimResult, f: string) => r.events.filter((e) => e.fate === f).length
    // The original blocks its shard: the poison record is never done with; the fork sends it to the destination.
    expect(fate(original, 'sent-to-destination')).toBe(0)
    expect(fate(fork, 'sent-to-destination')).toBeGreaterThan(0)
    expect(fate(fork, 'discarded') + fate(fork, 'expired')).toBe(0)
    expect(fate(fork, 'succeeded')).toBeGreaterThan(fate(original, 'succeeded'))
  })

  it('a fork with nothing changed is the original run, byte for byte', () => {
    const a = resolve(kinesis)
    expect(JSON.stringify(simulate(a, { fork: { atMs: 30_000, scenario: resolve(kinesis) } }))).toBe(
      JSON.stringify(simulate(a)),
    )
  })

  it('changes that set up environments, pools or lanes cannot apply mid-run: the fork starts at 0', () => {
    const a = resolve(kinesis)
    const reserved = resolve(
      edit(kinesis, (d) => void (d.nodes[1]!.config = { durationMs: 300, reservedConcurrency: 5 })),
    )
    expect(forkBlockers(a, reserved)).toEqual([
      { code: 'functionSetting', target: 'aggregator', key: 'reservedConcurrency' },
    ])
    expect(effectiveForkMs(a, reserved, 30_000)).toBe(0)
    expect(forkBlockers(a, { ...a, era: '2018' })).toEqual([{ code: 'scenario', target: null, key: 'era' }])
    const pf = resolve(
      edit(kinesis, (d) => void (d.edges[0]!.config = { ...d.edges[0]!.config, parallelizationFactor: 2 })),
    )
    expect(forkBlockers(a, pf)).toEqual([
      { code: 'mappingSetting', target: 'clicks-esm', key: 'parallelizationFactor' },
    ])
    const timeout = resolve(edit(kinesis, (d) => void (d.nodes[1]!.config = { durationMs: 300, timeoutMs: 60_000 })))
    expect(effectiveForkMs(a, timeout, 30_000)).toBe(30_000)
  })

  it('faults: the original’s stop at the fork, the fork’s start there, shared ones go on', () => {
    const f = (id: string, atMs: number, endMs: number) => ({ id, kind: 'fail' as const, target: 'fn', atMs, endMs })
    expect(forkFaults([f('a', 0, 100), f('b', 0, 100)], [f('a', 0, 100), f('c', 10, 200)], 50)).toEqual([
      f('a', 0, 100),
      f('b', 0, 50),
      f('c@fork', 50, 200),
    ])
  })
})

/** Live changes a user can make in the fork (settings, destinations, faults), applied to a generated document. */
const pushChange = fc.record({
  timeoutS: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
  durationMs: fc.option(fc.integer({ min: 1000, max: 8000 }), { nil: undefined }),
  toggleOnFailure: fc.boolean(),
  faults: fc.option(fc.array(faultArb, { maxLength: 3 }), { nil: undefined }),
})

const streamChange = fc.record({
  batchSize: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  bisect: fc.option(fc.boolean(), { nil: undefined }),
  maxRetry: fc.option(fc.integer({ min: -1, max: 3 }), { nil: undefined }),
  toggleOnFailure: fc.boolean(),
  faults: fc.option(fc.array(streamFaultArb, { maxLength: 3 }), { nil: undefined }),
})

function checkPrefix(doc: Scenario, forkedDoc: Scenario, atMs: number, untilMs: number): void {
  const a = resolve(doc)
  const b = resolve(forkedDoc)
  expect(forkBlockers(a, b)).toEqual([])
  const original = simulate(a, { untilMs })
  const fork = simulate(a, { untilMs, fork: { atMs, scenario: b } })
  expect(before(fork, atMs)).toBe(before(original, atMs))
  expect(fork.violations).toEqual([])
  // Deterministic: the same fork twice is the same run.
  expect(JSON.stringify(simulate(a, { untilMs, fork: { atMs, scenario: b } }))).toBe(JSON.stringify(fork))
}

describe('fork properties', () => {
  it(
    'push scenarios: a fork shares the trace before T byte for byte',
    () => {
      fc.assert(
        fc.property(pushScenarioArb, pushChange, fc.integer({ min: 1, max: 400_000 }), (doc, c, atMs) => {
          const forked = edit(doc, (d) => {
            const fn = d.nodes.find((n) => n.id === 'fn')!
            const cfg = { ...(fn.config as object) } as Record<string, unknown>
            if (c.timeoutS !== undefined) cfg.timeoutMs = c.timeoutS * 1000
            if (c.durationMs !== undefined) cfg.durationMs = c.durationMs
            fn.config = cfg as never
            if (c.toggleOnFailure && d.era === 'current') {
              const i = d.edges.findIndex((e) => e.role === 'onFailure')
              if (i >= 0) d.edges.splice(i, 1)
              else d.edges.push({ from: 'fn', to: 'dest', role: 'onFailure' })
            }
            if (c.faults !== undefined) d.faults = c.faults
          })
          checkPrefix(doc, forked, atMs, 900_000)
        }),
        { numRuns: 60 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'stream scenarios: a fork shares the trace before T byte for byte',
    () => {
      fc.assert(
        fc.property(
          streamArb(120_000),
          streamChange,
          fc.integer({ min: 1, max: 150_000 }),
          ({ scenario: doc }, c, atMs) => {
            const forked = edit(doc, (d) => {
              const esm = d.edges.find((e) => e.id === 'esm')!
              if (d.era === 'current') {
                esm.config = {
                  ...esm.config,
                  ...(c.batchSize !== undefined ? { batchSize: c.batchSize } : {}),
                  ...(c.bisect !== undefined ? { bisectOnError: c.bisect } : {}),
                  ...(c.maxRetry !== undefined ? { maxRetryAttempts: c.maxRetry } : {}),
                }
                if (c.toggleOnFailure) {
                  const i = d.edges.findIndex((e) => e.role === 'onFailure')
                  if (i >= 0) d.edges.splice(i, 1)
                  else d.edges.push({ from: 'src', to: 'dest', role: 'onFailure' })
                }
              }
              if (c.faults !== undefined) d.faults = c.faults
            })
            checkPrefix(doc, forked, atMs, 300_000)
          },
        ),
        { numRuns: 60 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
