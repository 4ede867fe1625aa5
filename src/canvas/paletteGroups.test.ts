import { describe, expect, it } from 'vitest'
import { NODE_TYPES } from '../model'
import { PALETTE_GROUPS } from './paletteGroups'

describe('palette', () => {
  it('offers every node type of the scenario format', () => {
    const offered = new Set(PALETTE_GROUPS.flatMap((g) => g.types))
    expect(NODE_TYPES.map((i) => i.type).filter((t) => !offered.has(t))).toEqual([])
  })

  it('puts every source in the group of its invocation style (§1.2)', () => {
    for (const g of PALETTE_GROUPS.filter((g) => g.id === 'sync' || g.id === 'async' || g.id === 'polled'))
      for (const type of g.types) expect(NODE_TYPES.find((i) => i.type === type)?.style, type).toBe(g.id)
  })
})
