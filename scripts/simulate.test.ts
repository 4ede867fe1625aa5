import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenarioJson } from '../src/model/index.ts'
import { runCli, toJson } from './simulate.ts'
import { escapeControls, eventCapFor, issueList } from './simulateLimits.ts'

const read = (p: string) => readFileSync(p, 'utf8')
const FATES = [
  'succeeded',
  'failed-to-caller',
  'dead-lettered',
  'sent-to-destination',
  'discarded',
  'expired',
  'rejected',
  'in-flight',
]
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
    const j = JSON.parse(out.stdout) as {
      events: Record<string, unknown>[]
      metrics: { totals: Record<string, Record<string, number>> }
    }
    const ev = j.events[0]!
    expect(Object.keys(ev)).toEqual([
      'id',
      'source',
      'fate',
      'reason',
      'attempts',
      'endedAtMs',
      'deliveredTo',
      'messages',
    ])
    expect(ev).toMatchObject({ id: 'e1', source: 'uploads', fate: 'dead-lettered', deliveredTo: ['thumbnailer-dlq'] })
    // §2.4: the DLQ message actually delivered — the raw event as body, RequestID / ErrorCode / ErrorMessage
    // attributes.
    expect(ev.messages).toEqual([
      {
        atMs: expect.any(Number),
        to: 'thumbnailer-dlq',
        edgeId: 'thumbnailer->thumbnailer-dlq',
        reason: 'dlq.sent',
        body: {
          Records: [
            { eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'uploads' }, object: { key: 'cat.jpg' } } },
          ],
        },
        attributes: { RequestID: 'req-e1', ErrorCode: 200, ErrorMessage: 'Injected failure' },
      },
    ])
    const dest = JSON.parse(runCli(['examples/async-destinations.json', '--format', 'json'], read).stdout) as {
      events: { messages: { body: { requestContext?: unknown }; attributes: object }[] }[]
    }
    const rec = dest.events.flatMap((e) => e.messages).find((m) => m.body.requestContext !== undefined)
    expect(rec?.attributes).toEqual({})
    expect(j.metrics.totals.thumbnailer).toMatchObject({ Invocations: 3, Errors: 3 })
    const api = JSON.parse(runCli(['examples/api-gateway.json', '--format', 'json'], read).stdout) as {
      events: { fate: string; attempts: { result: string }[]; response?: { statusCode: number } }[]
    }
    for (const e of api.events) {
      expect(FATES).toContain(e.fate)
      for (const a of e.attempts) expect(RESULTS).toContain(a.result)
      expect(typeof e.response?.statusCode).toBe('number')
    }
    expect(new Set(api.events.map((e) => e.response?.statusCode))).toEqual(new Set([200, 500, 502, 504]))
  })

  it("without --until the run settles: the newcomer's S3 → function → DLQ reaches the DLQ and says so", () => {
    const out = runCli(['examples/s3-dlq.json'], read)
    expect(out.stdout).toContain('settled: every event has a fate (traffic stopped at 600000 ms)')
    const short = JSON.parse(runCli(['examples/async-destinations.json', '--format', 'json'], read).stdout) as {
      end: { kind: string }
      events: { fate: string }[]
    }
    expect(short.end.kind).toBe('settled')
    expect(short.events.map((e) => e.fate)).not.toContain('in-flight')
  })

  it('a capped run says what is pending and how to see it', () => {
    const out = runCli(['examples/s3-dlq.json', '--until', '30000'], read)
    expect(out.stdout).toMatch(/capped at 30000 ms: 1 event will retry at \d+ ms/)
    expect(out.stdout).toContain('extend the run (--until)')
    // The Kinesis example caps itself (runLimitMs): the poison record's shard is still blocked at its end.
    expect(runCli(['examples/kinesis-poison.json'], read).stdout).toMatch(/capped at 300000 ms: \d+ events/)
  })

  it('--until cuts the run (events still moving are in-flight) and --seed is honoured', () => {
    const j = JSON.parse(runCli(['examples/s3-dlq.json', '--format', 'json', '--until', '30000'], read).stdout) as {
      events: { fate: string; attempts: unknown[] }[]
    }
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
    const bad = JSON.stringify({
      format: 'lambdascope/scenario@1',
      title: 't',
      era: 'current',
      seed: 1,
      durationMs: 10,
      nodes: [{ id: 'f', type: 'lambda', config: { timeoutMs: 'x' } }],
      edges: [{ from: 'f', to: 'nope' }],
      traffic: [],
      faults: [],
    })
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

describe('scripts/simulate.ts, hardened (issue #13)', () => {
  const doc = (over: Record<string, unknown> = {}) =>
    JSON.stringify({
      format: 'lambdascope/scenario@1',
      title: 'burst',
      era: 'current',
      seed: 1,
      durationMs: 60_000,
      nodes: [
        { id: 'api', type: 'client' },
        { id: 'fn', type: 'lambda', config: { durationMs: 100 } },
      ],
      edges: [{ from: 'api', to: 'fn' }],
      traffic: [{ source: 'api', kind: 'once', atMs: 0, count: 3 }],
      faults: [],
      ...over,
    })
  const cli = (text: string, args: string[] = [], host = {}) => runCli(['x.json', ...args], () => text, host)
  const noStack = (s: string) => expect(s).not.toMatch(/^\s+at /m)

  it('a million-event burst stops at the budget with a clear message and keeps the part simulated', () => {
    const out = cli(doc({ traffic: [{ source: 'api', kind: 'once', atMs: 0, count: 1_000_000 }] }), [
      '--max-events',
      '2000',
    ])
    expect(out.code).toBe(0)
    expect(out.stdout).toContain(
      'stopped at 2,000 events (sim time 0 ms): shorten the run or lower the traffic, or raise --max-events',
    )
    expect(out.stdout).toContain('2000 events')
    const json = cli(doc({ traffic: [{ source: 'api', kind: 'once', atMs: 0, count: 1_000_000 }] }), [
      '--max-events',
      '2000',
      '--format',
      'json',
    ])
    expect(json.stderr).toContain('stopped at 2,000 events')
    expect((JSON.parse(json.stdout) as { stopped: unknown; events: unknown[] }).stopped).toEqual({
      reason: 'maxEvents',
      limit: 2000,
      atMs: 0,
    })
  })

  it('sizes the event budget to the heap: a small heap stops early instead of running out of memory', () => {
    const out = cli(
      doc({ traffic: [{ source: 'api', kind: 'once', atMs: 0, count: 1_000_000 }] }),
      ['--format', 'json'],
      { heapLimitBytes: 10_000_000 },
    )
    expect(out.stderr).toMatch(/^stopped at 1,666 events/)
    expect(eventCapFor(undefined, 'json')).toBe(2_000_000)
    expect(eventCapFor(4 * 2 ** 30, 'summary')).toBe(2_000_000)
  })

  it('refuses a file over 16 MiB before reading it', () => {
    let read = false
    const out = runCli(['big.json'], () => ((read = true), ''), { fileSize: () => 48 * 1024 * 1024 })
    expect(out).toEqual({ code: 2, stdout: '', stderr: 'big.json is 48.0 MB; the limit is 16 MB\n' })
    expect(read).toBe(false)
  })

  it('prints the first 20 issues and how many there were', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, type: 'lambda', config: { timeoutMs: 'x' } }))
    const out = cli(doc({ nodes, edges: [], traffic: [] }))
    expect(out.code).toBe(2)
    expect(out.stderr).toContain('x.json: 30 error(s)\nfirst 20 of 30:\n')
    expect(out.stderr.trim().split('\n')).toHaveLength(22)
    expect(issueList('errors', new Array<number>(16_384_000), String)[0]).toBe('first 20 of 16,384,000 errors:')
  }, 30_000)

  it('accepts a UTF-8 byte order mark, as the app does', () => {
    expect(cli(`\uFEFF${doc()}`).code).toBe(0)
  })

  it('escapes control characters and terminal escapes in user text on a terminal', () => {
    const title = 'evil\u001b[2J\u001b]0;pwned\u0007\u009b31m'
    const tty = cli(doc({ title }), [], { tty: true })
    expect(tty.code).toBe(0)
    expect(tty.stdout).toContain('evil\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m')
    expect(['\u001b', '\u0007', '\u009b'].filter((c) => tty.stdout.includes(c))).toEqual([])
    expect(escapeControls('a\nb\tc')).toBe('a\nb\tc')
    // Piped, the data stays as it is.
    expect(cli(doc({ title })).stdout).toContain(title)
  })

  it('gives JSON syntax errors a line and a column', () => {
    const out = cli('{\n  "format": "lambdascope/scenario@1",\n  "title": "t"\n  "era": "current"\n}')
    expect(out.code).toBe(2)
    expect(out.stderr).toContain('(document): Not valid JSON at line 4, column 3:')
    expect(cli('{"a": [1, 2').stderr).toContain('Not valid JSON at line 1, column 12:')
  })

  it('range-checks --seed, --until and --max-events (0..2^32−1)', () => {
    for (const bad of [
      ['--seed', '4294967296'],
      ['--seed', '-1'],
      ['--seed', '1.5'],
      ['--seed', ''],
      ['--until', '1e20'],
      ['--max-events', '0'],
    ]) {
      const out = cli(doc(), bad)
      expect(out.code, bad.join(' ')).toBe(2)
      expect(out.stderr).toMatch(/needs an integer from \d+ to [\d,]+/)
    }
    expect(cli(doc(), ['--seed', '4294967295']).code).toBe(0)
  })

  it('a 100,000-deep payload is refused with its path, exit 2, no stack trace', () => {
    const payload = '['.repeat(100_000) + ']'.repeat(100_000)
    const out = cli(doc().replace('"count":3}', `"count":3,"payload":${payload}}`))
    expect(out.code).toBe(2)
    expect(out.stderr).toContain(
      `traffic[0].payload${'[0]'.repeat(64)}: The payload nests deeper than 64 levels here. [payload.tooDeep]`,
    )
    noStack(out.stderr)
  })

  it('__proto__ as a node id is refused and pollutes nothing', () => {
    const out = cli(
      doc({
        nodes: [
          { id: 'api', type: 'client' },
          { id: '__proto__', type: 'lambda' },
        ],
        edges: [{ from: 'api', to: '__proto__' }],
        traffic: [],
      }),
      ['--format', 'json'],
    )
    expect(out.code).toBe(2)
    expect(out.stderr).toContain('nodes[1].id: "__proto__" is reserved: choose another id. [id.reserved]')
    expect(({} as Record<string, unknown>)['Invocations']).toBeUndefined()
  })

  it('keeps per-node totals in a Map: a node id never writes to Object.prototype', () => {
    const result = {
      events: [],
      trace: [],
      stopped: null,
      metrics: { periodMs: 1000, series: [{ nodeId: '__proto__', name: 'Invocations', kind: 'sum', values: [2, 3] }] },
    }
    const j = toJson(result as unknown as Parameters<typeof toJson>[0]) as {
      metrics: { totals: Record<string, Record<string, number>> }
    }
    expect(Object.hasOwn(j.metrics.totals, '__proto__')).toBe(true)
    expect(JSON.stringify(j.metrics.totals)).toBe('{"__proto__":{"Invocations":5}}')
    expect(({} as Record<string, unknown>)['Invocations']).toBeUndefined()
  })

  it('every failure exits 2 with a plain message; a missing file says so', () => {
    const missing = runCli(['nope.json'], (p) => readFileSync(p, 'utf8'))
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'cannot read nope.json: no such file\n' })
  })

  it('a bug prints a short report (what and where, no stack) and exits 70', () => {
    const bug = runCli(['x.json'], () => 42 as unknown as string)
    expect(bug.code).toBe(70)
    expect(bug.stderr).toMatch(
      /^lambdascope simulate: internal error \(a bug, please report it with the scenario\)\n {2}TypeError: .+\n {2}at .+\n$/,
    )
    // Odd host figures are not bugs: they fall back to defaults.
    expect(runCli(['x.json'], () => doc(), { fileSize: () => Number.NaN, heapLimitBytes: Number.NaN }).code).toBe(0)
  })
})
