import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from './simulate.ts'

const KINESIS = 'examples/kinesis-poison.json'
// The fork the issue names: bisect on, two retries, the on-failure destination the example already has (§3.2).
const BISECT = 'fork/kinesis-bisect.json'
const read = (p: string) =>
  p === BISECT
    ? readFileSync(KINESIS, 'utf8').replace(
        '"batchSize": 100, ',
        '"batchSize": 100, "bisectOnError": true, "maxRetryAttempts": 2, ',
      )
    : readFileSync(p, 'utf8')

interface CompareJson {
  runs: { file: string; metrics: Record<string, number | null> }[]
  diff: Record<string, { a: number | null; b: number | null; delta: number | null; riskier: 'a' | 'b' | null }>
}

describe('simulate --compare', () => {
  it("json: both runs' metrics and the diff; §3.2 the blocked shard's iterator age marks the original riskier", () => {
    const out = runCli([KINESIS, '--compare', BISECT, '--format', 'json'], read)
    expect(out.code).toBe(0)
    const j = JSON.parse(out.stdout) as CompareJson
    expect(Object.keys(j)).toEqual(['runs', 'diff'])
    expect(j.runs.map((r) => r.file)).toEqual([KINESIS, BISECT])
    const [a, b] = j.runs as [CompareJson['runs'][0], CompareJson['runs'][0]]
    for (const [key, d] of Object.entries(j.diff)) {
      expect(d.a).toBe(a.metrics[key])
      expect(d.b).toBe(b.metrics[key])
    }
    expect(j.diff.maxIteratorAgeMs).toMatchObject({ riskier: 'a' })
    expect(a.metrics.maxIteratorAgeMs).toBeGreaterThan(200_000)
    expect(b.metrics.lost).toBe(0)
    expect(b.metrics.inDlq).toBeGreaterThan(0)
    expect(j.diff.delivered!.delta).toBeGreaterThan(0)
  })

  it('summary: a table with both columns, the signed difference and the riskier side named', () => {
    const out = runCli([KINESIS, '--compare', BISECT], read)
    expect(out.code).toBe(0)
    expect(out.stdout).toMatch(/^a: Kinesis poison record blocks its shard \(examples\/kinesis-poison\.json\)/)
    expect(out.stdout).toMatch(/\nfigure +a +b +b − a +riskier\n/)
    expect(out.stdout).toMatch(/\nmax iterator age \(ms\) +295,360 +[\d,]+ +-[\d,]+ +a\n/)
    expect(out.stdout).toContain('riskier: max iterator age (ms) in a')
    const same = runCli([KINESIS, '--compare', KINESIS], read)
    expect(same.stdout).toContain('no figure is riskier in either run')
  })

  it('the same options apply to both runs (--until, --seed)', () => {
    const j = JSON.parse(
      runCli([KINESIS, '--compare', BISECT, '--until', '10000', '--seed', '7', '--format', 'json'], read).stdout,
    ) as { runs: { untilMs: number; seed: number }[] }
    expect(j.runs.map((r) => [r.untilMs, r.seed])).toEqual([
      [10_000, 7],
      [10_000, 7],
    ])
  })

  it('bad input exits 2 and says where: a missing file, a broken second document, no second file, trace format', () => {
    const missing = runCli([KINESIS, '--compare', 'nope.json'], read)
    expect(missing).toMatchObject({ code: 2, stdout: '' })
    expect(missing.stderr).toContain('cannot read nope.json: no such file')
    const broken = runCli([KINESIS, '--compare', 'b.json'], (p) =>
      p === 'b.json' ? '{"format": "lambdascope/scenario@1",\n "nodes": [}' : read(p),
    )
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/^b\.json: /)
    expect(broken.stderr).toMatch(/line 2/)
    expect(runCli([KINESIS, '--compare'], read)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--compare needs a second <scenario.json>'),
    })
    expect(runCli([KINESIS, '--compare', BISECT, '--format', 'trace'], read)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not trace'),
    })
    const tooBig = runCli([KINESIS, '--compare', BISECT], read, {
      fileSize: (p) => (p === BISECT ? 17 * 1024 * 1024 : 100),
    })
    expect(tooBig).toMatchObject({ code: 2, stderr: expect.stringContaining(`${BISECT} is 17.0 MB`) })
  })
})
