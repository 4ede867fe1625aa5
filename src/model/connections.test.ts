import { describe, expect, it } from 'vitest'
import { invocationStyle, NODE_TYPES } from './catalogue.ts'
import { connectionRule, inferEdgeRole } from './connections.ts'
import { checkEnvironmentVariables } from './envVars.ts'

describe('inferEdgeRole', () => {
  it('infers by node-type pair', () => {
    expect(inferEdgeRole('s3', 'lambda')).toBe('trigger')
    expect(inferEdgeRole('apiGateway', 'lambda')).toBe('trigger')
    expect(inferEdgeRole('kinesis', 'lambda')).toBe('eventSourceMapping')
    expect(inferEdgeRole('sqs', 'lambda')).toBe('eventSourceMapping')
    expect(inferEdgeRole('lambda', 'rds')).toBe('access')
    expect(inferEdgeRole('sqs', 'sqs')).toBe('dlq')
    expect(inferEdgeRole('kinesis', 'sqs')).toBe('onFailure')
    expect(inferEdgeRole('lambda', 'sqs')).toBeNull()
  })
})

describe('connectionRule', () => {
  it('Kinesis cannot be a DLQ (§2.4)', () => {
    const v = connectionRule('lambda', 'kinesis', 'dlq', 'current')
    expect(v).toMatchObject({ ok: false, code: 'edge.dlqTarget', ref: '§2.4' })
  })
  it('an SQS-sourced function has no destinations: failures go to the redrive DLQ (§4.1)', () => {
    expect(connectionRule('sqs', 'sqs', 'onFailure', 'current')).toMatchObject({
      ok: false,
      code: 'edge.sqsDestination',
    })
    expect(connectionRule('sqs', 'sqs', 'dlq', 'current')).toEqual({ ok: true })
    expect(connectionRule('sqs', 'sns', 'dlq', 'current')).toMatchObject({ ok: false, code: 'edge.redriveNotSqs' })
  })
  it('polled sources are mappings, not triggers (§1.1)', () => {
    expect(connectionRule('kinesis', 'lambda', 'trigger', 'current')).toMatchObject({
      ok: false,
      code: 'edge.polledAsTrigger',
    })
    expect(connectionRule('s3', 'lambda', 'eventSourceMapping', 'current')).toMatchObject({
      ok: false,
      code: 'edge.esmNotPolled',
    })
  })
  it('destinations: none in 2018, S3 on-failure only, streams on-failure only (§2.2, §3.2, §12)', () => {
    expect(connectionRule('lambda', 'sqs', 'onFailure', '2018')).toMatchObject({ ok: false, code: 'era.destinations' })
    expect(connectionRule('lambda', 's3', 'onSuccess', 'current')).toMatchObject({
      ok: false,
      code: 'edge.s3OnSuccess',
    })
    expect(connectionRule('lambda', 's3', 'onFailure', 'current')).toEqual({ ok: true })
    expect(connectionRule('kinesis', 'sqs', 'onSuccess', 'current')).toMatchObject({ ok: false })
    expect(connectionRule('kinesis', 'lambda', 'onFailure', 'current')).toMatchObject({
      ok: false,
      code: 'edge.streamFailureTarget',
    })
    expect(connectionRule('lambda', 'eventBridge', 'onSuccess', 'current')).toEqual({ ok: true })
  })
  it('every refusal carries a message and a § reference', () => {
    const roles = ['trigger', 'eventSourceMapping', 'dlq', 'onSuccess', 'onFailure', 'access'] as const
    for (const a of NODE_TYPES)
      for (const b of NODE_TYPES)
        for (const r of roles)
          for (const era of ['current', '2018'] as const) {
            const v = connectionRule(a.type, b.type, r, era)
            if (!v.ok) {
              expect(v.message.length).toBeGreaterThan(10)
              expect(v.ref).toMatch(/^§\d/)
            }
          }
  })
  it('an inferred role is always legal in the current era', () => {
    for (const a of NODE_TYPES)
      for (const b of NODE_TYPES) {
        const r = inferEdgeRole(a.type, b.type)
        if (r) expect(connectionRule(a.type, b.type, r, 'current'), `${a.type}->${b.type}`).toEqual({ ok: true })
      }
  })
})

describe('invocationStyle', () => {
  it('CloudFormation was sync in 2018 and is async today (§1.2)', () => {
    expect(invocationStyle('cloudFormation', '2018')).toBe('sync')
    expect(invocationStyle('cloudFormation', 'current')).toBe('async')
    expect(invocationStyle('ses', 'current', 'RequestResponse')).toBe('sync')
    expect(invocationStyle('kinesis', 'current')).toBe('polled')
  })
})

describe('G36 env vars (§8, §15)', () => {
  it('accepts exactly 4,096 bytes and rejects 4,097', () => {
    const at = (n: number) => ({ BIG: 'x'.repeat(n - '{"BIG":""}'.length) })
    expect(checkEnvironmentVariables(at(4096), 'current')).toEqual([])
    expect(checkEnvironmentVariables(at(4097), 'current').map((i) => i.code)).toEqual(['env.tooLarge'])
  })
  it('rejects reserved keys and bad keys, per era', () => {
    expect(checkEnvironmentVariables({ AWS_REGION: 'x' }, 'current')[0]?.code).toBe('env.reservedKey')
    expect(checkEnvironmentVariables({ '1ABC': 'x' }, 'current')[0]?.code).toBe('env.badKey')
    expect(checkEnvironmentVariables({ A: 'x' }, 'current')[0]?.code).toBe('env.badKey')
    expect(checkEnvironmentVariables({ A: 'x' }, '2018')).toEqual([])
    expect(checkEnvironmentVariables({ TZ: 'UTC' }, '2018')[0]?.code).toBe('env.reservedKey')
    expect(checkEnvironmentVariables({ TZ: 'UTC' }, 'current')).toEqual([])
  })
  it('counts UTF-8 bytes, not characters', () => {
    const v = { K1: 'é'.repeat(2045) } // 4,090 bytes of value + 9 of JSON, but only 2,054 characters
    expect(checkEnvironmentVariables(v, 'current').map((i) => i.code)).toEqual(['env.tooLarge'])
  })
})
