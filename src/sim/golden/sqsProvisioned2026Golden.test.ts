/**
 * SQS event source mapping provisioned mode (reference §16 "SQS ESM provisioned mode"; our §16.8). Sources:
 * API_ProvisionedPollerConfig (MinimumPollers 2–200 default 2, MaximumPollers default 200), services-sqs-scaling
 * ("maximum concurrency … or provisioned mode. These are mutually exclusive"), the Nov 2025 launch blog (+1,000
 * concurrent executions per minute, up to 20,000). Standard scaling (G29): 5 batches, +300/min, at most 1,000.
 */
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../model/index.ts'
import { ofType, runScenario, scenarioDoc, type ScenarioInput } from '../testkit.ts'

/** The same burst for both modes: 15,000 messages at once, each batch busy for 250 s (nothing finishes early). */
function burst(esm: object, era: '2018' | 'current' = 'current'): ScenarioInput {
  return {
    era,
    durationMs: 240_000,
    nodes: [
      { id: 'src', type: 'sqs', config: { visibilityTimeoutMs: 1_800_000 } },
      { id: 'fn', type: 'lambda', config: { timeoutMs: 300_000, durationMs: 250_000 } },
    ],
    edges: [{ from: 'src', to: 'fn', config: esm }],
    traffic: [{ source: 'src', kind: 'once', atMs: 0, count: 15_000 }],
  }
}

function startsBy(esm: object): (t: number) => number {
  const r = runScenario(burst(esm))
  const starts = ofType(r.trace, 'invoke.start').map((s) => s.atMs)
  return (t) => starts.filter((s) => s <= t).length
}

describe('SQS provisioned mode goldens (§16.8)', { timeout: 60_000 }, () => {
  it('§16.8 vs G29: on the same burst, provisioned (MinimumPollers 5) starts at 50 batches and adds +1,000/min; standard starts at 5, +300/min', () => {
    const standard = startsBy({})
    const provisioned = startsBy({ minimumPollers: 5, maximumPollers: 100 })
    expect(standard(20)).toBe(5)
    expect(provisioned(20)).toBe(50) // pollers are not concurrency: 5 pollers × 10 batches each
    expect(standard(30_000 + 20)).toBe(155)
    expect(provisioned(30_000 + 20)).toBe(550) // 50 + 500 in 30 s
    expect(standard(60_000 + 20)).toBe(305)
    expect(provisioned(60_000 + 20)).toBe(1000) // MaximumPollers 100 × 10 reached
    expect(provisioned(239_000)).toBe(1000)
  })

  it('§16.8: defaults when only one side is given — MinimumPollers 2 (20 batches ready at once)', () => {
    expect(startsBy({ maximumPollers: 50 })(20)).toBe(20)
  })

  const issuesOf = (input: ScenarioInput) => {
    const r = parseScenario(scenarioDoc(input))
    return r.ok ? r.warnings : r.issues
  }

  it('§16.8 (services-sqs-scaling: mutually exclusive): pollers with maxConcurrency → located error on maxConcurrency', () => {
    const issues = issuesOf(burst({ minimumPollers: 2, maxConcurrency: 50 }))
    expect(issues.find((i) => i.code === 'esm.pollersWithMaxConcurrency')).toMatchObject({
      severity: 'error',
      path: 'edges[0].config.maxConcurrency',
      ref: '§16.8',
    })
  })

  it('§16.8: MinimumPollers above MaximumPollers, out-of-range values, a stream mapping and the 2018 era are refused with located errors', () => {
    expect(
      issuesOf(burst({ minimumPollers: 20, maximumPollers: 10 })).find((i) => i.code === 'esm.pollersMinAboveMax'),
    ).toMatchObject({
      path: 'edges[0].config.minimumPollers',
      params: { minimumPollers: 20, maximumPollers: 10 },
    })
    expect(issuesOf(burst({ minimumPollers: 1 })).some((i) => i.path === 'edges[0].config.minimumPollers')).toBe(true) // 2–200
    expect(issuesOf(burst({ minimumPollers: 201 })).some((i) => i.path === 'edges[0].config.minimumPollers')).toBe(true)
    const stream = issuesOf({
      nodes: [
        { id: 'k', type: 'kinesis' },
        { id: 'fn', type: 'lambda' },
      ],
      edges: [{ from: 'k', to: 'fn', config: { minimumPollers: 2 } }],
    })
    expect(stream.find((i) => i.code === 'esm.pollersSqsOnly')).toMatchObject({
      path: 'edges[0].config.minimumPollers',
    })
    expect(
      issuesOf(burst({ minimumPollers: 2 }, '2018')).find((i) => i.code === 'era.provisionedPollers'),
    ).toMatchObject({ params: { arrivedMonth: '2025-11' } })
  })
})
