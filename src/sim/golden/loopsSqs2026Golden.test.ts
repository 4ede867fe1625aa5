/**
 * Recursive loops through an SQS mapping, and writes from functions invoked synchronously or by a mapping (reference
 * §16 "Recursive loop detection"; docs/aws-rules.md §16.2). AWS's own example of a loop is a function writing back to
 * the queue that triggers it (https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html; launch post
 * July 2023: "Lambda will stop recursive invocations between Amazon SQS, AWS Lambda, and Amazon SNS after 16
 * recursive calls"). Where the stopped message goes is our reading (§16.2): the source queue's redrive DLQ, else
 * dropped.
 */
import { describe, expect, it } from 'vitest'
import { ofType, runScenario, type ScenarioInput } from '../testkit.ts'

const selfWritingQueue = (opts: { dlq?: boolean; fn?: object; era?: '2018' | 'current' } = {}): ScenarioInput => ({
  ...(opts.era ? { era: opts.era } : {}),
  nodes: [
    { id: 'q', type: 'sqs' },
    { id: 'fn', type: 'lambda', config: { durationMs: 200, ...opts.fn } },
    ...(opts.dlq ? [{ id: 'q-dlq', type: 'sqs' as const }] : []),
  ],
  edges: [
    { from: 'q', to: 'fn' },
    { from: 'fn', to: 'q', role: 'writes' },
    ...(opts.dlq ? [{ from: 'q', to: 'q-dlq', config: { maxReceiveCount: 3 } }] : []),
  ],
  traffic: [{ source: 'q', kind: 'once', atMs: 0, payload: { order: 7 } }],
  durationMs: 120_000,
})
const invocations = (r: ReturnType<typeof runScenario>) => r.events.reduce((n, e) => n + e.attempts.length, 0)
const dropped = (r: ReturnType<typeof runScenario>) =>
  r.metrics.series
    .find((s) => s.nodeId === 'fn' && s.name === 'RecursiveInvocationsDropped')!
    .values.reduce((a, b) => a + b, 0)

describe('recursive loops through SQS (§16.2)', () => {
  it('§16.2 (invocation-recursion): a function writing back to its own trigger queue is stopped after 16 invocations; the redrive DLQ takes the 17th message', () => {
    const r = runScenario(selfWritingQueue({ dlq: true }))
    expect(r.violations).toEqual([])
    expect(invocations(r)).toBe(16)
    expect(r.events).toHaveLength(17)
    const stopped = r.events[16]!
    expect(stopped).toMatchObject({ fate: 'dead-lettered', reason: 'loop.stopped', attempts: [] })
    expect(r.events.slice(0, 16).every((e) => e.fate === 'succeeded')).toBe(true)
    // The message moves as SQS moves it (§15.11): its body and MessageId, on the redrive queue.
    const moved = ofType(r.trace, 'message.sent').filter((m) => m.nodeId === 'q-dlq' && m.reason === 'loop.redrive')
    expect(moved).toHaveLength(1)
    expect(moved[0]!.message).toMatchObject({
      messageId: stopped.id,
      body: { order: 7 },
      attributes: { ApproximateReceiveCount: '1' },
    })
    expect(dropped(r)).toBe(1)
  })

  it('§16.2: without a redrive DLQ the stopped message is dropped; Allow and the 2018 era let it run on', () => {
    const none = runScenario(selfWritingQueue())
    expect(invocations(none)).toBe(16)
    expect(none.events[16]).toMatchObject({ fate: 'discarded', reason: 'loop.stopped' })
    expect(dropped(none)).toBe(1)
    const allow = runScenario(selfWritingQueue({ fn: { recursiveLoop: 'Allow' } }))
    expect(invocations(allow)).toBeGreaterThan(100)
    expect(allow.events.some((e) => e.reason === 'loop.stopped')).toBe(false)
    expect(invocations(runScenario(selfWritingQueue({ era: '2018' })))).toBeGreaterThan(100)
  })

  it('§16.2: a chain SQS → function → SNS → the same function counts every hop (16 in all)', () => {
    const r = runScenario({
      nodes: [
        { id: 'q', type: 'sqs' },
        { id: 'fn', type: 'lambda', config: { durationMs: 200 } },
        { id: 't', type: 'sns' },
        { id: 'q2', type: 'sqs' },
      ],
      edges: [
        { from: 'q', to: 'fn' },
        { from: 't', to: 'fn' },
        { from: 'fn', to: 't', role: 'writes' },
        { from: 'fn', to: 'q2', role: 'dlq' },
      ],
      traffic: [{ source: 'q', kind: 'once', atMs: 0, payload: { n: 1 } }],
      durationMs: 120_000,
    })
    expect(r.violations).toEqual([])
    expect(invocations(r)).toBe(16)
    expect(r.events.find((e) => e.reason === 'loop.stopped')).toMatchObject({ fate: 'dead-lettered' })
  })

  it('§16: functions invoked synchronously or by a mapping write too — API Gateway → fn → queue, Kinesis → fn → queue', () => {
    const api = runScenario({
      nodes: [
        { id: 'api', type: 'apiGateway' },
        { id: 'fn', type: 'lambda' },
        { id: 'jobs', type: 'sqs' },
        { id: 'worker', type: 'lambda' },
      ],
      edges: [
        { from: 'api', to: 'fn' },
        { from: 'fn', to: 'jobs', role: 'writes' },
        { from: 'jobs', to: 'worker' },
      ],
      traffic: [{ source: 'api', kind: 'once', atMs: 0, payload: { job: 1 } }],
    })
    expect(api.events.map((e) => [e.source, e.fate])).toEqual([
      ['api', 'succeeded'],
      ['jobs', 'succeeded'],
    ])
    expect(api.events[1]!.attempts).toHaveLength(1)
    const stream = runScenario({
      nodes: [
        { id: 'ks', type: 'kinesis' },
        { id: 'fn', type: 'lambda' },
        { id: 'out', type: 'sqs' },
      ],
      edges: [
        { from: 'ks', to: 'fn', config: { batchSize: 2 } },
        { from: 'fn', to: 'out', role: 'writes' },
      ],
      traffic: [{ source: 'ks', kind: 'once', atMs: 0, count: 2 }],
    })
    // Nobody polls `out`: the two writes only count in its depth, and the run settles (no event left open).
    expect(stream.events.map((e) => e.fate)).toEqual(['succeeded', 'succeeded'])
    expect(stream.end.openEvents).toBe(0)
    expect(ofType(stream.trace, 'message.sent').filter((m) => m.reason === 'write.sent')).toHaveLength(2)
  })
})
