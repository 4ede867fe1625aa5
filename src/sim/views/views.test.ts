import { describe, expect, it } from 'vitest'
import { coldStartSpans } from './coldStarts.ts'
import { countersAt } from './counters.ts'
import { healthBands } from './health.ts'
import { eventLifecycleAt } from './lifecycle.ts'
import { nodeRuntimeAt } from './nodeRuntime.ts'
import { spansAt, swimlaneSpans } from './swimlanes.ts'
import { failingAsync, runResolved } from './viewsTestkit.ts'

describe('swimlaneSpans', () => {
  it('§2.1: three attempts of one event are three spans on the function lane, numbered, all errors', () => {
    const { result } = runResolved(failingAsync(true))
    const lanes = swimlaneSpans(result)
    expect(lanes.lanes).toEqual([{ id: 'fn', functionId: 'fn' }])
    expect(lanes.spans.map((s) => [s.attempt, s.outcome, s.cold])).toEqual([
      [1, 'error', true],
      [2, 'error', false],
      [3, 'error', false],
    ])
    const first = lanes.spans[0]!
    const during = spansAt(lanes, first.startMs + 1)
    expect(during).toHaveLength(1)
    expect(during[0]).toMatchObject({ outcome: 'running', endMs: first.startMs + 1 })
  })

  it('§5.3 G12: a throttle is a zero-length throttled span', () => {
    const { result } = runResolved({
      nodes: [
        { id: 'cli', type: 'client' },
        { id: 'fn', type: 'lambda', config: { reservedConcurrency: 2, durationMs: 10_000, timeoutMs: 20_000 } },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: [{ source: 'cli', kind: 'once', atMs: 0, count: 3 }],
    })
    const outcomes = swimlaneSpans(result)
      .spans.map((s) => s.outcome)
      .sort()
    expect(outcomes).toEqual(['success', 'success', 'throttled'])
  })
})

describe('coldStartSpans', () => {
  const vpcDoc = (era: '2018' | 'current') => ({
    era,
    nodes: [
      { id: 'cli', type: 'client' as const },
      { id: 'net', type: 'vpc' as const },
      { id: 'fn', type: 'lambda' as const, parentId: 'net', config: { durationMs: 100 } },
    ],
    edges: [{ from: 'cli', to: 'fn' }],
    traffic: [{ source: 'cli', kind: 'once' as const, atMs: 0 }],
  })

  it('§7.2 G32: 2018 VPC → ENI bar then Init bar; §7.3: current era → Init only, no ENI', () => {
    const old = runResolved(vpcDoc('2018'))
    const [o] = coldStartSpans(old.result, 'fn').invocations
    expect(o).toMatchObject({ cold: true, newEnv: true })
    expect(o!.eniEndMs - o!.startMs).toBe(10_000)
    expect(o!.handlerStartMs - o!.eniEndMs).toBe(250)
    const now = runResolved(vpcDoc('current'))
    const [n] = coldStartSpans(now.result, 'fn').invocations
    expect(n!.eniEndMs).toBe(n!.startMs)
    expect(n!.handlerStartMs - n!.startMs).toBe(250)
  })

  it('§7.2: every view shows the ENI attach the engine decided (eniEndMs on invoke.start), never its own', () => {
    // a timeout resets the environment: its next cold start re-runs init but attaches no new ENI (§6, §7.2)
    const doc = {
      ...vpcDoc('2018'),
      traffic: [{ source: 'cli', kind: 'list' as const, atMs: [0, 30_000, 60_000] }],
      faults: [
        { kind: 'timeout' as const, target: 'fn', atMs: 0 },
        { kind: 'recover' as const, target: 'fn', atMs: 40_000 },
      ],
    }
    const { result, scenario } = runResolved(doc)
    const starts = result.trace.filter((e) => e.type === 'invoke.start' && e.cold)
    expect(starts.length).toBeGreaterThanOrEqual(2)
    expect(starts.filter((e) => e.type === 'invoke.start' && e.eniEndMs !== undefined)).toHaveLength(1)
    const spans = coldStartSpans(result, 'fn').invocations.filter((s) => s.cold)
    for (const [i, e] of starts.entries()) {
      if (e.type !== 'invoke.start') continue
      const eniEnd = e.eniEndMs ?? e.atMs
      expect(spans[i]!.eniEndMs).toBe(eniEnd)
      const path = eventLifecycleAt(result, e.eventId, e.handlerStartMs, scenario)!.path
      expect(path.some((p) => p.state === 'eniAttach')).toBe(e.eniEndMs !== undefined)
      expect(path.find((p) => p.state === 'init' && p.atMs >= e.atMs)?.atMs).toBe(eniEnd)
      const during = nodeRuntimeAt(result, scenario, e.atMs + 1).get('fn')!.envs
      expect(during.eni).toBe(e.eniEndMs !== undefined && e.eniEndMs > e.atMs + 1 ? 1 : 0)
    }
  })

  it('§7.3 G31: idle for weeks → ResourceNotReady refusal, Pending, then Active', () => {
    const { result } = runResolved({
      nodes: [
        { id: 'cli', type: 'client' },
        { id: 'net', type: 'vpc' },
        { id: 'fn', type: 'lambda', parentId: 'net', config: { vpcState: 'idleForWeeks', vpcPendingMs: 60_000 } },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: [{ source: 'cli', kind: 'list', atMs: [0, 30_000, 100_000] }],
    })
    const tl = coldStartSpans(result, 'fn')
    expect(tl.refusals.map((r) => [r.statusCode, r.errorType])).toEqual([
      [502, 'ResourceNotReadyException'],
      [409, 'ResourceConflictException'],
    ])
    expect(tl.invocations).toHaveLength(1)
    expect(tl.states.map((s) => s.state)).toEqual(['Inactive', 'Pending', 'Active'])
  })
})

describe('countersAt', () => {
  it('§2.1: counts the event as retrying between attempts, then in the DLQ; without a DLQ, lost', () => {
    const { result } = runResolved(failingAsync(true))
    const firstEnd = result.events[0]!.attempts[0]!.endMs
    expect(countersAt(result, 0)).toMatchObject({ created: 1, inFlight: 1, retrying: 0 })
    expect(countersAt(result, firstEnd + 1000)).toMatchObject({ retrying: 1, inDlq: 0, lost: 0 })
    expect(countersAt(result, result.untilMs)).toMatchObject({ retrying: 0, inDlq: 1, lost: 0, delivered: 0 })
    const lost = runResolved(failingAsync(false)).result
    expect(countersAt(lost, lost.untilMs)).toMatchObject({ inDlq: 0, lost: 1 })
  })
})

describe('healthBands', () => {
  it('marks the slices with errors and the one where the event is lost', () => {
    const { result } = runResolved(failingAsync(false))
    const bands = healthBands(result, 100)
    expect(bands.buckets).toHaveLength(100)
    expect(bands.buckets.reduce((n, b) => n + b.errors, 0)).toBe(3)
    expect(bands.buckets.reduce((n, b) => n + b.lost, 0)).toBe(1)
    expect(bands.buckets.filter((b) => b.level === 'error').length).toBeGreaterThanOrEqual(3)
    expect(bands.buckets.some((b) => !b.active)).toBe(true)
  })
})
