import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { experimentFiles, experimentZip } from '../src/exporters/index.ts'
import { parseScenarioJson, resolveScenario, type Scenario } from '../src/model/index.ts'
import { simulate } from '../src/sim/index.ts'
import { predictedEvents } from '../src/sim/views/index.ts'
import { runExport, type ExportIo } from './export.ts'

const load = (path: string): Scenario => {
  const r = parseScenarioJson(readFileSync(path, 'utf8'))
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.scenario
}
const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

/** Writes the bundle and runs `script` (an ES module beside it) with node, the experiment's function named. */
function runBeside(scenario: Scenario, functionId: string, script: string, arg: string) {
  const dir = mkdtempSync(join(tmpdir(), 'lambdascope-experiment-'))
  dirs.push(dir)
  const bundle = experimentFiles(scenario, predictedEvents(simulate(resolveScenario(scenario)), 101))
  for (const f of bundle.files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true })
    writeFileSync(join(dir, f.path), f.content)
  }
  writeFileSync(join(dir, 'run.mjs'), script)
  const r = spawnSync(process.execPath, ['run.mjs', arg], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LAMBDASCOPE_FUNCTION: functionId, NODE_OPTIONS: '' },
  })
  expect(r.status, r.stderr).toBe(0)
  return r
}

/** Calls the bundle's handler with node (as Lambda would), one event after another, in one environment. */
function runHandler(
  scenario: Scenario,
  functionId: string,
  events: unknown[],
  remainingMs = 3000,
): { ok?: unknown; error?: string }[] {
  const r = runBeside(
    scenario,
    functionId,
    `import { handler } from './src/index.mjs'
const out = []
for (const event of JSON.parse(process.argv[2])) {
  const context = { awsRequestId: 'req-1', getRemainingTimeInMillis: () => ${remainingMs} }
  try { out.push({ ok: await handler(event, context) }) } catch (e) { out.push({ error: e.name + ': ' + e.message }) }
}
process.stdout.write('RESULT ' + JSON.stringify(out))
`,
    JSON.stringify(events),
  )
  // The handler's own `LAMBDASCOPE {…}` log lines come first (one per attempt).
  expect(r.stdout.split('\n').filter((l) => l.startsWith('LAMBDASCOPE ')).length).toBe(events.length)
  return JSON.parse(r.stdout.slice(r.stdout.indexOf('RESULT ') + 7)) as { ok?: unknown; error?: string }[]
}

const stamp = (index: number, key: string | null = null) => ({
  lambdascope: { traffic: 't', index, startedAt: Date.now(), key },
  payload: null,
})
const kinesis = (...indexes: number[]) => ({
  Records: indexes.map((i) => ({
    eventSource: 'aws:kinesis',
    kinesis: { sequenceNumber: `seq-${i}`, data: Buffer.from(JSON.stringify(stamp(i))).toString('base64') },
  })),
})
const sqs = (receiveCount: number, ...indexes: number[]) => ({
  Records: indexes.map((i) => ({
    eventSource: 'aws:sqs',
    messageId: `m-${i}`,
    body: JSON.stringify(stamp(i)),
    attributes: { ApproximateReceiveCount: String(receiveCount) },
  })),
})

describe('the experiment handler fails the way the faults say', () => {
  it('poison record (throw): a batch holding record 10 throws, others succeed (G17)', () => {
    const r = runHandler(load('examples/kinesis-poison.json'), 'aggregator', [
      kinesis(8, 9),
      kinesis(9, 10, 11),
      kinesis(12),
    ])
    expect(r[0]).toEqual({ ok: { batchItemFailures: [] } })
    expect(r[1]!.error).toMatch(/^PoisonRecord: fault: poison record/)
    expect(r[2]).toEqual({ ok: { batchItemFailures: [] } })
  }, 30_000)
  it('poison record (reportItemFailure): only that message is reported (§4.3)', () => {
    const r = runHandler(load('examples/sqs-redrive.json'), 'worker', [sqs(1, 3, 4, 5)])
    expect(r[0]).toEqual({ ok: { batchItemFailures: [{ itemIdentifier: 'm-4' }] } })
  }, 30_000)
  it('fail always: every attempt of an async event throws (§2.1)', () => {
    const s3 = { Records: [{ eventSource: 'aws:s3', s3: { object: { key: 'lambdascope/t/0/1.json' } } }] }
    const r = runHandler(load('examples/s3-dlq.json'), 'thumbnailer', [s3, s3, s3])
    expect(r.map((x) => x.error)).toEqual([
      'InjectedFailure: fault: fail always',
      'InjectedFailure: fault: fail always',
      'InjectedFailure: fault: fail always',
    ])
  }, 30_000)
  it('fail the next 2: the first two invocations of the environment throw, the third succeeds', () => {
    const s3 = { Records: [{ eventSource: 'aws:s3', s3: { object: { key: 'lambdascope/t/0/1.json' } } }] }
    const scenario: Scenario = {
      ...load('examples/s3-dlq.json'),
      faults: [{ id: 'flaky', kind: 'failNext', count: 2, target: 'thumbnailer' }],
    }
    const r = runHandler(scenario, 'thumbnailer', [s3, s3, s3])
    expect(r.map((x) => x.error ?? 'ok')).toEqual([
      'InjectedFailure: fault: invocation 1 of the next 2 fails',
      'InjectedFailure: fault: invocation 2 of the next 2 fails',
      'ok',
    ])
  }, 30_000)
  it('fail with probability p: an attempt throws exactly when the draw is below p', () => {
    // decide() takes the random source; the handler passes Math.random. Draws either side of p = 0.3 (async-destinations).
    const r = runBeside(
      load('examples/async-destinations.json'),
      'sync-job',
      `import { decide } from './src/index.mjs'
import { readFileSync } from 'node:fs'
const plan = JSON.parse(readFileSync('./src/plan.json', 'utf8'))['sync-job']
const at = (draw) => decide(plan, [], 1, 0, 1, () => draw)
process.stdout.write('RESULT ' + JSON.stringify([at(0.05), at(0.2999), at(0.3), at(0.95)]))
`,
      '',
    )
    const out = JSON.parse(r.stdout.slice(r.stdout.indexOf('RESULT ') + 7)) as { kind: string; errorMessage?: string }[]
    expect(out.map((o) => o.kind)).toEqual(['error', 'error', 'ok', 'ok'])
    expect(out[0]!.errorMessage).toBe('fault: failed with probability 0.3')
  }, 30_000)
  it('time out: the handler outlives the function timeout, then returns nothing', () => {
    const s3 = { Records: [{ eventSource: 'aws:s3', s3: { object: { key: 'lambdascope/t/0/1.json' } } }] }
    const scenario: Scenario = {
      ...load('examples/s3-dlq.json'),
      faults: [{ id: 'hang', kind: 'timeout', target: 'thumbnailer' }],
    }
    // No durationMs: it sleeps the time left plus 1 s (Lambda stops it at its timeout); 5 ms left keeps the test short.
    const r = runHandler(scenario, 'thumbnailer', [s3], 5)
    expect(r).toEqual([{ ok: null }])
  }, 30_000)
  it('fail attempts 1–2: SQS receive counts 1 and 2 throw, 3 succeeds', () => {
    const r = runHandler(load('src/model/export/sam/scenarios/kitchen-sink.json'), 'after', [
      sqs(1, 0),
      sqs(2, 0),
      sqs(3, 0),
    ])
    expect(r.map((x) => x.error ?? 'ok')).toEqual([
      'InjectedFailure: fault: attempt 1 fails',
      'InjectedFailure: fault: attempt 2 fails',
      'ok',
    ])
  }, 30_000)
})

