/**
 * Random scenarios for property tests (fast-check): a push source into one function with DLQ / destination and
 * faults, and a stream with one mapping, poison records and faults. Shared so every view's property runs over the
 * same worlds as the engine's.
 */
import fc from 'fast-check'
import { DAY_MS } from '../model/common.ts'
import type { Fault, Scenario } from '../model/index.ts'
import { scenarioDoc } from '../sim/testkit.ts'

const sourceArb = fc.constantFrom('s3', 'sns', 'eventBridge', 'client', 'clientEvent', 'apiGateway')

export const faultArb: fc.Arbitrary<Fault> = fc.oneof(
  fc.record({
    kind: fc.constant('fail' as const),
    target: fc.constant('fn'),
    atMs: fc.integer({ min: 0, max: 200_000 }),
  }),
  fc.record({
    kind: fc.constant('failAttempts' as const),
    target: fc.constant('fn'),
    fromAttempt: fc.integer({ min: 1, max: 2 }),
    toAttempt: fc.integer({ min: 2, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('failProbability' as const),
    target: fc.constant('fn'),
    p: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('failNext' as const),
    target: fc.constant('fn'),
    count: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constant('timeout' as const),
    target: fc.constant('fn'),
    atMs: fc.integer({ min: 0, max: 200_000 }),
  }),
  fc.record({
    kind: fc.constant('throttle' as const),
    target: fc.constant('fn'),
    reservedConcurrency: fc.integer({ min: 0, max: 2 }),
    atMs: fc.integer({ min: 0, max: 200_000 }),
  }),
  fc.record({
    kind: fc.constant('recover' as const),
    target: fc.constant('fn'),
    atMs: fc.integer({ min: 0, max: 400_000 }),
  }),
  fc.record({
    kind: fc.constant('duplicateDelivery' as const),
    target: fc.constant('fn'),
    count: fc.integer({ min: 1, max: 3 }),
  }),
)

export const pushScenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    era: fc.constantFrom('current' as const, '2018' as const),
    source: sourceArb,
    durationMs: fc.integer({ min: 1000, max: 5000 }),
    timeoutS: fc.integer({ min: 1, max: 10 }),
    reserved: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    maxRetry: fc.integer({ min: 0, max: 2 }),
    maxAgeMs: fc.integer({ min: 60_000, max: 900_000 }),
    dlq: fc.boolean(),
    dlqPermission: fc.constantFrom('granted' as const, 'missing' as const),
    onFailure: fc.boolean(),
    count: fc.integer({ min: 1, max: 25 }),
    everyMs: fc.integer({ min: 1, max: 20_000 }),
    retries: fc.integer({ min: 0, max: 3 }),
    faults: fc.array(faultArb, { maxLength: 4 }),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map((g) => {
    const current = g.era === 'current'
    const srcType = g.source === 'clientEvent' ? 'client' : g.source
    const srcConfig =
      srcType === 'client'
        ? {
            invocationType: g.source === 'clientEvent' ? ('Event' as const) : ('RequestResponse' as const),
            retry: { maxAttempts: g.retries },
          }
        : undefined
    const fnConfig = {
      durationMs: g.durationMs,
      timeoutMs: g.timeoutS * 1000,
      ...(g.reserved !== undefined ? { reservedConcurrency: g.reserved } : {}),
      ...(current ? { async: { maxRetryAttempts: g.maxRetry, maxEventAgeMs: g.maxAgeMs } } : {}),
    }
    return scenarioDoc({
      era: g.era,
      seed: g.seed,
      durationMs: 1_800_000,
      nodes: [
        { id: 'src', type: srcType, ...(srcConfig ? { config: srcConfig } : {}) } as Scenario['nodes'][number],
        { id: 'fn', type: 'lambda', config: fnConfig },
        { id: 'dlq', type: 'sqs' },
        { id: 'dest', type: 'sqs' },
      ],
      edges: [
        { from: 'src', to: 'fn' },
        ...(g.dlq ? [{ from: 'fn', to: 'dlq', role: 'dlq' as const, permission: g.dlqPermission }] : []),
        ...(g.onFailure && current ? [{ from: 'fn', to: 'dest', role: 'onFailure' as const }] : []),
      ],
      traffic: [{ source: 'src', kind: 'every', everyMs: g.everyMs, count: g.count }],
      faults: g.faults,
    })
  })

export const KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']

export const streamFaultArb: fc.Arbitrary<Fault> = fc.oneof(
  fc.record({
    kind: fc.constant('poisonRecord' as const),
    target: fc.constant('src'),
    key: fc.constantFrom(...KEYS),
    response: fc.constantFrom('throw' as const, 'reportItemFailure' as const),
  }),
  fc.record({
    kind: fc.constant('poisonRecord' as const),
    target: fc.constant('src'),
    index: fc.integer({ min: 0, max: 30 }),
    response: fc.constantFrom('throw' as const, 'reportItemFailure' as const),
  }),
  fc.record({
    kind: fc.constant('failProbability' as const),
    target: fc.constant('fn'),
    p: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('failAttempts' as const),
    target: fc.constant('fn'),
    fromAttempt: fc.integer({ min: 1, max: 2 }),
    toAttempt: fc.integer({ min: 2, max: 4 }),
  }),
  fc.record({
    kind: fc.constant('throttle' as const),
    target: fc.constant('fn'),
    reservedConcurrency: fc.integer({ min: 0, max: 2 }),
    atMs: fc.integer({ min: 0, max: 60_000 }),
  }),
  fc.record({
    kind: fc.constant('timeout' as const),
    target: fc.constant('fn'),
    atMs: fc.integer({ min: 0, max: 60_000 }),
    durationMs: fc.integer({ min: 1000, max: 10_000 }),
  }),
  fc.record({
    kind: fc.constant('revokePermission' as const),
    target: fc.constant('esm'),
    permission: fc.constant('streamRead' as const),
    atMs: fc.integer({ min: 0, max: 60_000 }),
  }),
  fc.record({
    kind: fc.constant('recover' as const),
    target: fc.constantFrom('fn', 'src', 'esm'),
    atMs: fc.integer({ min: 0, max: 200_000 }),
  }),
)

export interface StreamGen {
  scenario: Scenario
  pf: number
  shards: number
  maxRetry: number
  bisect: boolean
  retentionMs: number
  timeoutMs: number
}

export function streamArb(durationMs: number): fc.Arbitrary<StreamGen> {
  return fc
    .record({
      era: fc.constantFrom('current' as const, '2018' as const),
      type: fc.constantFrom('kinesis' as const, 'dynamoDbStream' as const),
      shards: fc.integer({ min: 1, max: 4 }),
      pf: fc.integer({ min: 1, max: 3 }),
      batchSize: fc.integer({ min: 1, max: 12 }),
      windowMs: fc.constantFrom(0, 0, 500, 3000),
      maxRetry: fc.integer({ min: -1, max: 3 }),
      maxAgeMs: fc.constantFrom(-1, 60_000, 120_000),
      bisect: fc.boolean(),
      partial: fc.boolean(),
      dest: fc.boolean(),
      count: fc.integer({ min: 1, max: 40 }),
      everyMs: fc.integer({ min: 1, max: 3000 }),
      fnMs: fc.integer({ min: 1, max: 2000 }),
      faults: fc.array(streamFaultArb, { maxLength: 4 }),
      seed: fc.integer({ min: 0, max: 1000 }),
    })
    .map((g) => {
      const current = g.era === 'current'
      const pf = current ? g.pf : 1
      const timeoutMs = 5000
      const esm = current
        ? {
            batchSize: g.batchSize,
            maximumBatchingWindowMs: g.windowMs,
            maxRetryAttempts: g.maxRetry,
            maxRecordAgeMs: g.maxAgeMs,
            bisectOnError: g.bisect,
            parallelizationFactor: pf,
            reportBatchItemFailures: g.partial,
          }
        : { batchSize: g.batchSize, maximumBatchingWindowMs: g.windowMs }
      const scenario = scenarioDoc({
        era: g.era,
        seed: g.seed,
        durationMs,
        nodes: [
          { id: 'src', type: g.type, config: { shardCount: g.shards } },
          { id: 'fn', type: 'lambda', config: { durationMs: g.fnMs, timeoutMs } },
          { id: 'dest', type: 'sqs' },
        ],
        edges: [
          { id: 'esm', from: 'src', to: 'fn', config: esm },
          ...(g.dest && current ? [{ from: 'src', to: 'dest', role: 'onFailure' as const }] : []),
        ],
        traffic: [{ source: 'src', kind: 'every', everyMs: g.everyMs, count: g.count, partitionKeys: KEYS }],
        faults: g.faults,
      })
      return {
        scenario,
        pf,
        shards: g.shards,
        maxRetry: current ? g.maxRetry : -1,
        bisect: current && g.bisect,
        retentionMs: DAY_MS,
        timeoutMs,
      }
    })
}
