/**
 * Golden behaviours G25–G29 (reference §14): SQS as an event source (§4), with the §15 redrive observation
 * (exactly maxReceiveCount invocations, then moved with the original body and MessageId).
 */
import { describe, expect, it } from 'vitest'
import { parseScenario, resolveScenario } from '../../model/index.ts'
import { interpretItemFailures } from '../pollers/itemFailures.ts'
import { steps } from '../pollers/testkit.ts'
import { simulate } from '../simulate.ts'
import { ofType, runScenario, scenarioDoc, type ScenarioInput } from '../testkit.ts'

type Q = { visibilityTimeoutMs?: number; fifo?: boolean; messageRetentionMs?: number }

function queue(
  extra: Partial<ScenarioInput> & { q?: Q; fn?: object; esm?: object; maxReceiveCount?: number; fnDlq?: boolean },
): ScenarioInput {
  const { q, fn, esm, maxReceiveCount, fnDlq, ...rest } = extra
  return {
    nodes: [
      { id: 'src', type: 'sqs', config: { visibilityTimeoutMs: 180_000, ...q } },
      { id: 'fn', type: 'lambda', config: { timeoutMs: 30_000, durationMs: 100, ...fn } },
      { id: 'dlq', type: 'sqs' },
      { id: 'fnDlq', type: 'sqs' },
    ],
    edges: [
      { from: 'src', to: 'fn', config: esm ?? {} },
      ...(maxReceiveCount !== undefined
        ? [{ from: 'src', to: 'dlq', role: 'dlq' as const, config: { maxReceiveCount } }]
        : []),
      ...(fnDlq ? [{ from: 'fn', to: 'fnDlq', role: 'dlq' as const }] : []),
    ],
    ...rest,
  }
}

const receives = (r: ReturnType<typeof runScenario>) => steps(r, 'sqs.received')

