import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import kinesis from '../../examples/kinesis-poison.json'
import sqsRedrive from '../../examples/sqs-redrive.json'
import { parseScenario, resolveScenario, type Scenario } from '../model'
import { setSweepWorkerFactory, startSweep } from './sweepRemote'
import { UI_BUDGET } from './playback/run'
import { SWEEP_BUDGET, sweepPoint, type SweepPoint } from './sweepRun'
import { MAX_SWEEP_POINTS, settingId, sweepSettingsOf, sweepValues, withSetting } from './sweepSettings'
import { PROPERTY_TIMEOUT_MS } from '../test/timeouts'

const doc = kinesis as unknown as Scenario
function resolved(d: Scenario) {
  const p = parseScenario(d)
  if (!p.ok) throw new Error(p.issues.map((i) => i.message).join('; '))
  return resolveScenario(p.scenario)
}

describe('sweepSettingsOf', () => {
  it("lists the numeric settings with the schema's ranges and the values the run uses (defaults applied)", () => {
    const settings = sweepSettingsOf(resolved(doc))
    const batch = settings.find((s) => s.key === 'batchSize')!
    expect(batch).toMatchObject({ target: { kind: 'edge', id: 'clicks-esm' }, min: 1, max: 10_000, current: 100 })
    expect(settings.find((s) => s.key === 'parallelizationFactor')).toMatchObject({ min: 1, max: 10, current: 1 })
    expect(settings.find((s) => s.key === 'shardCount')).toMatchObject({
      target: { kind: 'node', id: 'clicks' },
      min: 1,
      max: 500,
      current: 4,
    })
    expect(settings.find((s) => s.key === 'memoryMb')).toMatchObject({ min: 128, max: 10_240 })
    expect(settings.find((s) => s.key === 'visibilityTimeoutMs')).toMatchObject({
      target: { kind: 'node', id: 'failures' },
      unit: 'ms',
    })
    expect(new Set(settings.map(settingId)).size).toBe(settings.length)
  })

  it('§4.1: an SQS mapping offers its own knobs, not the stream ones; a redrive edge offers maxReceiveCount', () => {
    const keys = sweepSettingsOf(resolved(sqsRedrive as unknown as Scenario))
      .filter((s) => s.target.kind === 'edge')
      .map((s) => s.key)
    expect(keys).toContain('batchSize')
    expect(keys).toContain('maxReceiveCount')
    expect(keys).not.toContain('parallelizationFactor')
  })

  it('§12: in the 2018 era the settings that came later are not offered', () => {
    const keys = sweepSettingsOf(resolved({ ...doc, era: '2018', edges: doc.edges.slice(0, 1) })).map((s) => s.key)
    expect(keys).not.toContain('parallelizationFactor')
    expect(keys).not.toContain('provisionedConcurrency')
    expect(keys).toContain('batchSize')
  })
})

describe('withSetting', () => {
  it('changes that one value and nothing else', () => {
    const batch = sweepSettingsOf(resolved(doc)).find((s) => s.key === 'batchSize')!
    const changed = withSetting(doc, batch, 7)!
    expect(changed.edges[0]!.config).toEqual({ ...doc.edges[0]!.config, batchSize: 7 })
    expect({ ...changed, edges: doc.edges }).toEqual(doc)
    expect(doc.edges[0]!.config!.batchSize).toBe(100)
    const nested = withSetting(
      doc,
      { target: { kind: 'node', id: 'aggregator' }, path: ['async', 'maxRetryAttempts'] },
      1,
    )!
    expect(nested.nodes[1]).toMatchObject({ config: { durationMs: 300, async: { maxRetryAttempts: 1 } } })
    expect(withSetting(doc, { target: { kind: 'node', id: 'gone' }, path: ['memoryMb'] }, 1)).toBeNull()
  })
})

describe('sweepValues', () => {
  it('1–100 in 100 steps is every integer; fewer steps spread evenly with both ends', () => {
    expect(sweepValues(1, 100, 100)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
    expect(sweepValues(1, 100, 5)).toEqual([1, 26, 51, 75, 100])
    expect(sweepValues(5, 5, 10)).toEqual([5])
  })
  it(
    'property: ascending, distinct, within the range, both ends, at most the cap',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -10, max: 100_000 }),
          fc.integer({ min: -10, max: 100_000 }),
          fc.integer({ min: 1, max: 500 }),
          (a, b, n) => {
            const v = sweepValues(a, b, n)
            expect(v[0]).toBe(Math.min(a, b))
            expect(v[v.length - 1]).toBe(n === 1 ? Math.min(a, b) : Math.max(a, b))
            expect(v.length).toBeLessThanOrEqual(Math.min(n, MAX_SWEEP_POINTS))
            for (let i = 1; i < v.length; i++) expect(v[i]!).toBeGreaterThan(v[i - 1]!)
          },
        ),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})

describe('sweepPoint', () => {
  it("runs with the app's event budget", () => expect(SWEEP_BUDGET).toEqual(UI_BUDGET))
  const batch = { target: { kind: 'edge' as const, id: 'clicks-esm' }, path: ['batchSize'] }
  it('is a full deterministic run: the same value gives the same figures; §3.2 the blocked shard shows at any batch size', () => {
    const a = sweepPoint(doc, batch, 10)
    expect(a).toEqual(sweepPoint(doc, batch, 10))
    expect(a.ok && a.metrics.maxIteratorAgeMs).toBeGreaterThan(200_000)
  })
  it('a value the model refuses is a located error, not a crash', () => {
    const p = sweepPoint(doc, batch, 0)
    expect(p).toMatchObject({ ok: false, value: 0 })
    expect((p as Extract<SweepPoint, { ok: false }>).issue.path).toContain('batchSize')
  })
})

describe('startSweep without a worker', () => {
  it('delivers every point in order, then done; cancel stops it', async () => {
    setSweepWorkerFactory(null)
    const batch = { target: { kind: 'edge' as const, id: 'clicks-esm' }, path: ['batchSize'] }
    const got: number[] = []
    await new Promise<void>((resolve, reject) =>
      startSweep(doc, batch, [1, 50, 100], {
        onPoint: (i, p) => got.push(i, p.value),
        onDone: resolve,
        onFailed: reject,
      }),
    )
    expect(got).toEqual([0, 1, 1, 50, 2, 100])
    const seen: number[] = []
    const cancel = startSweep(doc, batch, [1, 2, 3], {
      onPoint: (i) => seen.push(i),
      onDone: () => seen.push(-1),
      onFailed: () => {},
    })
    cancel()
    await new Promise((r) => setTimeout(r, 20))
    expect(seen).toEqual([])
  })
})
