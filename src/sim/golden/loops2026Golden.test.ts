/**
 * Recursive loop detection (reference §16; §13.12 settled: https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html,
 * AWS Compute Blog July 2023 "drops requests after exceeding 16 invocations"; S3 since 2024;
 * PutFunctionRecursionConfig).
 */
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../model/index.ts'
import { ofType, runScenario, scenarioDoc, type ScenarioInput } from '../testkit.ts'

const selfWritingBucket = (extra: Partial<ScenarioInput> & { fn?: object } = {}): ScenarioInput => {
  const { fn, ...rest } = extra
  return {
    nodes: [
      { id: 'bucket', type: 's3' },
      { id: 'fn', type: 'lambda', config: { durationMs: 200, ...fn } },
      { id: 'q', type: 'sqs' },
    ],
    edges: [
      { from: 'bucket', to: 'fn' },
      { from: 'fn', to: 'bucket', role: 'writes' },
      { from: 'fn', to: 'q', role: 'onFailure' },
    ],
    traffic: [
      { source: 'bucket', kind: 'once', atMs: 0, payload: { Records: [{ s3: { object: { key: 'in.jpg' } } }] } },
    ],
    durationMs: 120_000,
    ...rest,
  }
}
const invocations = (r: ReturnType<typeof runScenario>) => r.events.reduce((n, e) => n + e.attempts.length, 0)

describe('recursive loop goldens (§16)', () => {
  it('§16 (invocation-recursion; AWS blog 2023): a function writing to its own trigger bucket is stopped after 16 invocations, the event goes to on-failure', () => {
    const r = runScenario(selfWritingBucket())
    expect(r.violations).toEqual([])
    expect(invocations(r)).toBe(16)
    const stopped = r.events.find((e) => e.reason === 'loop.stopped')!
    expect(stopped.attempts).toEqual([]) // the 17th is never invoked
    expect(stopped.fate).toBe('sent-to-destination')
    const rec = ofType(r.trace, 'message.sent').find((m) => m.reason === 'destination.sent')!.message as Record<
      string,
      unknown
    >
    expect(rec.requestContext).toMatchObject({ condition: 'RecursiveInvocationDetected', approximateInvokeCount: 0 })
    expect(rec.requestPayload).toEqual({ Records: [{ s3: { object: { key: 'in.jpg' } } }] })
    expect(rec).not.toHaveProperty('responseContext')
    expect(
      r.metrics.series
        .find((s) => s.nodeId === 'fn' && s.name === 'RecursiveInvocationsDropped')!
        .values.reduce((a, b) => a + b, 0),
    ).toBe(1)
    expect(ofType(r.trace, 'event.fate').filter((f) => f.reason === 'loop.stopped')).toHaveLength(1)
  })

  it('§16: recursiveLoop Allow lets it run on; in 2018 there is no detection at all', () => {
    const allow = runScenario(selfWritingBucket({ fn: { recursiveLoop: 'Allow' } }))
    expect(invocations(allow)).toBeGreaterThan(100)
    expect(allow.events.some((e) => e.reason === 'loop.stopped')).toBe(false)
    const then = runScenario(
      selfWritingBucket({
        era: '2018',
        edges: [
          { from: 'bucket', to: 'fn' },
          { from: 'fn', to: 'bucket', role: 'writes' },
        ],
      }),
    )
    expect(invocations(then)).toBeGreaterThan(100)
  })

  it('§16: an SNS topic in the loop counts the same way; a chain that is not a loop never reaches the limit', () => {
    const sns = runScenario({
      nodes: [
        { id: 't', type: 'sns' },
        { id: 'fn', type: 'lambda' },
        { id: 'dlq', type: 'sqs' },
      ],
      edges: [
        { from: 't', to: 'fn' },
        { from: 'fn', to: 't', role: 'writes' },
        { from: 'fn', to: 'dlq', role: 'dlq' },
      ],
      traffic: [{ source: 't', kind: 'once', atMs: 0, payload: { n: 1 } }],
      durationMs: 120_000,
    })
    expect(invocations(sns)).toBe(16)
    expect(ofType(sns.trace, 'message.sent').find((m) => m.reason === 'dlq.sent')!.message).toMatchObject({
      body: { n: 1 },
      attributes: { ErrorMessage: 'RecursiveInvocationDetected' },
    })
    const chain = runScenario({
      nodes: [
        { id: 'b', type: 's3' },
        { id: 'fn', type: 'lambda' },
        { id: 'out', type: 's3' },
      ],
      edges: [
        { from: 'b', to: 'fn' },
        { from: 'fn', to: 'out', role: 'writes' },
      ],
      traffic: [{ source: 'b', kind: 'once', atMs: 0 }],
    })
    expect(invocations(chain)).toBe(1)
  })

  it('§16: 2018 refuses recursiveLoop with the date it arrived; writes go to a bucket, queue or topic only', () => {
    const r = parseScenario(
      scenarioDoc({
        era: '2018',
        nodes: [{ id: 'fn', type: 'lambda', config: { recursiveLoop: 'Terminate' } }],
        edges: [],
      }),
    )
    expect(r.ok ? [] : r.issues).toContainEqual(
      expect.objectContaining({ code: 'era.recursiveLoop', params: { arrivedMonth: '2023-07' } }),
    )
    const bad = parseScenario(
      scenarioDoc({
        nodes: [
          { id: 'fn', type: 'lambda' },
          { id: 'bus', type: 'eventBridge' },
        ],
        edges: [{ from: 'fn', to: 'bus', role: 'writes' }],
      }),
    )
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toContain('edge.writesTarget')
  })
})
