/**
 * The views read the trace through one classification (classify.ts), so on any run the scrub bar (healthBands), the
 * shard lanes (shardLanesAt), the node chips (nodeRuntimeAt) and the counters (countersAt) tell the same story:
 * blocked shards, lost and parked events, errors and throttles. Random worlds from the engine's own properties.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseScenario, resolveScenario, type Scenario } from '../../model/index.ts'
import { pushScenarioArb, streamArb } from '../../test/scenarioArbitraries.ts'
import { simulate } from '../simulate.ts'
import { upperBound } from '../../model/sorted.ts'
import { countersAt } from './counters.ts'
import { healthBands } from './health.ts'
import { nodeRuntimeAt, type NodeRuntime } from './nodeRuntime.ts'
import { shardLanesAt } from './shardLanes.ts'

function checkAgreement(doc: Scenario): void {
  const parsed = parseScenario(doc)
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '))
  const scenario = resolveScenario(parsed.scenario)
  const result = simulate(scenario, { untilMs: Math.min(scenario.durationMs, 400_000) })
  const trace = result.trace
  const streams = scenario.nodes.filter((n) => n.type === 'kinesis' || n.type === 'dynamoDbStream').map((n) => n.id)
  const sum = (m: ReadonlyMap<string, NodeRuntime>, key: 'blockedShards' | 'lost' | 'errors' | 'throttles') =>
    [...m.values()].reduce((a, n) => a + n[key], 0)

  // Blocked shards, lanes vs chips, at every instant a step happens (and just before the first).
  const stepTimes = [...new Set(trace.filter((e) => e.type === 'source.step').map((e) => e.atMs))]
  const blockedAt: number[] = []
  for (const t of stepTimes) {
    const lanes = streams.reduce(
      (a, id) => a + shardLanesAt(result, id, t, scenario).filter((l) => l.blocked).length,
      0,
    )
    const chips = sum(nodeRuntimeAt(result, scenario, t), 'blockedShards')
    expect(chips, `blocked shards at ${t} ms: chips vs lanes`).toBe(lanes)
    blockedAt.push(lanes)
  }
  const blockedCount = (t: number) => {
    const i = upperBound(stepTimes, t) - 1
    return i < 0 ? 0 : blockedAt[i]!
  }

  // The scrub bar, slice by slice: blocked shards = the most the lanes show in it; lost, parked, errors and
  // throttles add up to the counters and the chips at the slice's end.
  const health = healthBands(result, 50)
  let lost = 0
  let parked = 0
  let errors = 0
  let throttles = 0
  for (const [k, b] of health.buckets.entries()) {
    const lastMs = k === health.buckets.length - 1 ? result.untilMs : b.startMs + health.bucketMs - 1
    let most = k === 0 ? 0 : blockedCount(b.startMs - 1)
    for (let i = upperBound(stepTimes, b.startMs - 1); i < stepTimes.length && stepTimes[i]! <= lastMs; i++)
      most = Math.max(most, blockedAt[i]!)
    expect(b.blockedShards, `blocked shards in slice ${k}`).toBe(most)
    lost += b.lost
    parked += b.deadLettered
    errors += b.errors
    throttles += b.throttles
    const c = countersAt(result, lastMs)
    const chips = nodeRuntimeAt(result, scenario, lastMs)
    expect(lost, `lost by ${lastMs} ms: scrub bar vs counters`).toBe(c.lost)
    expect(sum(chips, 'lost'), `lost by ${lastMs} ms: chips vs counters`).toBe(c.lost)
    expect(parked, `parked by ${lastMs} ms`).toBe(c.inDlq)
    expect(sum(chips, 'errors'), `errors by ${lastMs} ms`).toBe(errors)
    expect(sum(chips, 'throttles'), `throttles by ${lastMs} ms`).toBe(throttles)
  }
}

describe('views agree on every trace (classify.ts is the one reading)', () => {
  it('push sources: scrub bar, chips and counters', () => {
    fc.assert(fc.property(pushScenarioArb, checkAgreement), { numRuns: 40 })
  }, 120_000)

  it('streams: scrub bar, shard lanes, chips and counters (§3.2 blocked shards)', () => {
    fc.assert(
      fc.property(streamArb(120_000), (g) => checkAgreement(g.scenario)),
      { numRuns: 40 },
    )
  }, 120_000)
})
