import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenarioJson } from '../src/model/index.ts'
import { runCli } from './simulate.ts'

const read = (p: string) => readFileSync(p, 'utf8')
const FATES = ['succeeded', 'failed-to-caller', 'dead-lettered', 'sent-to-destination', 'discarded', 'expired', 'rejected', 'in-flight']
const RESULTS = ['success', 'error', 'timeout', 'throttled', 'rejected']

describe('examples/*.json', () => {
  const files = readdirSync('examples').filter((f) => f.endsWith('.json'))
  it('there are examples', () => expect(files.length).toBeGreaterThanOrEqual(4))
  for (const f of files)
    it(`${f} is a valid scenario and simulates cleanly`, () => {
      const r = parseScenarioJson(read(`examples/${f}`))
      expect(r.ok, JSON.stringify(r.ok ? [] : r.issues)).toBe(true)
      const out = runCli([`examples/${f}`, '--format', 'json'], read)
      expect(out.code).toBe(0)
    })
})

describe('scripts/simulate.ts', () => {
  it('json: lifecycles with the documented fields and enums', () => {
    const out = runCli(['examples/s3-dlq.json', '--format', 'json'], read)
    expect(out.code).toBe(0)
    const j = JSON.parse(out.stdout) as { events: Record<string, unknown>[]; metrics: { totals: Record<string, Record<string, number>> } }
    const ev = j.events[0]!
    expect(Object.keys(ev)).toEqual(['id', 'source', 'fate', 'reason', 'attempts', 'endedAtMs', 'deliveredTo', 'messages'])
    expect(ev).toMatchObject({ id: 'e1', source: 'uploads', fate: 'dead-lettered', deliveredTo: ['thumbnailer-dlq'] })
    // §2.4: the DLQ message actually delivered — the raw event as body, RequestID / ErrorCode / ErrorMessage attributes.
    expect(ev.messages).toEqual([
      {
        atMs: expect.any(Number),
        to: 'thumbnailer-dlq',
        edgeId: 'thumbnailer->thumbnailer-dlq',
        reason: 'dlq.sent',
        body: { Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'uploads' }, object: { key: 'cat.jpg' } } }] },
        attributes: { RequestID: 'req-e1', ErrorCode: 200, ErrorMessage: 'Injected failure' },
      },
    ])
    const dest = JSON.parse(runCli(['examples/async-destinations.json', '--format', 'json'], read).stdout) as { events: { messages: { body: { requestContext?: unknown }; attributes: object }[] }[] }
    const rec = dest.events.flatMap((e) => e.messages).find((m) => m.body.requestContext !== undefined)
    expect(rec?.attributes).toEqual({})
    expect(j.metrics.totals.thumbnailer).toMatchObject({ Invocations: 3, Errors: 3 })
    const api = JSON.parse(runCli(['examples/api-gateway.json', '--format', 'json'], read).stdout) as { events: { fate: string; attempts: { result: string }[]; response?: { statusCode: number } }[] }
    for (const e of api.events) {
      expect(FATES).toContain(e.fate)
      for (const a of e.attempts) expect(RESULTS).toContain(a.result)
      expect(typeof e.response?.statusCode).toBe('number')
    }
    expect(new Set(api.events.map((e) => e.response?.statusCode))).toEqual(new Set([200, 500, 502, 504]))
  })

  it('--until cuts the run (events still moving are in-flight) and --seed is honoured', () => {
    const j = JSON.parse(runCli(['examples/s3-dlq.json', '--format', 'json', '--until', '30000'], read).stdout) as { events: { fate: string; attempts: unknown[] }[] }
    expect(j.events[0]).toMatchObject({ fate: 'in-flight' })
    expect(j.events[0]!.attempts).toHaveLength(1)
    const a = runCli(['examples/async-destinations.json', '--format', 'trace', '--seed', '1'], read).stdout
    const b = runCli(['examples/async-destinations.json', '--format', 'trace', '--seed', '2'], read).stdout
    expect(a).not.toBe(b)
    expect(runCli(['examples/async-destinations.json', '--format', 'trace', '--seed', '1'], read).stdout).toBe(a)
  })

  it('trace: one JSON entry per line, ordered', () => {
    const lines = runCli(['examples/s3-dlq.json', '--format', 'trace'], read).stdout.trim().split('\n')
    const entries = lines.map((l) => JSON.parse(l) as { seq: number; atMs: number })
    entries.forEach((e, i) => expect(e.seq).toBe(i))
  })

  it('summary is for people', () => {
    const out = runCli(['examples/s3-dlq.json'], read)
    expect(out.stdout).toContain('dead-lettered')
    expect(out.stdout).toContain('S3 upload')
  })

  it('a bad document exits 2 with located errors', () => {
    const bad = JSON.stringify({ format: 'lambdascope/scenario@1', title: 't', era: 'current', seed: 1, durationMs: 10, nodes: [{ id: 'f', type: 'lambda', config: { timeoutMs: 'x' } }], edges: [{ from: 'f', to: 'nope' }], traffic: [], faults: [] })
    const out = runCli(['bad.json'], () => bad)
    expect(out.code).toBe(2)
    expect(out.stderr).toContain('nodes[0].config.timeoutMs')
    const sem = runCli(['bad.json'], () => bad.replace('"x"', '3000'))
    expect(sem.code).toBe(2)
    expect(sem.stderr).toContain('edges[0].to: No node has the id "nope". [edge.unknownNode]')
    expect(runCli(['bad.json'], () => '{').code).toBe(2)
    expect(runCli([], read).code).toBe(2)
    expect(runCli(['x.json', '--format', 'xml'], read).code).toBe(2)
  })
})
