/** Golden behaviours G30–G37 (reference §14): execution environments, VPC, scaling, provisioned, env vars, init. */
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../model/index.ts'
import { ofType, runScenario, scenarioDoc } from '../testkit.ts'

describe('environment and VPC goldens (§7, §14)', () => {
  it('G30 (LDG23 functions-states, foundation-networking): new VPC function Pending → 409; Active → no ENI delay', () => {
    const r = runScenario({
      nodes: [
        { id: 'cli', type: 'client' },
        { id: 'net', type: 'vpc' },
        { id: 'fn', type: 'lambda', parentId: 'net', config: { vpcState: 'justCreated', vpcPendingMs: 90_000 } },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: [{ source: 'cli', kind: 'list', atMs: [0, 120_000] }],
    })
    expect(r.events[0]).toMatchObject({ fate: 'rejected', response: { statusCode: 409 } })
    expect(ofType(r.trace, 'response')[0]!.headers).toEqual({ 'x-amzn-ErrorType': 'ResourceConflictException' })
    expect(ofType(r.trace, 'function.state').map((s) => [s.atMs, s.state])).toEqual([
      [0, 'Pending'],
      [90_000, 'Active'],
    ])
    const start = ofType(r.trace, 'invoke.start')[0]!
    expect(start.cold).toBe(true)
    expect(start.handlerStartMs - start.atMs).toBe(250) // init only: no ENI cost today
    expect(r.events[1]!.fate).toBe('succeeded')
  })

  it('G31 (LDG23 foundation-networking, API_Invoke): idle for weeks → first invoke 502 ResourceNotReadyException, then Pending → Active', () => {
    const r = runScenario({
      nodes: [
        { id: 'cli', type: 'client' },
        { id: 'net', type: 'vpc' },
        { id: 'fn', type: 'lambda', parentId: 'net', config: { vpcState: 'idleForWeeks', vpcPendingMs: 60_000 } },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: [{ source: 'cli', kind: 'list', atMs: [0, 30_000, 100_000] }],
    })
    expect(r.events.map((e) => e.response?.statusCode)).toEqual([502, 409, 200])
    expect(ofType(r.trace, 'function.state').map((s) => s.state)).toEqual(['Inactive', 'Pending', 'Active'])
  })

  it('G32 (LDG18 vpc; Crespo Wang benchmark): 2018 VPC → each new environment pays the ENI attach; ENIs run out', () => {
    const base = {
      era: '2018' as const,
      nodes: [
        { id: 'cli', type: 'client' as const },
        { id: 'net', type: 'vpc' as const, config: { eniLimit: 2 } },
        {
          id: 'fn',
          type: 'lambda' as const,
          parentId: 'net',
          config: { memoryMb: 3008, durationMs: 5000, timeoutMs: 10_000 },
        },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: [{ source: 'cli', kind: 'once' as const, atMs: 0, count: 3 }],
    }
    const r = runScenario(base)
    const starts = ofType(r.trace, 'invoke.start')
    expect(starts).toHaveLength(2)
    for (const s of starts) expect(s.handlerStartMs - s.atMs).toBe(10_000 + 250) // ENI attach + init
    expect(ofType(r.trace, 'invoke.refused')[0]).toMatchObject({
      statusCode: 502,
      errorType: 'ENILimitReachedException',
    })
    const ex = runScenario({ ...base, faults: [{ kind: 'eniExhaustion', target: 'net' }] })
    expect(ofType(ex.trace, 'invoke.refused')[0]).toMatchObject({ statusCode: 502, errorType: 'EC2ThrottledException' })
  })

  it('G33 (LDG23 troubleshooting-networking): VPC without NAT calling the internet → Task timed out after 10.00 seconds', () => {
    const r = runScenario({
      nodes: [
        { id: 'bucket', type: 's3' },
        { id: 'net', type: 'vpc', config: { nat: false } },
        { id: 'fn', type: 'lambda', parentId: 'net', config: { callsInternet: true, timeoutMs: 10_000 } },
      ],
      edges: [{ from: 'bucket', to: 'fn' }],
      traffic: [{ source: 'bucket', kind: 'once', atMs: 0 }],
    })
    const ends = ofType(r.trace, 'invoke.end')
    expect(ends.map((e) => e.errorMessage)).toEqual(Array(3).fill('Task timed out after 10.00 seconds')) // async: retried as errors
    const withNat = runScenario({
      nodes: [
        { id: 'bucket', type: 's3' },
        { id: 'net', type: 'vpc', config: { nat: true } },
        { id: 'fn', type: 'lambda', parentId: 'net', config: { callsInternet: true, timeoutMs: 10_000 } },
      ],
      edges: [{ from: 'bucket', to: 'fn' }],
      traffic: [{ source: 'bucket', kind: 'once', atMs: 0 }],
    })
    expect(withNat.events[0]!.fate).toBe('succeeded')
  })

  it('§7.5: an access edge to RDS needs the same VPC and an inbound SG rule, else it hangs to a timeout', () => {
    const run = (inboundFrom: string[]) =>
      runScenario({
        nodes: [
          { id: 'cli', type: 'client' },
          { id: 'net', type: 'vpc' },
          { id: 'fn', type: 'lambda', parentId: 'net', config: { securityGroup: 'sg-fn' } },
          { id: 'db', type: 'rds', parentId: 'net', config: { inboundFrom } },
        ],
        edges: [
          { from: 'cli', to: 'fn' },
          { from: 'fn', to: 'db' },
        ],
        traffic: [{ source: 'cli', kind: 'once', atMs: 0 }],
      })
    expect(run(['sg-fn']).events[0]!.attempts[0]!.result).toBe('success')
    const blocked = run(['default'])
    expect(blocked.events[0]!.attempts[0]!.result).toBe('timeout')
    expect(ofType(blocked.trace, 'hop').find((h) => h.edgeId === 'fn->db')!.reason).toBe('access.hang')
  })

  it('G34 (scaling-behavior; LDG18 scaling): 3,000 at once → current 1,000 per 10 s; 2018 us-east-1 burst 3,000', () => {
    const doc = (era: 'current' | '2018', times: number[]) => ({
      era,
      accountConcurrencyLimit: 10_000,
      nodes: [
        { id: 'cli', type: 'client' as const },
        { id: 'fn', type: 'lambda' as const, config: { durationMs: 60_000, timeoutMs: 120_000 } },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: times.map((atMs) => ({ source: 'cli', kind: 'once' as const, atMs, count: 3000 })),
    })
    const cur = runScenario(doc('current', [0, 10_000]))
    const ran = (r: typeof cur, from: number, to: number) =>
      ofType(r.trace, 'invoke.start').filter((s) => s.atMs >= from && s.atMs < to).length
    expect(ran(cur, 0, 10_000)).toBe(1000)
    expect(ran(cur, 10_000, 20_000)).toBe(1000)
    expect(
      ofType(cur.trace, 'invoke.refused')
        .filter((t) => t.atMs < 10_000)
        .every((t) => t.statusCode === 429 && t.reason === 'throttle.scalingRate'),
    ).toBe(true)
    const old = runScenario(doc('2018', [0]))
    expect(ran(old, 0, 10_000)).toBe(3000)
  })

  it('G35 (LDG23 provisioned-concurrency): PC 5, 8 concurrent → 5 warm, 3 spill over cold; spillover metric = 3', () => {
    const r = runScenario({
      nodes: [
        { id: 'cli', type: 'client' },
        { id: 'fn', type: 'lambda', config: { provisionedConcurrency: 5, durationMs: 1000 } },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: [{ source: 'cli', kind: 'once', atMs: 0, count: 8 }],
    })
    const starts = ofType(r.trace, 'invoke.start')
    expect(starts.filter((s) => !s.cold && s.reason === 'invoke.provisioned')).toHaveLength(5)
    expect(starts.filter((s) => s.cold && s.reason === 'invoke.spillover')).toHaveLength(3)
    const spill = r.metrics.series.find((s) => s.name === 'ProvisionedConcurrencySpilloverInvocations')!
    expect(spill.values.reduce((a, b) => a + b, 0)).toBe(3)
  })

  it('G36 (LDG23 configuration-envvars, §15): > 4 KB, AWS_REGION or 1ABC → rejected, nothing changes', () => {
    const doc = (variables: Record<string, string>) =>
      scenarioDoc({ nodes: [{ id: 'fn', type: 'lambda', config: { environment: { variables } } }], edges: [] })
    const bads: Record<string, string>[] = [{ BIG: 'x'.repeat(5000) }, { AWS_REGION: 'eu-west-1' }, { '1ABC': 'x' }]
    for (const bad of bads) {
      const r = parseScenario(doc(bad))
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.issues[0]!.code).toMatch(/^env\./)
    }
    expect(parseScenario(doc({ GOOD_KEY: 'x' })).ok).toBe(true)
  })

  it('G37 (LDG23 lambda-runtime-environment): init 12 s → stops at 10 s, re-run in the invoke against the timeout', () => {
    const run = (timeoutMs: number) =>
      runScenario({
        nodes: [
          { id: 'cli', type: 'client' },
          { id: 'fn', type: 'lambda', config: { initMs: 12_000, durationMs: 100, timeoutMs } },
        ],
        edges: [{ from: 'cli', to: 'fn' }],
        traffic: [{ source: 'cli', kind: 'once', atMs: 0 }],
      })
    const ok = run(30_000)
    const s = ofType(ok.trace, 'invoke.start')[0]!
    expect(s.reason).toBe('init.limitExceeded')
    expect(s.handlerStartMs - s.atMs).toBe(10_000)
    expect(ofType(ok.trace, 'invoke.end')[0]!.atMs - s.handlerStartMs).toBe(12_000 + 100)
    const late = run(5000)
    expect(ofType(late.trace, 'invoke.end')[0]!.result).toBe('timeout')
  })

  it('§7.1: warm reuse, then idle reclaim', () => {
    const r = runScenario({
      nodes: [
        { id: 'cli', type: 'client' },
        { id: 'fn', type: 'lambda' },
      ],
      edges: [{ from: 'cli', to: 'fn' }],
      traffic: [{ source: 'cli', kind: 'list', atMs: [0, 60_000, 2_000_000] }],
    })
    expect(ofType(r.trace, 'invoke.start').map((s) => s.cold)).toEqual([true, false, true])
    expect(ofType(r.trace, 'env.reclaimed')).toHaveLength(2)
  })
})
