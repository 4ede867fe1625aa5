import { describe, expect, it } from 'vitest'
import { loopWires } from './loops.ts'
import type { Scenario } from './scenario.ts'

const doc = (edges: Scenario['edges'], era: Scenario['era'] = 'current', recursiveLoop?: 'Allow'): Scenario => ({
  format: 'lambdascope/scenario@1',
  title: 't',
  era,
  seed: 1,
  durationMs: 1000,
  nodes: [
    { id: 'b', type: 's3' },
    { id: 'q', type: 'sqs' },
    { id: 'f', type: 'lambda', ...(recursiveLoop ? { config: { recursiveLoop } } : {}) },
    { id: 'g', type: 'lambda' },
  ],
  edges,
  traffic: [],
  faults: [],
})

describe('loopWires (§16)', () => {
  it('marks a write that leads back to its function (directly or through another function), and how it ends', () => {
    expect(
      loopWires(
        doc([
          { from: 'b', to: 'f' },
          { from: 'f', to: 'b', role: 'writes' },
        ]),
      ),
    ).toEqual(new Map([[1, 'stops']]))
    const twoStep = doc([
      { from: 'b', to: 'f' },
      { from: 'f', to: 'q', role: 'writes' },
      { from: 'q', to: 'g' },
      { from: 'g', to: 'b', role: 'writes' },
    ])
    expect(loopWires(twoStep)).toEqual(
      new Map([
        [1, 'stops'],
        [3, 'stops'],
      ]),
    )
    expect(
      loopWires(
        doc(
          [
            { from: 'b', to: 'f' },
            { from: 'f', to: 'b', role: 'writes' },
          ],
          '2018',
        ),
      ),
    ).toEqual(new Map([[1, 'runsOn']]))
    expect(
      loopWires(
        doc(
          [
            { from: 'b', to: 'f' },
            { from: 'f', to: 'b', role: 'writes' },
          ],
          'current',
          'Allow',
        ),
      ),
    ).toEqual(new Map([[1, 'runsOn']]))
  })

  it('leaves a write that goes elsewhere unmarked', () => {
    expect(
      loopWires(
        doc([
          { from: 'b', to: 'f' },
          { from: 'f', to: 'q', role: 'writes' },
        ]),
      ),
    ).toEqual(new Map())
  })
})
