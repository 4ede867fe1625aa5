import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseScenario, SCENARIO_FORMAT, type Scenario } from '../model'
import { effectiveEdgeIds } from '../model'
import { copyOf, pasteInto, shiftClip } from './clipboard'
import { PROPERTY_TIMEOUT_MS } from '../test/timeouts'

/** A stream with two mappings, each with its own on-failure destination (§3.2), traffic and faults on the parts. */
const streams: Scenario = {
  format: SCENARIO_FORMAT,
  title: 'Streams',
  era: 'current',
  seed: 1,
  durationMs: 60_000,
  nodes: [
    { id: 'stream-1', type: 'kinesis', position: { x: 0, y: 0 } },
    { id: 'function-1', type: 'lambda', position: { x: 300, y: 0 } },
    { id: 'function-2', type: 'lambda', position: { x: 300, y: 200 } },
    { id: 'queue-1', type: 'sqs', position: { x: 600, y: 0 } },
    { id: 'topic-1', type: 'sns', position: { x: 600, y: 200 } },
    { id: 'vpc-1', type: 'vpc', position: { x: 0, y: 400 } },
    { id: 'function-3', type: 'lambda', parentId: 'vpc-1', position: { x: 24, y: 36 } },
  ],
  edges: [
    // No explicit id: the mapping goes by the model's default `stream-1->function-1`.
    { from: 'stream-1', to: 'function-1' },
    { id: 'esm-2', from: 'stream-1', to: 'function-2' },
    { id: 'fail-1', from: 'stream-1', to: 'queue-1', role: 'onFailure', config: { mapping: 'stream-1->function-1' } },
    { id: 'fail-2', from: 'stream-1', to: 'topic-1', role: 'onFailure', config: { mapping: 'esm-2' } },
  ],
  traffic: [
    { id: 'records', source: 'stream-1', kind: 'every', everyMs: 1000, partitionKeys: ['a'] },
    { source: 'stream-1', kind: 'once', atMs: 0 },
  ],
  faults: [
    { id: 'boom', target: 'function-1', kind: 'fail' },
    { target: 'esm-2', kind: 'revokePermission', permission: 'streamRead', atMs: 5000 },
    { target: 'function-3', kind: 'timeout' },
  ],
}

const all = streams.nodes.map((n) => n.id)

function pasteAll(doc: Scenario, nodeIds: readonly string[]) {
  const clip = copyOf(doc, nodeIds, [])
  if (!clip) throw new Error('nothing copied')
  return pasteInto(doc, clip, { x: 40, y: 40 })
}

describe('copy and paste rewire every id-bearing field', () => {
  it('points a pasted on-failure destination at the pasted mapping, including a mapping known by its default id', () => {
    const { doc, edgeIds } = pasteAll(streams, all)
    expect(parseScenario(doc)).toMatchObject({ ok: true })
    const pasted = doc.edges.slice(streams.edges.length)
    expect(pasted.map((e) => [e.id, e.from, e.to, e.config?.mapping])).toEqual([
      ['stream-2:function-4', 'stream-2', 'function-4', undefined],
      ['stream-2:function-5', 'stream-2', 'function-5', undefined],
      ['stream-2:queue-2', 'stream-2', 'queue-2', 'stream-2:function-4'],
      ['stream-2:topic-2', 'stream-2', 'topic-2', 'stream-2:function-5'],
    ])
    expect(edgeIds).toEqual(pasted.map((e) => e.id))
    // The originals are untouched.
    expect(doc.edges.slice(0, streams.edges.length)).toEqual(streams.edges)
  })

  it('drops a mapping that was not copied (the pasted stream has no such mapping) and keeps the rest', () => {
    const { doc } = pasteAll(streams, ['stream-1', 'queue-1'])
    const pasted = doc.edges.slice(streams.edges.length)
    expect(pasted).toEqual([{ id: 'stream-2:queue-2', from: 'stream-2', to: 'queue-2', role: 'onFailure' }])
    expect(parseScenario(doc)).toMatchObject({ ok: true })
  })

  it('copies traffic and faults aimed at copied parts, with their source or target rewired and fresh ids', () => {
    const { doc } = pasteAll(streams, all)
    expect(doc.traffic.slice(2)).toEqual([
      { id: 'records-copy', source: 'stream-2', kind: 'every', everyMs: 1000, partitionKeys: ['a'] },
      { source: 'stream-2', kind: 'once', atMs: 0 },
    ])
    expect(doc.faults.slice(3)).toEqual([
      { id: 'boom-copy', target: 'function-4', kind: 'fail' },
      { target: 'stream-2:function-5', kind: 'revokePermission', permission: 'streamRead', atMs: 5000 },
      { target: 'function-6', kind: 'timeout' },
    ])
    // Pasting again names the next copies apart.
    const again = pasteInto(doc, copyOf(streams, all, []) ?? { nodes: [], edges: [], traffic: [], faults: [] }, {
      x: 80,
      y: 80,
    })
    expect(again.doc.traffic.map((t) => t.id)).toEqual([
      'records',
      undefined,
      'records-copy',
      undefined,
      'records-copy-2',
      undefined,
    ])
  })

  it('leaves traffic and faults behind when their target was not copied', () => {
    const { doc } = pasteAll(streams, ['function-2'])
    expect(doc.traffic).toBe(streams.traffic)
    expect(doc.faults).toBe(streams.faults)
  })

  it('keeps references of a shifted clip (each paste one step further)', () => {
    const clip = copyOf(streams, all, [])
    if (!clip) throw new Error('nothing copied')
    const shifted = shiftClip(clip, 40)
    expect(shifted.edges).toBe(clip.edges)
    expect(shifted.faults).toBe(clip.faults)
    expect(shifted.nodes.find((n) => n.id === 'function-3')?.position).toEqual({ x: 24, y: 36 })
    expect(shifted.nodes.find((n) => n.id === 'vpc-1')?.position).toEqual({ x: 40, y: 440 })
  })

  it(
    'property: any selection pasted any number of times leaves no reference dangling and no new error',
    () => {
      fc.assert(
        fc.property(fc.subarray(all, { minLength: 1 }), fc.integer({ min: 1, max: 3 }), (picked, times) => {
          let doc = streams
          for (let k = 0; k < times; k++) doc = pasteAll(doc, picked).doc
          const nodeIds = new Set(doc.nodes.map((n) => n.id))
          const edgeIds = effectiveEdgeIds(doc.edges)
          expect(new Set(edgeIds).size).toBe(edgeIds.length)
          expect(nodeIds.size).toBe(doc.nodes.length)
          for (const n of doc.nodes) if (n.parentId !== undefined) expect(nodeIds).toContain(n.parentId)
          doc.edges.forEach((e) => {
            expect(nodeIds).toContain(e.from)
            expect(nodeIds).toContain(e.to)
            const m = e.config?.mapping
            if (m !== undefined) expect(doc.edges[edgeIds.indexOf(m)]?.from).toBe(e.from)
          })
          for (const t of doc.traffic) expect(nodeIds).toContain(t.source)
          for (const f of doc.faults) expect(nodeIds.has(f.target) || edgeIds.includes(f.target)).toBe(true)
          const inputIds = [...doc.traffic, ...doc.faults].flatMap((x) => (x.id === undefined ? [] : [x.id]))
          expect(new Set(inputIds).size).toBe(inputIds.length)
          expect(parseScenario(doc)).toMatchObject({ ok: true })
        }),
        { numRuns: 60 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
