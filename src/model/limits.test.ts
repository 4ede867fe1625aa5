/** Bounded input (issue #13): reserved keys, deep and large payloads, absurd positions — each refused with its path. */
import { describe, expect, it } from 'vitest'
import { MAX_PAYLOAD_BYTES, MAX_PAYLOAD_DEPTH, measurePayload } from './limits.ts'
import { parseScenario, parseScenarioJson } from './parse.ts'

const doc = (over: Record<string, unknown> = {}) => ({
  format: 'lambdascope/scenario@1',
  title: 't',
  era: 'current',
  seed: 1,
  durationMs: 60_000,
  nodes: [
    { id: 'api', type: 'client' },
    { id: 'fn', type: 'lambda' },
  ],
  edges: [{ from: 'api', to: 'fn' }],
  traffic: [{ source: 'api', kind: 'once', atMs: 0 }],
  faults: [],
  ...over,
})

const deepArray = (depth: number) => {
  let text = '1'
  for (let i = 0; i < depth; i++) text = `[${text}]`
  return text
}

const issuesOf = (r: ReturnType<typeof parseScenario>) => (r.ok ? [] : r.issues)

describe('reserved keys', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses %s as a node id, at the id', (id) => {
    const d = doc({
      nodes: [
        { id: 'api', type: 'client' },
        { id, type: 'lambda' },
      ],
      edges: [{ from: 'api', to: id }],
    })
    const issues = issuesOf(parseScenario(d))
    expect(issues).toContainEqual(expect.objectContaining({ path: 'nodes[1].id', code: 'id.reserved', params: { id } }))
  })

  it('refuses __proto__ as an environment variable key (the record copy used to drop it silently)', () => {
    const text = JSON.stringify(doc()).replace(
      '{"id":"fn","type":"lambda"}',
      '{"id":"fn","type":"lambda","config":{"environment":{"variables":{"__proto__":"x","A1":"b"}}}}',
    )
    const r = parseScenarioJson(text)
    expect(r.ok).toBe(false)
    expect(issuesOf(r)).toContainEqual(
      expect.objectContaining({ path: 'nodes[1].config.environment.variables.__proto__', code: 'key.reserved' }),
    )
  })

  it('refuses __proto__ as any field name and never touches Object.prototype', () => {
    const r = parseScenarioJson('{"__proto__":{"polluted":1},"format":"lambdascope/scenario@1"}')
    expect(issuesOf(r)).toContainEqual(expect.objectContaining({ path: '__proto__', code: 'key.reserved' }))
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('keeps __proto__ inside a payload as data (a payload is the user’s JSON)', () => {
    const payload = JSON.parse('{"__proto__":{"a":1}}') as unknown
    const r = parseScenario(doc({ traffic: [{ source: 'api', kind: 'once', atMs: 0, payload }] }))
    expect(r.ok).toBe(true)
  })
})

describe('payload limits', () => {
  it.each([MAX_PAYLOAD_DEPTH + 1, 2_000, 5_000, 100_000])(
    'refuses a %i-deep payload at the value too deep, without overflowing the stack',
    (depth) => {
      const text = JSON.stringify(doc()).replace('"atMs":0}', `"atMs":0,"payload":${deepArray(depth)}}`)
      const issues = issuesOf(parseScenarioJson(text))
      const deep = issues.find((i) => i.code === 'payload.tooDeep')
      expect(deep).toBeDefined()
      expect(deep!.path).toBe(`traffic[0].payload${'[0]'.repeat(MAX_PAYLOAD_DEPTH)}`)
      expect(deep!.params).toEqual({ maxDepth: MAX_PAYLOAD_DEPTH })
    },
  )

  it(`accepts a payload exactly ${MAX_PAYLOAD_DEPTH} deep`, () => {
    const text = JSON.stringify(doc()).replace('"atMs":0}', `"atMs":0,"payload":${deepArray(MAX_PAYLOAD_DEPTH)}}`)
    expect(parseScenarioJson(text).ok).toBe(true)
  })

  it('refuses a payload over 1 MiB as JSON, and measures like JSON.stringify', () => {
    const big = { body: 'x'.repeat(MAX_PAYLOAD_BYTES) }
    expect(
      issuesOf(parseScenario(doc({ traffic: [{ source: 'api', kind: 'once', atMs: 0, payload: big }] }))),
    ).toContainEqual(expect.objectContaining({ path: 'traffic[0].payload', code: 'payload.tooLarge' }))
    const sample = { a: [1, 'b', null, true, { c: 'é"\n' }], d: {} }
    expect(measurePayload(sample)).toEqual({ ok: true, bytes: JSON.stringify(sample).length + 1 /* é is 2 bytes */ })
  })
})

describe('positions', () => {
  it('refuses 1e308 (SVG geometry threw InvalidStateError from getPointAtLength)', () => {
    const d = doc({
      nodes: [
        { id: 'api', type: 'client', position: { x: 1e308, y: -1e308 } },
        { id: 'fn', type: 'lambda' },
      ],
    })
    const issues = issuesOf(parseScenario(d))
    expect(issues).toContainEqual(expect.objectContaining({ path: 'nodes[0].position.x', code: 'schema.too_big' }))
    expect(issues).toContainEqual(expect.objectContaining({ path: 'nodes[0].position.y', code: 'schema.too_small' }))
  })
})

describe('document depth', () => {
  it('refuses nesting where the format has none, at that path', () => {
    const deep = JSON.parse(deepArray(50)) as unknown
    const issues = issuesOf(parseScenario(doc({ faults: deep })))
    expect(issues[0]).toMatchObject({ code: 'document.tooDeep' })
    expect(issues[0]!.path.startsWith('faults[0]')).toBe(true)
  })
})
