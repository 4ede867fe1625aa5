import { describe, expect, it } from 'vitest'
import { SCENARIO_FORMAT, type Scenario } from '../../model'
import { fieldDocPath, tryEdit } from './applyEdit'

const base: Scenario = {
  format: SCENARIO_FORMAT,
  title: 'Orders',
  era: 'current',
  seed: 1,
  durationMs: 60_000,
  nodes: [
    { id: 'q', type: 'sqs' },
    { id: 'fn', type: 'lambda' },
  ],
  edges: [{ from: 'q', to: 'fn' }],
  traffic: [],
  faults: [],
}
const fn = { kind: 'node', index: 1 } as const

describe('tryEdit', () => {
  it('applies a valid value and leaves the original untouched', () => {
    const r = tryEdit(base, fn, ['config', 'timeoutMs'], 10_000)
    expect(r.ok && r.scenario.nodes[1]).toEqual({ id: 'fn', type: 'lambda', config: { timeoutMs: 10_000 } })
    expect(base.nodes[1]).toEqual({ id: 'fn', type: 'lambda' })
  })
  it('refuses an out-of-range value with its path', () => {
    const r = tryEdit(base, fn, ['config', 'timeoutMs'], 901_000)
    expect(r).toMatchObject({ ok: false, issues: [{ path: 'nodes[1].config.timeoutMs', code: 'schema.too_big' }] })
  })
  it('refuses a timeout above the queue visibility timeout (G27), located on the mapping', () => {
    const r = tryEdit(base, fn, ['config', 'timeoutMs'], 60_000)
    expect(r).toMatchObject({ ok: false, issues: [{ path: 'edges[0]', code: 'esm.visibilityBelowTimeout' }] })
  })
  it('refuses 2018 memory outside 64 MB steps (§7.1) and allows it today', () => {
    const old = { ...base, era: '2018' as const }
    expect(tryEdit(old, fn, ['config', 'memoryMb'], 200)).toMatchObject({
      ok: false,
      issues: [{ code: 'era.memory2018' }],
    })
    expect(tryEdit(base, fn, ['config', 'memoryMb'], 200).ok).toBe(true)
  })
  it('does not let an error the document already had block other edits', () => {
    const broken = { ...base, nodes: [...base.nodes, { id: 'fn', type: 'lambda' as const }] }
    expect(tryEdit(broken, fn, ['config', 'timeoutMs'], 5000).ok).toBe(true)
  })
  it('resets to the default by removing the value', () => {
    const set = tryEdit(base, fn, ['config', 'timeoutMs'], 5000)
    if (!set.ok) throw new Error('unexpected')
    const r = tryEdit(set.scenario, fn, ['config', 'timeoutMs'], undefined)
    expect(r.ok && r.scenario.nodes[1]).toEqual({ id: 'fn', type: 'lambda' })
  })
  it('names document paths like the model', () => {
    expect(fieldDocPath(fn, ['config', 'timeoutMs'])).toBe('nodes[1].config.timeoutMs')
    expect(fieldDocPath({ kind: 'scenario' }, ['seed'])).toBe('seed')
  })
})
