import { describe, expect, it } from 'vitest'
import { SCENARIO_FORMAT, type Scenario } from '../../model'
import { MAX_IMPORT_BYTES, scenarioFileName, serializeScenario, SHOWN_ISSUES } from './codec'
import { parseScenarioText } from './parseText'

const doc: Scenario = {
  format: SCENARIO_FORMAT,
  title: 'Orders',
  era: '2018',
  seed: 3,
  durationMs: 1000,
  nodes: [{ id: 'q', type: 'sqs' }],
  edges: [],
  traffic: [],
  faults: [],
}

describe('codec', () => {
  it('round-trips a document exactly (as written: absent stays absent)', () => {
    const r = parseScenarioText(serializeScenario(doc))
    expect(r).toEqual({ ok: true, scenario: doc, warnings: [] })
  })
  it('names files from the title', () => {
    expect(scenarioFileName('Orders: SQS → Lambda')).toBe('orders-sqs-lambda.lambdascope.json')
    expect(scenarioFileName('日本語')).toBe('scenario.lambdascope.json')
  })
  it('locates a JSON syntax error and an empty file', () => {
    expect(parseScenarioText('{"format":')).toMatchObject({
      ok: false,
      total: 1,
      issues: [{ code: 'json.syntax', path: '(document)' }],
    })
    expect(parseScenarioText('  ')).toMatchObject({ ok: false, issues: [{ code: 'file.empty' }] })
  })
  it('lists the first issues of a huge (5 MB) document and counts them all, quickly', () => {
    const nodes = Array.from({ length: 75_000 }, (_, i) => ({
      id: `n${i}`,
      type: 'lambda',
      config: { timeoutMs: 1, memoryMb: 1 },
    }))
    const text = JSON.stringify({ ...doc, nodes, description: 'x'.repeat(100) })
    expect(text.length).toBeGreaterThan(5_000_000)
    const started = performance.now()
    const r = parseScenarioText(text)
    const elapsedMs = performance.now() - started
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]).toMatchObject({ path: 'nodes', code: 'schema.too_big' })
    expect(elapsedMs).toBeLessThan(10_000)
    // Its own bound is the 10 s above; vitest's 5 s default would cut it first on a busy machine.
  }, 20_000)
  it('shows the first issues of a document with hundreds and counts them all', () => {
    const nodes = Array.from({ length: 400 }, (_, i) => ({
      id: `n${i}`,
      type: 'lambda',
      config: { timeoutMs: 1, memoryMb: 1 },
    }))
    const r = parseScenarioText(JSON.stringify({ ...doc, nodes }))
    expect(r).toMatchObject({ ok: false, total: 800 })
    if (!r.ok) {
      expect(r.issues).toHaveLength(SHOWN_ISSUES)
      expect(r.issues[0]?.path).toBe('nodes[0].config.timeoutMs')
    }
  })
  it('refuses text over the size limit without parsing it', () => {
    const r = parseScenarioText(' '.repeat(MAX_IMPORT_BYTES + 1))
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'file.tooLarge' }] })
  })
})
