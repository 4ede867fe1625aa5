import { describe, expect, it } from 'vitest'
import { createAppStore } from './createAppStore'
import { absoluteBoxes, canNestIn, freeSpot, groupAt, nextChildSpot } from './placement'
import { NODE_HEIGHT, NODE_WIDTH } from './graphMapping'

describe('placement and nesting', () => {
  it('lets functions, RDS and ElastiCache into a VPC, and anything but an account into an account (§7.2, §10)', () => {
    expect(canNestIn('lambda', 'vpc')).toBe(true)
    expect(canNestIn('rds', 'vpc')).toBe(true)
    expect(canNestIn('sqs', 'vpc')).toBe(false)
    expect(canNestIn('sqs', 'account')).toBe(true)
    expect(canNestIn('vpc', 'account')).toBe(true)
    expect(canNestIn('account', 'account')).toBe(false)
    expect(canNestIn('lambda', 's3')).toBe(false)
  })

  it('finds the innermost group a node may be dropped into, never itself or its own contents', () => {
    const s = createAppStore()
    const acct = s.getState().addNode('account', { x: 0, y: 0 })
    const vpc = s.getState().addNode('vpc', { x: 20, y: 40 }, acct)
    const doc = s.getState().scenario
    expect(groupAt(doc, { x: 60, y: 100 }, 'lambda')).toBe(vpc)
    expect(groupAt(doc, { x: 60, y: 100 }, 'sqs')).toBe(acct)
    expect(groupAt(doc, { x: 5000, y: 5000 }, 'lambda')).toBeUndefined()
    expect(groupAt(doc, { x: 60, y: 100 }, 'vpc', vpc)).toBe(acct)
    expect(groupAt(doc, { x: 60, y: 100 }, 'account', acct)).toBeUndefined()
  })

  it('moves a node into a group keeping its place on screen, and refuses an SQS queue in a VPC', () => {
    const s = createAppStore()
    const vpc = s.getState().addNode('vpc', { x: 100, y: 100 })
    const fn = s.getState().addNode('lambda', { x: 150, y: 160 })
    const q = s.getState().addNode('sqs', { x: 150, y: 160 })
    expect(s.getState().setParent(fn, vpc)).toBe(true)
    expect(s.getState().scenario.nodes[1]).toMatchObject({ parentId: vpc, position: { x: 50, y: 60 } })
    expect(s.getState().setParent(q, vpc)).toBe(false)
    expect(s.getState().setParent(fn, undefined)).toBe(true)
    expect(s.getState().scenario.nodes[1]).toEqual({ id: fn, type: 'lambda', position: { x: 150, y: 160 } })
  })

  it('places a new node where it overlaps nothing', () => {
    const s = createAppStore()
    s.getState().addNode('lambda', { x: 0, y: 0 })
    s.getState().addNode('sqs', { x: 0, y: 100 })
    const spot = freeSpot(s.getState().scenario, { x: 0, y: 0 })
    for (const b of absoluteBoxes(s.getState().scenario)) {
      const apart =
        spot.x + NODE_WIDTH <= b.x || spot.x >= b.x + b.width || spot.y + NODE_HEIGHT <= b.y || spot.y >= b.y + b.height
      expect(apart).toBe(true)
    }
  })

  it('auto-layout runs left to right by invocation flow, as one undo step', async () => {
    const s = createAppStore()
    const q = s.getState().addNode('sqs', { x: 900, y: 0 })
    const fn = s.getState().addNode('lambda', { x: 0, y: 0 })
    const b = s.getState().addNode('s3', { x: 400, y: 400 })
    s.getState().connect(b, fn)
    s.getState().connect(fn, q, 'dlq')
    const steps = s.temporal.getState().pastStates.length
    await s.getState().autoLayout()
    const x = (id: string) => s.getState().scenario.nodes.find((n) => n.id === id)?.position?.x ?? NaN
    expect(x(b)).toBeLessThan(x(fn))
    expect(x(fn)).toBeLessThan(x(q))
    expect(s.temporal.getState().pastStates.length).toBe(steps + 1)
  })
})

describe('adding into a group', () => {
  it('puts functions side by side and data stores a row lower, right of them', () => {
    const s = createAppStore()
    const vpc = s.getState().addNode('vpc', { x: 0, y: 0 })
    const fn = s.getState().addNode('lambda', nextChildSpot(s.getState().scenario, vpc, 'lambda'), vpc)
    const db = nextChildSpot(s.getState().scenario, vpc, 'rds')
    const fnAt = s.getState().scenario.nodes.find((n) => n.id === fn)?.position ?? { x: NaN, y: NaN }
    expect(db.x).toBeGreaterThan(fnAt.x + NODE_WIDTH)
    expect(db.y).toBeGreaterThan(fnAt.y + NODE_HEIGHT)
  })
})
