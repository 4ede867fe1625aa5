import { describe, expect, it } from 'vitest'
import { parseScenario, parseScenarioJson } from './parse.ts'
import { resolveScenario } from './resolve.ts'
import type { Scenario } from './scenario.ts'

const base = (over: Partial<Scenario> = {}): Scenario => ({
  format: 'lambdascope/scenario@1',
  title: 't',
  era: 'current',
  seed: 1,
  durationMs: 60_000,
  nodes: [
    { id: 'bucket', type: 's3' },
    { id: 'fn', type: 'lambda' },
    { id: 'dlq', type: 'sqs' },
  ],
  edges: [
    { from: 'bucket', to: 'fn' },
    { from: 'fn', to: 'dlq', role: 'dlq' },
  ],
  traffic: [{ source: 'bucket', kind: 'once', atMs: 0 }],
  faults: [],
  ...over,
})

const codes = (r: ReturnType<typeof parseScenario>) => (r.ok ? r.warnings : r.issues).map((i) => `${i.path} ${i.code}`)

describe('parseScenario', () => {
  it('accepts a minimal valid document and keeps it as written', () => {
    const r = parseScenario(base())
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.scenario.nodes[1]).toEqual({ id: 'fn', type: 'lambda' })
  })

  it('never throws on garbage and locates every structural error', () => {
    for (const junk of [null, 42, 'x', [], { format: 'nope' }, { nodes: [{}] }]) {
      const r = parseScenario(junk)
      expect(r.ok).toBe(false)
    }
    const r = parseScenario({
      ...base(),
      nodes: [
        { id: 'a', type: 'lamda' },
        { id: 'b', type: 'lambda', config: { timeoutMs: 'x', extra: 1 } },
      ],
    })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining(['nodes[0].type', 'nodes[1].config.timeoutMs', 'nodes[1].config']),
      )
      expect(r.issues.find((i) => i.path === 'nodes[0].type')?.message).toContain('lambda')
      expect(r.issues.find((i) => i.path === 'nodes[1].config')?.message).toBe('Unknown field: extra')
      for (const i of r.issues) expect(i.code).toMatch(/^schema\./)
    }
  })

  it('reports JSON syntax errors as one issue', () => {
    const r = parseScenarioJson('{"format": ')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]?.code).toBe('json.syntax')
  })

  it('refuses unknown references with their path', () => {
    const r = parseScenario(base({ edges: [{ from: 'bucket', to: 'ghost' }] }))
    expect(codes(r)).toContain('edges[0].to edge.unknownNode')
  })

  it('G27: refuses an SQS mapping whose visibility timeout is below the function timeout, with the AWS message', () => {
    const r = parseScenario(
      base({
        nodes: [
          { id: 'q', type: 'sqs', config: { visibilityTimeoutMs: 30_000 } },
          { id: 'fn', type: 'lambda', config: { timeoutMs: 60_000 } },
        ],
        edges: [{ from: 'q', to: 'fn' }],
        traffic: [],
      }),
    )
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.issues[0]?.message).toBe(
        'InvalidParameterValueException: Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds',
      )
  })

  it('refuses 2018-era settings that did not exist yet, naming §12', () => {
    const r = parseScenario(
      base({
        era: '2018',
        nodes: [
          { id: 'bucket', type: 's3' },
          {
            id: 'fn',
            type: 'lambda',
            config: { async: { maxRetryAttempts: 0 }, provisionedConcurrency: 2, memoryMb: 4096 },
          },
          { id: 'dlq', type: 'sqs' },
        ],
        edges: [
          { from: 'bucket', to: 'fn' },
          { from: 'fn', to: 'dlq', role: 'onFailure' },
        ],
      }),
    )
    expect(codes(r)).toEqual(
      expect.arrayContaining([
        'nodes[1].config.async era.asyncConfig',
        'nodes[1].config.provisionedConcurrency era.provisioned',
        'nodes[1].config.memoryMb era.memory2018',
        'edges[1].role era.destinations',
      ]),
    )
    if (!r.ok) expect(r.issues.find((i) => i.code === 'era.destinations')?.ref).toBe('§12')
  })

  it('keeps 100 unreserved (§5.3)', () => {
    const r = parseScenario(
      base({
        nodes: [
          { id: 'bucket', type: 's3' },
          { id: 'fn', type: 'lambda', config: { reservedConcurrency: 901 } },
          { id: 'dlq', type: 'sqs' },
        ],
      }),
    )
    expect(codes(r)).toContain('accountConcurrencyLimit concurrency.unreservedFloor')
  })

  it('asks for a role when lambda → target is ambiguous', () => {
    const r = parseScenario(
      base({
        edges: [
          { from: 'bucket', to: 'fn' },
          { from: 'fn', to: 'dlq' },
        ],
      }),
    )
    expect(codes(r)).toContain('edges[1].role edge.roleNeeded')
  })

  it('checks fault targets', () => {
    const r = parseScenario(
      base({
        faults: [
          { kind: 'fail', target: 'dlq' },
          { kind: 'eniExhaustion', target: 'ghost' },
        ],
      }),
    )
    expect(codes(r)).toEqual(['faults[0].target fault.badTarget', 'faults[1].target fault.unknownTarget'])
  })

  it('warns (but accepts) a function DLQ on an SQS-triggered function (§2.4)', () => {
    const r = parseScenario(
      base({
        nodes: [
          { id: 'q', type: 'sqs' },
          { id: 'fn', type: 'lambda' },
          { id: 'dlq', type: 'sqs' },
        ],
        edges: [
          { from: 'q', to: 'fn' },
          { from: 'fn', to: 'dlq', role: 'dlq' },
        ],
        traffic: [],
      }),
    )
    expect(r.ok).toBe(true)
    expect(codes(r)).toContain('edges[1] dlq.onlyAsync')
  })
})

