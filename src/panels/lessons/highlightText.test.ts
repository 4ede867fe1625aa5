import { describe, expect, it } from 'vitest'
import { drawerTabOf, highlightCss } from './highlightText'

describe('highlightCss', () => {
  it('rings nodes, edges, shard lanes (and their stream node) and log lines by data attributes, ids quoted', () => {
    const css = highlightCss([
      { kind: 'edge', edgeId: 'a->b' },
      { kind: 'shard', nodeId: 'orders-stream', shardId: 'shardId-000000000000' },
      { kind: 'log', eventId: 'e"7' },
    ])
    expect(css).toContain('.react-flow__edge[data-id="a->b"] path')
    expect(css).toContain('.react-flow__node[data-id="orders-stream"]')
    expect(css).toContain('[data-shard-lane="orders-stream/shardId-000000000000"]')
    expect(css).toContain('[data-log-event="e\\"7"]')
    expect(highlightCss([])).toBe('')
  })

  it('names the drawer tab a step’s highlights live in', () => {
    expect(drawerTabOf([{ kind: 'node', nodeId: 'x' }])).toBeNull()
    expect(drawerTabOf([{ kind: 'shard', nodeId: 's', shardId: 'shardId-0' }])).toBe('timeline')
    expect(drawerTabOf([{ kind: 'log', eventId: 'e1' }])).toBe('log')
  })
})
