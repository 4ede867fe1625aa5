import { describe, expect, it } from 'vitest'
import { parseScenario, SCENARIO_FORMAT, type Fault, type Scenario, type Traffic } from '../../model'
import {
  faultKindsFor,
  jsonErrorOffset,
  faultsOf,
  newFault,
  newTraffic,
  parseJsonText,
  parseTimeList,
  poisonBy,
  trafficOf,
  withFaultKind,
  withTrafficKind,
  FAULT_KINDS,
} from './inputEntries'

const doc = (traffic: Traffic[] = []): Scenario => ({
  format: SCENARIO_FORMAT,
  title: 'T',
  era: 'current',
  seed: 1,
  durationMs: 60_000,
  nodes: [
    { id: 'bucket', type: 's3' },
    { id: 'fn', type: 'lambda' },
    { id: 'stream', type: 'kinesis' },
    { id: 'net', type: 'vpc' },
  ],
  edges: [
    { id: 'trigger', from: 'bucket', to: 'fn' },
    { id: 'esm', from: 'stream', to: 'fn' },
  ],
  traffic,
  faults: [],
})

describe('entries of the selection', () => {
  it('lists the traffic entering a node and the faults aimed at a target, with their document index', () => {
    const s = {
      ...doc([newTraffic('stream', null), newTraffic('bucket', null)]),
      faults: [newFault('fail', 'fn', null)],
    }
    expect(trafficOf(s, 'bucket')).toEqual([{ entry: s.traffic[1], index: 1 }])
    expect(faultsOf(s, 'fn').map((f) => f.index)).toEqual([0])
    expect(faultsOf(s, 'bucket')).toEqual([])
  })
})

describe('faultKindsFor (the model’s FAULT_TARGETS)', () => {
  it('offers a function its failures, a stream its poison record, a VPC ENI exhaustion, a wire its permission', () => {
    expect(faultKindsFor({ kind: 'node', type: 'lambda' })).toEqual([
      'failAttempts',
      'fail',
      'failNext',
      'failProbability',
      'timeout',
      'throttle',
      'revokePermission',
      'duplicateDelivery',
      'recover',
    ])
    expect(faultKindsFor({ kind: 'node', type: 'kinesis' })).toEqual(['poisonRecord', 'duplicateDelivery', 'recover'])
    expect(faultKindsFor({ kind: 'node', type: 'vpc' })).toEqual(['eniExhaustion', 'recover'])
    expect(faultKindsFor({ kind: 'node', type: 's3' })).toEqual(['duplicateDelivery', 'recover'])
    expect(faultKindsFor({ kind: 'node', type: 'rds' })).toEqual([])
    expect(faultKindsFor({ kind: 'edge', permission: 'invoke' })).toEqual(['revokePermission', 'recover'])
    expect(faultKindsFor({ kind: 'edge', permission: null })).toEqual([])
  })

  it('every offered kind, added with its first values, is a fault the model accepts on that target', () => {
    const targets = [
      { id: 'fn', host: { kind: 'node', type: 'lambda' } },
      { id: 'stream', host: { kind: 'node', type: 'kinesis' } },
      { id: 'net', host: { kind: 'node', type: 'vpc' } },
      { id: 'bucket', host: { kind: 'node', type: 's3' } },
      { id: 'trigger', host: { kind: 'edge', permission: 'invoke' } },
    ] as const
    for (const { id, host } of targets)
      for (const kind of faultKindsFor(host)) {
        const s = { ...doc(), faults: [newFault(kind, id, host.kind === 'edge' ? host.permission : null)] }
        expect(parseScenario(s), `${kind} on ${id}`).toMatchObject({ ok: true })
      }
    expect(new Set(FAULT_KINDS).size).toBe(11)
  })

  it('a poison record switches between key and index, never both (fault.poisonWhich)', () => {
    const byIndex = newFault('poisonRecord', 'stream', null)
    if (byIndex.kind !== 'poisonRecord') throw new Error('kind')
    expect(poisonBy(byIndex, 'key')).toEqual({ kind: 'poisonRecord', target: 'stream', key: 'poison' })
    expect(poisonBy({ ...byIndex, index: 4, response: 'reportItemFailure' }, 'index')).toEqual({
      kind: 'poisonRecord',
      target: 'stream',
      index: 4,
      response: 'reportItemFailure',
    })
  })
})

describe('withFaultKind (a fault changed in place)', () => {
  it('keeps the target and the start, takes the new kind’s values, and drops the old kind’s', () => {
    const f: Fault = { kind: 'failAttempts', target: 'fn', atMs: 5_000, fromAttempt: 2, toAttempt: 3 }
    expect(withFaultKind(f, 'failProbability', null)).toEqual({
      kind: 'failProbability',
      target: 'fn',
      atMs: 5_000,
      p: 0.5,
    })
    expect(withFaultKind(f, 'failAttempts', null)).toBe(f)
    expect(withFaultKind({ kind: 'fail', target: 'fn' }, 'timeout', null)).toEqual({ kind: 'timeout', target: 'fn' })
  })

  it('every kind offered for a target, changed from every other, is a fault the model accepts there', () => {
    const hosts = [
      { id: 'fn', host: { kind: 'node', type: 'lambda' } },
      { id: 'stream', host: { kind: 'node', type: 'kinesis' } },
      { id: 'trigger', host: { kind: 'edge', permission: 'invoke' } },
    ] as const
    for (const { id, host } of hosts) {
      const permission = host.kind === 'edge' ? host.permission : null
      const kinds = faultKindsFor(host)
      for (const from of kinds)
        for (const to of kinds) {
          const s = {
            ...doc(),
            faults: [withFaultKind({ ...newFault(from, id, permission), atMs: 2_000 }, to, permission)],
          }
          expect(parseScenario(s), `${from} → ${to} on ${id}`).toMatchObject({ ok: true })
          expect(s.faults[0]).toMatchObject({ kind: to, target: id, atMs: 2_000 })
        }
    }
  })
})