describe('cross-account wiring (§10)', () => {
  it('warns that a cross-account trigger needs the account principal', () => {
    const r = parseScenario(
      base({
        nodes: [
          { id: 'other', type: 'account', config: { accountId: '999999999999' } },
          { id: 'bucket', type: 's3', parentId: 'other' },
          { id: 'fn', type: 'lambda' },
          { id: 'dlq', type: 'sqs' },
        ],
      }),
    )
    expect(r.ok).toBe(true)
    expect(codes(r)).toContain('edges[0] edge.crossAccount')
  })
})

describe('resolveScenario', () => {
  it('applies AWS defaults and derives ids, roles, vpc and account', () => {
    const r = parseScenario(
      base({
        nodes: [
          { id: 'bucket', type: 's3' },
          { id: 'net', type: 'vpc' },
          { id: 'fn', type: 'lambda', parentId: 'net' },
          { id: 'dlq', type: 'sqs' },
        ],
      }),
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const s = resolveScenario(r.scenario)
    const fn = s.nodeById.get('fn')
    expect(fn?.type === 'lambda' && fn.config).toMatchObject({
      timeoutMs: 3000,
      memoryMb: 128,
      maxRetryAttempts: 2,
      maxEventAgeMs: 21_600_000,
    })
    expect(fn?.vpcId).toBe('net')
    expect(fn?.accountId).toBe('123456789012')
    expect(s.edges.map((e) => [e.id, e.role])).toEqual([
      ['bucket->fn', 'trigger'],
      ['fn->dlq', 'dlq'],
    ])
    expect(s.accountConcurrencyLimit).toBe(1000)
    expect(s.traffic[0]?.id).toBe('traffic-1')
  })

  it('ends a fault at the next recover on the same target', () => {
    const r = parseScenario(
      base({
        faults: [
          { kind: 'fail', target: 'fn', atMs: 10 },
          { kind: 'recover', target: 'fn', atMs: 500 },
        ],
      }),
    )
    expect(r.ok).toBe(true)
    if (r.ok) expect(resolveScenario(r.scenario).faults[0]).toMatchObject({ atMs: 10, endMs: 500 })
  })
})
