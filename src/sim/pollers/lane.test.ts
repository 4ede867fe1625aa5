import { describe, expect, it } from 'vitest'
import { Ledger } from '../ledger.ts'
import { Lane } from './lane.ts'

describe('Lane.compact', () => {
  it('drops fated records from the front and shifts the batch and bisect marks with them', () => {
    const ledger = new Ledger()
    const lane = new Lane(0, 'shardId-000000000000', 0)
    for (let i = 0; i < 10_000; i++) lane.push(ledger.create('ks', 't', i, null), i + 1, i)
    lane.head = 5000
    lane.bEnd = 6000
    lane.ends.push(8000)
    lane.compact()
    expect(lane.head).toBe(0)
    expect(lane.bEnd).toBe(1000)
    expect(lane.ends).toEqual([3000])
    expect(lane.length).toBe(5000)
    expect(lane.seq[0]).toBe(5001)
    expect(lane.arrivalMs[0]).toBe(5000)
    expect(lane.evs[0]!.id).toBe('e5001')
  })

  it('leaves a small or mostly-live lane alone', () => {
    const ledger = new Ledger()
    const lane = new Lane(0, 's', 0)
    for (let i = 0; i < 100; i++) lane.push(ledger.create('ks', 't', i, null), i + 1, i)
    lane.head = 50
    lane.compact()
    expect(lane.head).toBe(50)
  })
})
