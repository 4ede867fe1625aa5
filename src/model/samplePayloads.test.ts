import { describe, expect, it } from 'vitest'
import { isPolledSource, isPushSource, NODE_TYPES, parseScenario, SCENARIO_FORMAT, type ScenarioNode } from './index.ts'
import { defaultPayload } from './samplePayloads.ts'

describe('defaultPayload', () => {
  it('every node events can start at has a sample, and it is JSON the document accepts', () => {
    for (const { type } of NODE_TYPES) {
      const node = { id: 'n', type } as ScenarioNode
      const sample = defaultPayload(node, 'current')
      if (!isPushSource(type) && !isPolledSource(type)) {
        expect(sample, type).toBeNull()
        continue
      }
      expect(sample, type).not.toBeNull()
      expect(JSON.parse(JSON.stringify(sample)), type).toEqual(sample)
      const doc = {
        format: SCENARIO_FORMAT,
        title: 't',
        era: 'current',
        seed: 1,
        durationMs: 1000,
        nodes: [node],
        edges: [],
        traffic: [{ source: 'n', kind: 'once', atMs: 0, payload: sample }],
        faults: [],
      }
      expect(parseScenario(doc), type).toMatchObject({ ok: true })
    }
  })

  it('push sources get the event AWS sends; queues and streams get the body the record carries', () => {
    expect(defaultPayload({ id: 'b', type: 's3' }, 'current')).toMatchObject({
      Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put' }],
    })
    expect(defaultPayload({ id: 'q', type: 'sqs' }, 'current')).toEqual({ orderId: 'A-1' })
    expect(defaultPayload({ id: 'd', type: 'dynamoDbStream' }, 'current')).toMatchObject({
      Keys: { pk: { S: 'order#A-1' } },
    })
  })

  it('API Gateway follows its payload format (REST → 1.0, HTTP API → 2.0, §5.2)', () => {
    expect(defaultPayload({ id: 'a', type: 'apiGateway' }, 'current')).toMatchObject({ httpMethod: 'POST' })
    expect(defaultPayload({ id: 'a', type: 'apiGateway', config: { api: 'http' } }, 'current')).toMatchObject({
      version: '2.0',
      routeKey: 'POST /orders',
    })
  })
})