describe('experiment bundle', () => {
  const scenario = load('examples/s3-dlq.json')
  const predicted = predictedEvents(simulate(resolveScenario(scenario)))
  const bundle = experimentFiles(scenario, predicted)
  it('holds the template (CodeUri src/), handler, plan, driver, predictions and README', () => {
    expect(bundle.files.map((f) => f.path)).toEqual([
      'template.yaml',
      'src/index.mjs',
      'src/plan.json',
      'driver.mjs',
      'experiment.json',
      'README.md',
    ])
    const template = bundle.files[0]!.content
    expect(template).toContain('CodeUri: src/')
    expect(template).toContain('LAMBDASCOPE_FUNCTION: thumbnailer')
    const x = JSON.parse(bundle.files[4]!.content) as {
      predicted: { fate: string; attempts: unknown[] }[]
      events: unknown[]
    }
    expect(x.events.length).toBe(x.predicted.length)
    expect(x.predicted[0]).toMatchObject({ fate: 'dead-lettered' })
    expect(x.predicted[0]!.attempts).toHaveLength(3)
    expect(bundle.files[5]!.content).toMatch(/sam build\nsam deploy --guided/)
  })
  it('the driver parses as JavaScript and needs no npm package', () => {
    const driver = bundle.files[3]!.content
    const r = spawnSync(process.execPath, ['--check', '--input-type=module'], { input: driver, encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
    expect([...driver.matchAll(/from '([^']+)'/g)].map((m) => m[1])).toEqual(['node:child_process', 'node:fs'])
  })
  it('zips deterministically', () => {
    const zip = experimentZip(bundle.files)
    expect(experimentZip(bundle.files)).toEqual(zip)
    const files = unzipSync(zip)
    expect(strFromU8(files['lambdascope-experiment/README.md']!)).toBe(bundle.files[5]!.content)
  })
})

describe('npm run export -- sam | experiment', () => {
  const written: { dir: string; paths: string[] }[] = []
  const io: ExportIo = {
    readFile: (p) => readFileSync(p, 'utf8'),
    writeFiles: (dir, files) => void written.push({ dir, paths: files.map((f) => f.path) }),
  }
  it('sam prints the template', () => {
    const out = runExport(['sam', 'examples/s3-dlq.json'], io)
    expect(out.code).toBe(0)
    expect(out.stdout).toMatch(/^# S3 upload/)
    expect(out.stdout).toContain('Transform: AWS::Serverless-2016-10-31')
  })
  it('experiment writes the bundle', () => {
    const out = runExport(['experiment', 'examples/s3-dlq.json', '--out', 'x'], io)
    expect(out.code).toBe(0)
    expect(written.at(-1)).toEqual({
      dir: 'x',
      paths: ['template.yaml', 'src/index.mjs', 'src/plan.json', 'driver.mjs', 'experiment.json', 'README.md'],
    })
  })
  it('bad input exits 2 with a located message and writes nothing', () => {
    const before = written.length
    const bad: ExportIo = {
      ...io,
      readFile: () =>
        '{"format":"lambdascope/scenario@1","title":"x","era":"current","seed":1,"durationMs":0,"nodes":[],"edges":[],"traffic":[],"faults":[]}',
    }
    const out = runExport(['sam', 'bad.json'], bad)
    expect(out.code).toBe(2)
    expect(out.stderr).toMatch(/^bad\.json: durationMs: /)
    expect(runExport(['experiment', 'bad.json'], bad)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/missing --out/),
    })
    expect(runExport(['sam'], io).code).toBe(2)
    expect(written.length).toBe(before)
  })
})
