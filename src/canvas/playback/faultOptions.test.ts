import { describe, expect, it } from 'vitest'
import kinesis from '../../../examples/kinesis-poison.json'
import s3Dlq from '../../../examples/s3-dlq.json'
import { resolveScenario, type Scenario } from '../../model'
import { faultOptions, targetNameOf } from './faultOptions'

describe('fault options', () => {
  const s3 = resolveScenario(s3Dlq as Scenario)
  it('a function offers fail next N, fail always, time out, throttle (reserved 0), recover', () => {
    expect(faultOptions(s3, { kind: 'node', id: 'thumbnailer' }).map((o) => o.key)).toEqual([
      'failNext',
      'failNext',
      'failAlways',
      'timeout',
      'throttle',
      'recover',
    ])
    const throttle = faultOptions(s3, { kind: 'node', id: 'thumbnailer' }).find((o) => o.key === 'throttle')
    expect(throttle?.request).toEqual({
      kind: 'fault',
      fault: { kind: 'throttle', target: 'thumbnailer', reservedConcurrency: 0 },
    })
  })
  it('a source offers "send an event now"; a stream also a poison record (§3.2)', () => {
    expect(faultOptions(s3, { kind: 'node', id: 'uploads' }).map((o) => o.key)).toEqual(['sendEvent'])
    const k = resolveScenario(kinesis as Scenario)
    expect(faultOptions(k, { kind: 'node', id: 'clicks' }).map((o) => o.key)).toEqual(['poisonRecord', 'sendEvent'])
  })
  it('a wire offers revoking the permission it needs (§10)', () => {
    const trigger = faultOptions(s3, { kind: 'edge', id: 'uploads->thumbnailer' })
    expect(trigger).toMatchObject([{ key: 'revokePermission', permission: 'invoke' }])
    expect(faultOptions(s3, { kind: 'edge', id: 'thumbnailer->thumbnailer-dlq' })).toMatchObject([
      { permission: 'dlqSend' },
    ])
    const k = resolveScenario(kinesis as Scenario)
    expect(faultOptions(k, { kind: 'edge', id: 'clicks-esm' })).toMatchObject([{ permission: 'streamRead' }])
  })
})

describe('targetNameOf', () => {
  it('names nodes by label and wires by their ends’ labels, never by internal ids', () => {
    const s3 = resolveScenario(s3Dlq as Scenario)
    const wire = (from: string, to: string) => `${from} → ${to}`
    const fn = s3.nodes.find((n) => n.type === 'lambda')!
    expect(targetNameOf(s3, { kind: 'node', id: fn.id }, wire)).toBe(fn.label)
    const edge = s3.edges.find((e) => e.role === 'trigger')!
    const name = targetNameOf(s3, { kind: 'edge', id: edge.id }, wire)
    expect(name).toBe(`${s3.nodeById.get(edge.from)!.label} → ${fn.label}`)
    expect(name).not.toContain(edge.id)
  })
})