describe('SQS goldens (§4, §14)', { timeout: 60_000 }, () => {
  it('G25 (LDG23 with-sqs; §15 test_redrive_policy_with_failing_lambda): always throws, visibility 180 s, maxReceiveCount 3 → 3 receives, then the source queue’s DLQ', () => {
    const r = runScenario(
      queue({
        maxReceiveCount: 3,
        fnDlq: true,
        traffic: [{ source: 'src', kind: 'once', atMs: 0, count: 10, payload: { job: 7 } }],
        faults: [{ kind: 'fail', target: 'fn' }],
      }),
    )
    expect(r.violations).toEqual([])
    const rec = receives(r)
    expect(rec).toHaveLength(3) // one batch of 10, three times
    expect(rec.map((s) => s.atMs)).toEqual([0, 180_000, 360_000])
    expect(rec.map((s) => s.detail?.receiveCount)).toEqual([1, 2, 3])
    expect(rec.every((s) => s.eventIds.length === 10)).toBe(true)
    expect(ofType(r.trace, 'invoke.start')).toHaveLength(3) // exactly maxReceiveCount invocations
    const moved = ofType(r.trace, 'message.sent').filter((m) => m.nodeId === 'dlq')
    expect(moved).toHaveLength(10)
    for (const m of moved) {
      expect(m.atMs).toBe(540_000)
      expect(m.message).toMatchObject({
        messageId: m.eventId,
        body: { job: 7 },
        attributes: { ApproximateReceiveCount: '3' },
      })
    }
    expect(ofType(r.trace, 'message.sent').filter((m) => m.nodeId === 'fnDlq')).toEqual([]) // never the function DLQ
    for (const e of r.events)
      expect(e).toMatchObject({ fate: 'dead-lettered', reason: 'sqs.redrive', deliveredTo: ['dlq'] })
    const depth = r.metrics.series.find((s) => s.nodeId === 'dlq' && s.name === 'ApproximateNumberOfMessagesVisible')!
    expect(depth.values.at(-1)).toBe(10) // a DLQ nobody polls just holds them
  })

  it('G26 (LDG23 with-sqs §4.3): ReportBatchItemFailures [id2, id4] → 1, 3, 5 deleted; only 2 and 4 reappear. Throw or unknown id → all 5', () => {
    const partial = runScenario(
      queue({
        esm: { reportBatchItemFailures: true },
        traffic: [{ source: 'src', kind: 'once', atMs: 0, count: 5 }],
        faults: [
          { kind: 'poisonRecord', target: 'src', index: 1, response: 'reportItemFailure' },
          { kind: 'poisonRecord', target: 'src', index: 3, response: 'reportItemFailure' },
          { kind: 'recover', target: 'src', atMs: 100_000 },
        ],
      }),
    )
    const [e1, e2, e3, e4, e5] = partial.events
    for (const e of [e1, e3, e5]) expect(e!.attempts).toHaveLength(1)
    for (const e of [e1, e3, e5]) expect(e!.endedAtMs).toBeLessThan(1000)
    const again = receives(partial)[1]!
    expect(again.atMs).toBe(180_000)
    expect(again.eventIds).toEqual([e2!.id, e4!.id])
    expect(partial.events.every((e) => e.fate === 'succeeded')).toBe(true)

    const thrown = runScenario(
      queue({
        esm: { reportBatchItemFailures: true },
        traffic: [{ source: 'src', kind: 'once', atMs: 0, count: 5 }],
        faults: [
          { kind: 'poisonRecord', target: 'src', index: 1, response: 'throw' },
          { kind: 'recover', target: 'src', atMs: 100_000 },
        ],
      }),
    )
    expect(receives(thrown)[1]!.eventIds).toHaveLength(5)
    const ids = ['id1', 'id2', 'id3', 'id4', 'id5']
    expect(interpretItemFailures(ids, ['id2', 'nope'], true)).toEqual({ kind: 'fullFailure' }) // unknown id = all fail
    expect(interpretItemFailures(ids, ['id2', 'id4'], true)).toMatchObject({ kind: 'partial', lowest: 1 })
  })

  it('G27 (github.com/winglang/wing/issues/1507): visibility 30 s < function timeout 60 s → CreateEventSourceMapping fails; the mapping never polls', () => {
    const doc = scenarioDoc(
      queue({
        q: { visibilityTimeoutMs: 30_000 },
        fn: { timeoutMs: 60_000 },
        traffic: [{ source: 'src', kind: 'once', atMs: 0 }],
      }),
    )
    const parsed = parseScenario(doc)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok)
      expect(parsed.issues.map((i) => i.message)).toContain(
        'InvalidParameterValueException: Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds',
      )
    // Even when the check is bypassed, the engine refuses the mapping and says why.
    const r = simulate(resolveScenario(doc), { untilMs: doc.durationMs })
    const rejected = steps(r, 'esm.rejected')
    expect(rejected).toHaveLength(1)
    expect(rejected[0]).toMatchObject({ atMs: 0, ref: '§4.1', detail: { statusCode: 400 } })
    expect(String(rejected[0]!.detail?.message)).toContain(
      'Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds',
    )
    expect(receives(r)).toEqual([])
    expect(ofType(r.trace, 'invoke.start')).toEqual([])
    expect(r.events[0]!.fate).toBe('in-flight')
  })

  it('G28 (LDG23 with-sqs, advice maxReceiveCount ≥ 5): function throttled, maxReceiveCount 1 → the message reaches the DLQ without ever running', () => {
    const r = runScenario(
      queue({
        maxReceiveCount: 1,
        fn: { reservedConcurrency: 0 },
        traffic: [{ source: 'src', kind: 'once', atMs: 0 }],
      }),
    )
    const ev = r.events[0]!
    expect(ev.attempts.map((a) => a.result)).toEqual(['throttled'])
    expect(ofType(r.trace, 'invoke.start')).toEqual([])
    expect(ev).toMatchObject({ fate: 'dead-lettered', reason: 'sqs.redrive', endedAtMs: 180_000 })
  })

  it('G29 (services-sqs-scaling; LDG18 scaling): deep backlog → 5 concurrent batches, +300/min (2018: +60/min), at most 1,000', () => {
    const startsBy = (era: 'current' | '2018', esm: object = {}) => {
      const r = runScenario(
        queue({
          era,
          durationMs: 240_000,
          q: { visibilityTimeoutMs: 1_800_000 },
          fn: { timeoutMs: 300_000, durationMs: 250_000 },
          esm,
          traffic: [{ source: 'src', kind: 'once', atMs: 0, count: 15_000 }],
        }),
      )
      const starts = ofType(r.trace, 'invoke.start').map((s) => s.atMs)
      return (t: number) => starts.filter((s) => s <= t).length
    }
    const now = startsBy('current')
    expect(now(0 + 20)).toBe(5)
    expect(now(60_000 + 20)).toBe(305)
    expect(now(120_000 + 20)).toBe(605)
    expect(now(239_000)).toBe(1000)
    const then = startsBy('2018')
    expect(then(20)).toBe(5)
    expect(then(60_000 + 20)).toBe(65)
    expect(then(120_000 + 20)).toBe(125)
    const capped = startsBy('current', { maxConcurrency: 50 })
    expect(capped(239_000)).toBe(50)
  })

  it('§4.2 FIFO (LDG23 with-sqs): one batch at a time per message group, order kept through a retry', () => {
    const r = runScenario(
      queue({
        q: { fifo: true, visibilityTimeoutMs: 60_000 },
        esm: { batchSize: 2 },
        traffic: [{ source: 'src', kind: 'once', atMs: 0, count: 6, partitionKeys: ['g1', 'g2'] }],
        faults: [{ kind: 'failAttempts', target: 'fn', fromAttempt: 1, toAttempt: 1 }],
      }),
    )
    expect(r.violations).toEqual([])
    for (const g of ['g1', 'g2']) {
      const evs = r.events.filter((e) => e.key === g)
      const done = evs.map((e) => e.endedAtMs!)
      expect([...done].sort((a, b) => a - b)).toEqual(done)
      expect(evs.every((e) => e.fate === 'succeeded')).toBe(true)
    }
  })

  it('§4.1 retention: messages nobody can process expire at MessageRetentionPeriod', () => {
    const r = runScenario(
      queue({
        durationMs: 400_000,
        q: { visibilityTimeoutMs: 60_000, messageRetentionMs: 300_000 },
        traffic: [{ source: 'src', kind: 'once', atMs: 0, count: 3 }],
        faults: [{ kind: 'fail', target: 'fn' }],
      }),
    )
    for (const e of r.events)
      expect(e).toMatchObject({ fate: 'expired', reason: 'sqs.retentionExpired', endedAtMs: 300_000 })
  })
})
