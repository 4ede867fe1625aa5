import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ExportFile } from '../src/exporters/index.ts'
import { runExport, type ExportIo } from './export.ts'

function io(files: Record<string, string> = {}) {
  const written = new Map<string, readonly ExportFile[]>()
  const fake: ExportIo = {
    readFile: (p) => files[p] ?? readFileSync(p, 'utf8'),
    writeFiles: (dir, list) => void written.set(dir, list),
  }
  return { fake, written }
}

describe('npm run export', () => {
  it('local-test writes the stub, event, context, test and README for the chosen runtime', () => {
    const { fake, written } = io()
    const out = runExport(
      ['local-test', 'examples/sqs-redrive.json', '--function', 'worker', '--runtime', 'python', '--out', 'out'],
      fake,
    )
    expect(out.code).toBe(0)
    const files = written.get('out')!
    expect(files.map((f) => f.path)).toEqual([
      'handler.py',
      'fake_context.py',
      'event.json',
      'test_handler.py',
      'README.md',
    ])
    expect(JSON.parse(files.find((f) => f.path === 'event.json')!.content).Records[0].eventSource).toBe('aws:sqs')
  })
  it.each([
    [
      ['local-test', 'examples/sqs-redrive.json', '--function', 'nope', '--out', 'o'],
      /no node has the id "nope" \(functions: worker\)/,
    ],
    [
      ['local-test', 'examples/sqs-redrive.json', '--function', 'orders', '--out', 'o'],
      /nodes\[0\]: "orders" is a sqs, not a Lambda function/,
    ],
    [
      ['local-test', 'examples/sqs-redrive.json', '--function', 'worker', '--runtime', 'ruby', '--out', 'o'],
      /--runtime is node or python/,
    ],
    [['local-test', 'examples/sqs-redrive.json', '--function', 'worker'], /missing --out/],
    [['local-test', 'bad.json', '--function', 'worker', '--out', 'o'], /bad.json: /],
    [['sam'], /sam: missing <scenario.json>/],
    [['nope'], /unknown subcommand "nope"/],
    [[], /missing subcommand/],
  ])('bad input %j exits 2 with a located message and writes nothing', (argv, message) => {
    const { fake, written } = io({ 'bad.json': '{"format": 1' })
    const out = runExport(argv, fake)
    expect(out.code).toBe(2)
    expect(out.stderr).toMatch(message)
    expect(written.size).toBe(0)
  })
})
