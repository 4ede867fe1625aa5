/**
 * The write-behind lesson pinned to the reference (§7.5 pattern; §3.2 a failing batch blocks its shard, in order; G24).
 */
import { describe, expect, it } from 'vitest'
import { writeBehind } from './write-behind.lesson'
import { entriesOf, runOrThrow } from './run'
import type { Question } from './types'

const q = (id: string): Question => {
  const s = writeBehind.steps.find((x) => x.id === id)
  if (s?.kind !== 'question') throw new Error(id)
  return s.question
}

describe('write-behind lesson', () => {
  const run = runOrThrow(writeBehind.scenario)

  it('users keep getting 200 while RDS fails; no stream record is lost; the shard waits about the outage', () => {
    expect(q('predictUsers').answer(run)).toBe('fast')
    expect(entriesOf(run, 'response').every((r) => r.statusCode === 200)).toBe(true)
    expect(q('lost').answer(run)).toBe(0)
    expect(q('age').answer(run)).toBe('outage')
    const ageS = Number(q('age').explain(run).params?.['seconds'])
    expect(ageS).toBeGreaterThanOrEqual(40)
    expect(ageS).toBeLessThan(60)
  })

  it('the replicator processes the stream in order (sequence numbers never go back on a checkpoint)', () => {
    const seqs = entriesOf(run, 'source.step')
      .filter((s) => s.reason === 'esm.checkpoint')
      .map((s) => Number(s.detail?.['sequenceNumber']))
    expect(seqs.length).toBeGreaterThan(10)
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
  })
})
