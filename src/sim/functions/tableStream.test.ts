import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../model/index.ts'
import example from '../../../examples/dynamodb-rds.json'
import { ofType, runScenario } from '../testkit.ts'

const doc = example as Scenario

describe('§7.5 write-behind: DynamoDB table → stream → function → RDS', () => {
  const r = runScenario(doc)
  const created = ofType(r.trace, 'event.created')
  it('every successful write becomes one stream record, after the write', () => {
    const records = created.filter((c) => c.reason === 'table.streamRecord')
    const writes = ofType(r.trace, 'invoke.end').filter((e) => e.nodeId === 'writer' && e.result === 'success')
    expect(records).toHaveLength(writes.length)
    expect(records.every((c) => c.nodeId === 'orders-stream')).toBe(true)
  })
  it('the user keeps getting fast answers while RDS fails and the shard is blocked (G24)', () => {
    const answers = ofType(r.trace, 'response').filter((x) => x.nodeId === 'api')
    expect(answers.length).toBe(45)
    expect(answers.every((a) => a.statusCode === 200)).toBe(true)
    const failed = ofType(r.trace, 'invoke.end').filter((e) => e.nodeId === 'replicator' && e.result === 'error')
    expect(failed.length).toBeGreaterThan(0)
    expect(failed.every((e) => e.atMs >= 20_000 && e.atMs < 61_000)).toBe(true)
    const age = r.metrics.series.find((s) => s.nodeId === 'replicator' && s.name === 'IteratorAge')
    expect(Math.max(...(age?.values ?? [0]))).toBeGreaterThan(30_000)
  })
})
