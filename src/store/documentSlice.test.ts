import { describe, expect, it } from 'vitest'
import { parseScenario } from '../model'
import { createAppStore } from './createAppStore'

const fresh = () => createAppStore()

describe('document actions', () => {
  it('adds nodes with readable ids and selects the new one', () => {
    const s = fresh()
    const a = s.getState().addNode('s3', { x: 0, y: 0 })
    const b = s.getState().addNode('lambda', { x: 300, y: 0 })
    expect([a, b]).toEqual(['bucket-1', 'function-1'])
    expect(s.getState().selection).toEqual({ nodeIds: ['function-1'], edgeIds: [] })
    expect(s.getState().scenario.nodes[1]).toEqual({ id: 'function-1', type: 'lambda', position: { x: 300, y: 0 } })
  })

  it('wires S3 → function as a trigger and SQS → function as an event source mapping (§1.1)', () => {
    const s = fresh()
    const bucket = s.getState().addNode('s3', { x: 0, y: 0 })
    const queue = s.getState().addNode('sqs', { x: 0, y: 100 })
    const fn = s.getState().addNode('lambda', { x: 300, y: 0 })
    expect(s.getState().connect(bucket, fn)).toMatchObject({ ok: true, role: 'trigger' })
    expect(s.getState().connect(queue, fn)).toMatchObject({ ok: true, role: 'eventSourceMapping' })
    expect(parseScenario(s.getState().scenario).ok).toBe(true)
  })

  it('asks which role a function → queue edge plays, then refuses a second DLQ (§2.4)', () => {
    const s = fresh()
    const fn = s.getState().addNode('lambda', { x: 0, y: 0 })
    const q1 = s.getState().addNode('sqs', { x: 300, y: 0 })
    const q2 = s.getState().addNode('sqs', { x: 300, y: 100 })
    expect(s.getState().connect(fn, q1)).toMatchObject({
      ok: false,
      code: 'edge.roleNeeded',
      roles: ['dlq', 'onFailure', 'onSuccess', 'writes'],
    })
    expect(s.getState().connect(fn, q1, 'dlq')).toMatchObject({ ok: true, role: 'dlq' })
    expect(s.getState().connect(fn, q2, 'dlq')).toMatchObject({ ok: false, code: 'lambda.oneDlq', ref: '§2.4' })
  })

  it('refuses Kinesis as a DLQ, in AWS terms (§2.4), and leaves the document alone', () => {
    const s = fresh()
    const fn = s.getState().addNode('lambda', { x: 0, y: 0 })
    const stream = s.getState().addNode('kinesis', { x: 300, y: 0 })
    const before = s.getState().scenario
    const r = s.getState().connect(fn, stream)
    expect(r).toMatchObject({ ok: false, code: 'edge.dlqTarget', ref: '§2.4', from: 'lambda', to: 'kinesis' })
    expect(s.getState().connect(fn, stream, 'dlq')).toMatchObject({ ok: false, code: 'edge.dlqTarget' })
    expect(s.getState().scenario).toBe(before)
  })

  it('offers no destinations in the 2018 era (they came in Nov 2019, §12): a DLQ, or a write by the code (§16)', () => {
    const s = fresh()
    s.getState().setScenarioMeta({ era: '2018' })
    const fn = s.getState().addNode('lambda', { x: 0, y: 0 })
    const q = s.getState().addNode('sqs', { x: 300, y: 0 })
    expect(s.getState().connect(fn, q)).toMatchObject({ ok: false, code: 'edge.roleNeeded', roles: ['dlq', 'writes'] })
  })

  it('warns (but connects) a DLQ on a function only an SQS mapping invokes (§2.4)', () => {
    const s = fresh()
    const src = s.getState().addNode('sqs', { x: 0, y: 0 })
    const fn = s.getState().addNode('lambda', { x: 300, y: 0 })
    const dlq = s.getState().addNode('sqs', { x: 600, y: 0 })
    s.getState().connect(src, fn)
    expect(s.getState().connect(fn, dlq, 'dlq')).toMatchObject({ ok: true, notice: { code: 'dlq.onlyAsync' } })
  })

  it('refuses self-connections and duplicates', () => {
    const s = fresh()
    const fn = s.getState().addNode('lambda', { x: 0, y: 0 })
    const b = s.getState().addNode('s3', { x: 0, y: 0 })
    expect(s.getState().connect(fn, fn, 'onFailure')).toMatchObject({ ok: false, code: 'lambda.selfDestination' })
    expect(s.getState().connect(b, b, 'trigger')).toMatchObject({ ok: false, code: 'edge.selfLoop' })
    s.getState().connect(b, fn)
    expect(s.getState().connect(b, fn)).toMatchObject({ ok: false, code: 'edge.duplicate' })
  })

  it('removes a node with its edges, traffic and faults; children of a removed group stay where they were', () => {
    const s = fresh()
    const vpc = s.getState().addNode('vpc', { x: 100, y: 100 })
    const fn = s.getState().addNode('lambda', { x: 20, y: 40 }, vpc)
    const b = s.getState().addNode('s3', { x: 0, y: 0 })
    s.getState().connect(b, fn)
    s.getState().editScenario((d) => ({
      ...d,
      traffic: [{ source: b, kind: 'once', atMs: 0 }],
      faults: [{ kind: 'fail', target: fn }],
    }))
    s.getState().removeElements({ nodeIds: [b, vpc] })
    const doc = s.getState().scenario
    expect(doc.nodes).toEqual([{ id: fn, type: 'lambda', position: { x: 120, y: 140 } }])
    expect(doc.edges).toEqual([])
    expect(doc.traffic).toEqual([])
    expect(doc.faults).toEqual([{ kind: 'fail', target: fn }])
  })

  it('undoes and redoes document steps, not selection; a drag is one step', () => {
    const s = fresh()
    const id = s.getState().addNode('lambda', { x: 0, y: 0 })
    s.getState().select({ nodeIds: [] })
    s.getState().beginGesture()
    for (let x = 1; x <= 30; x++) s.getState().moveNodes(new Map([[id, { x, y: 0 }]]))
    s.getState().endGesture()
    expect(s.temporal.getState().pastStates).toHaveLength(2)
    s.getState().undo()
    expect(s.getState().scenario.nodes[0]?.position).toEqual({ x: 0, y: 0 })
    s.getState().undo()
    expect(s.getState().scenario.nodes).toEqual([])
    s.getState().redo()
    s.getState().redo()
    expect(s.getState().scenario.nodes[0]?.position).toEqual({ x: 30, y: 0 })
  })

  it('prunes the selection after undo removes the selected node', () => {
    const s = fresh()
    s.getState().addNode('lambda', { x: 0, y: 0 })
    expect(s.getState().selection.nodeIds).toEqual(['function-1'])
    s.getState().undo()
    expect(s.getState().selection.nodeIds).toEqual([])
  })

  it('copies, pastes (each paste one step further) and duplicates with fresh ids and rewired edges', () => {
    const s = fresh()
    const b = s.getState().addNode('s3', { x: 0, y: 0 })
    const fn = s.getState().addNode('lambda', { x: 300, y: 0 })
    s.getState().connect(b, fn)
    s.getState().select({ nodeIds: [b, fn] })
    s.getState().copySelection()
    s.getState().paste()
    s.getState().paste()
    const doc = s.getState().scenario
    expect(doc.nodes.map((n) => [n.id, n.position])).toEqual([
      ['bucket-1', { x: 0, y: 0 }],
      ['function-1', { x: 300, y: 0 }],
      ['bucket-2', { x: 40, y: 40 }],
      ['function-2', { x: 340, y: 40 }],
      ['bucket-3', { x: 80, y: 80 }],
      ['function-3', { x: 380, y: 80 }],
    ])
    expect(doc.edges.map((e) => [e.from, e.to, e.role])).toEqual([
      ['bucket-1', 'function-1', 'trigger'],
      ['bucket-2', 'function-2', 'trigger'],
      ['bucket-3', 'function-3', 'trigger'],
    ])
    expect(s.getState().selection.nodeIds).toEqual(['bucket-3', 'function-3'])
    s.getState().duplicate()
    expect(s.getState().scenario.nodes).toHaveLength(8)
    expect(parseScenario(s.getState().scenario).ok).toBe(true)
  })

  it('sets scenario meta and edits edges through the connection rules', () => {
    const s = fresh()
    s.getState().setScenarioMeta({ title: 'Orders', seed: 7 })
    expect(s.getState().scenario).toMatchObject({ title: 'Orders', seed: 7 })
    const fn = s.getState().addNode('lambda', { x: 0, y: 0 })
    const q = s.getState().addNode('sqs', { x: 0, y: 0 })
    const r = s.getState().connect(fn, q, 'onFailure')
    if (!r.ok) throw new Error(r.message)
    expect(s.getState().updateEdge(r.edgeId, { role: 'dlq' })).toEqual({ ok: true })
    expect(s.getState().updateEdge(r.edgeId, { role: 'access' })).toMatchObject({
      ok: false,
      code: 'edge.accessTarget',
    })
    expect(s.getState().scenario.edges[0]?.role).toBe('dlq')
  })

  it('replaces the whole scenario and clears the selection', () => {
    const s = fresh()
    s.getState().addNode('lambda', { x: 0, y: 0 })
    s.getState().replaceScenario({ ...s.getState().scenario, title: 'New', nodes: [] })
    expect(s.getState().selection).toEqual({ nodeIds: [], edgeIds: [] })
    s.getState().undo()
    expect(s.getState().scenario.nodes).toHaveLength(1)
  })
})