describe('withTrafficKind', () => {
  const once: Traffic = { id: 'u', source: 'bucket', kind: 'once', atMs: 2000, count: 3, payload: { a: 1 } }
  it('keeps source, payload, id and start; a burst of 3 becomes 3 repeats', () => {
    expect(withTrafficKind(once, 'every', 60_000)).toEqual({
      id: 'u',
      source: 'bucket',
      kind: 'every',
      startMs: 2000,
      everyMs: 1000,
      count: 3,
      payload: { a: 1 },
    })
    expect(withTrafficKind(once, 'list', 60_000)).toEqual({
      id: 'u',
      source: 'bucket',
      kind: 'list',
      atMs: [2000, 2000, 2000],
      payload: { a: 1 },
    })
  })
  it('a repeating pattern lists its first times (within the run and its until), and comes back with its gap', () => {
    const every: Traffic = { source: 'bucket', kind: 'every', everyMs: 500, untilMs: 2000 }
    const list = withTrafficKind(every, 'list', 60_000)
    expect(list).toEqual({ source: 'bucket', kind: 'list', atMs: [0, 500, 1000, 1500] })
    expect(withTrafficKind(list, 'every', 60_000)).toEqual({ source: 'bucket', kind: 'every', everyMs: 500, count: 4 })
    expect(withTrafficKind(list, 'once', 60_000)).toEqual({ source: 'bucket', kind: 'once', atMs: 0, count: 4 })
    const endless: Traffic = { source: 'bucket', kind: 'every', everyMs: 1 }
    expect((withTrafficKind(endless, 'list', 60_000) as { atMs: number[] }).atMs).toHaveLength(20)
  })
  it('every switch gives a valid document', () => {
    for (const from of ['once', 'every', 'list'] as const)
      for (const to of ['once', 'every', 'list'] as const) {
        const start = withTrafficKind(newTraffic('bucket', null), from, 60_000)
        expect(parseScenario(doc([withTrafficKind(start, to, 60_000)])), `${from} → ${to}`).toMatchObject({ ok: true })
      }
  })
})

describe('text typed by hand', () => {
  it('a list of times in a unit; the first bad item is named with its position', () => {
    expect(parseTimeList('0, 1.5 ,10', 's')).toEqual({ ok: true, ms: [0, 1500, 10_000] })
    expect(parseTimeList('1 2;3', 'min')).toEqual({ ok: true, ms: [60_000, 120_000, 180_000] })
    expect(parseTimeList('1, x, 3', 's')).toEqual({ ok: false, reason: 'notNumber', item: 'x', position: 2 })
    expect(parseTimeList('1, 0.0001', 's')).toEqual({ ok: false, reason: 'notWholeMs', item: '0.0001', position: 2 })
    expect(parseTimeList('1, -2', 's')).toMatchObject({ ok: false, item: '-2', position: 2 })
    expect(parseTimeList(' , ', 's')).toMatchObject({ ok: false, reason: 'empty' })
  })
  it('JSON: the value, or the line and column where it breaks', () => {
    expect(parseJsonText('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } })
    expect(parseJsonText('{\n  "a": 1,\n  "b": oops\n}')).toEqual({ ok: false, line: 3, column: 8, found: 'o' })
    expect(parseJsonText('{"a": 1')).toEqual({ ok: false, line: 1, column: 8, found: null })
    expect(parseJsonText('{"a": 1,}')).toEqual({ ok: false, line: 1, column: 9, found: '}' })
    expect(parseJsonText('["\\x"]')).toMatchObject({ ok: false, column: 4, found: 'x' })
    expect(parseJsonText('[1] 2')).toMatchObject({ ok: false, column: 5, found: '2' })
    expect(parseJsonText('')).toEqual({ ok: false, line: 1, column: 1, found: null })
  })
  it('the grammar walk agrees with JSON.parse on what is JSON', () => {
    for (const text of [
      '{}',
      '[]',
      '"a\\u00e9"',
      '-0.5e+3',
      'true',
      ' null ',
      '{"a":{"b":[1,"x",false]}}',
      '01',
      '{a:1}',
      '[1,]',
      '"\t"',
      '1.',
      '.5',
      'nul',
    ])
      expect(jsonErrorOffset(text) === -1, text).toBe(
        (() => {
          try {
            JSON.parse(text)
            return true
          } catch {
            return false
          }
        })(),
      )
  })
})
