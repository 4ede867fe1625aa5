import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenarioJson } from '../src/model/index.ts'
import { runImport } from './import.ts'

const read = (files: Record<string, string>) => (p: string) => {
  if (p in files) return files[p]!
  return readFileSync(p, 'utf8')
}

describe('npm run import', () => {
  it('prints a valid, laid-out scenario on stdout and the report on stderr', () => {
    const out = runImport(['src/model/template/corpus/sam-orders.yaml'], read({}))
    expect(out.code).toBe(0)
    const parsed = parseScenarioJson(out.stdout)
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.scenario.nodes.every((n) => n.position !== undefined)).toBe(true)
    expect(out.stderr).toMatch(
      /sam-orders\.yaml:199: not simulated: Thumbnailer\.Events\.Device \(SAM event IoTRule\) \[eventNotSimulated\]/,
    )
    expect(out.stderr).toMatch(/imported 25 nodes/)
  })

  it('takes --param and --no-traffic', () => {
    const out = runImport(['src/model/template/corpus/cfn-plain.yaml', '--param', 'Env=prod', '--no-traffic'], read({}))
    expect(out.code).toBe(0)
    const doc = JSON.parse(out.stdout) as { traffic: unknown[]; nodes: { id: string }[] }
    expect(doc.traffic).toEqual([])
    expect(doc.nodes.map((n) => n.id)).not.toContain('Later')
  })

  it('takes --param __proto__=7 as a parameter of that name, not a prototype', () => {
    const t =
      'Parameters:\n  __proto__: { Type: Number }\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: !Ref __proto__\n'
    const out = runImport(['t.yaml', '--param', '__proto__=7', '--no-traffic'], read({ 't.yaml': t }))
    expect(out.code).toBe(0)
    const doc = JSON.parse(out.stdout) as { nodes: { id: string; config?: { timeoutMs?: number } }[] }
    expect(doc.nodes.find((n) => n.id === 'Fn')?.config?.timeoutMs).toBe(7000)
  })

  it.each([
    [['bad.yaml'], /^bad\.yaml:3:1: \(document\): Invalid YAML/],
    [['bad.json'], /^bad\.json:1:\d+: \(document\): Invalid JSON/],
    [['none.yaml'], /^none\.yaml:1:1: .*no Resources/],
    [['missing.yaml'], /cannot read missing\.yaml/],
    [[], /missing <template>/],
    [['a.yaml', '--param'], /--param needs Name=Value/],
    [['a.yaml', '--what'], /unknown option --what/],
  ])('bad input %j exits 2 with a located message and prints nothing on stdout', (argv, message) => {
    const out = runImport(
      argv,
      read({ 'bad.yaml': 'Resources:\n  A: [1,\n', 'bad.json': '{"Resources": }', 'none.yaml': 'Outputs: {}\n' }),
    )
    expect(out.code).toBe(2)
    expect(out.stdout).toBe('')
    expect(out.stderr).toMatch(message)
  })
})
