/**
 * SQS FIFO redrive (reference §16 "FIFO queue redrive": SQS developer guide, dead-letter queues; observed run) with
 * §4.2 FIFO ordering (LDG23 with-sqs): the group is blocked while its head is retried, order kept, the redrive DLQ is
 * FIFO and keeps the message group.
 */
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../model/index.ts'
import { runScenario, scenarioDoc, type ScenarioInput } from '../testkit.ts'

const fifo = (dlqFifo: boolean): ScenarioInput => ({
  nodes: [
    { id: 'orders', type: 'sqs', config: { fifo: true, visibilityTimeoutMs: 30_000 } },
    { id: 'fn', type: 'lambda', config: { durationMs: 200 } },
    { id: 'orders-dlq', type: 'sqs', config: { fifo: dlqFifo } },
  ],
  edges: [
    { from: 'orders', to: 'fn', config: { batchSize: 1 } },
    { from: 'orders', to: 'orders-dlq', config: { maxReceiveCount: 3 } },
  ],
  traffic: [{ source: 'orders', kind: 'once', atMs: 0, count: 3, partitionKeys: ['customer-1'] }],
  faults: [{ kind: 'poisonRecord', target: 'orders', index: 0 }],
  durationMs: 300_000,
})

describe('FIFO redrive goldens (§16)', () => {
  it('§16: a FIFO queue’s FIFO redrive DLQ is valid; a standard one is refused (and a function DLQ still cannot be FIFO)', () => {
    expect(parseScenario(scenarioDoc(fifo(true))).ok).toBe(true)
    const bad = parseScenario(scenarioDoc(fifo(false)))
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toContain('edge.redriveFifoMismatch')
    const fnDlq = parseScenario(
      scenarioDoc({
        nodes: [
          { id: 'fn', type: 'lambda' },
          { id: 'q', type: 'sqs', config: { fifo: true } },
        ],
        edges: [{ from: 'fn', to: 'q', role: 'dlq' }],
      }),
    )
    expect(fnDlq.ok ? [] : fnDlq.issues.map((i) => i.code)).toContain('edge.fifoTarget')
  })

  it('§4.2 + §16: the group waits while its head is retried (3 receives), then the head is redriven and the rest follow in order', () => {
    const r = runScenario(fifo(true))
    expect(r.violations).toEqual([])
    const [head, second, third] = r.events.filter((e) => e.source === 'orders' && e.key === 'customer-1')
    expect(head!.attempts).toHaveLength(3)
    expect(head!.fate).toBe('dead-lettered')
    // Nothing behind the head runs before the head has left the group.
    expect(second!.attempts[0]!.startMs).toBeGreaterThanOrEqual(head!.endedAtMs!)
    expect(third!.attempts[0]!.startMs).toBeGreaterThan(second!.attempts[0]!.startMs)
    expect([second!.fate, third!.fate]).toEqual(['succeeded', 'succeeded'])
    // The redriven message arrives on the FIFO DLQ with its body and group.
    const arrived = r.trace.filter((t) => t.type === 'message.sent' && t.reason === 'sqs.redrive')
    expect(arrived).toHaveLength(1)
    expect((arrived[0] as { message: { attributes: Record<string, string> } }).message.attributes).toMatchObject({
      MessageGroupId: 'customer-1',
      ApproximateReceiveCount: '3',
    })
  })
})
