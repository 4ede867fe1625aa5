import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ContextInput } from '../src/model/context/context.ts'
import { handlerEvent } from '../src/model/events/index.ts'
import { localTestFiles, type LocalTestInput } from '../src/exporters/localTest.ts'

const context: ContextInput = {
  functionId: 'orders',
  accountId: '123456789012',
  region: 'us-east-1',
  memoryMb: 256,
  timeoutMs: 3000,
  requestId: 'req-e1',
  handlerStartMs: 1000,
  endMs: 1100,
  envId: 'env-1',
}
const event = handlerEvent({
  sourceId: 'q',
  sourceType: 'sqs',
  sourceAccountId: '123456789012',
  functionId: 'orders',
  functionAccountId: '123456789012',
  region: 'us-east-1',
  atMs: 1000,
  requestId: 'req-e1',
  records: [{ id: 'e1', payload: { orderId: 'A-1' }, key: null, createdMs: 900, receiveCount: 1 }],
})
const input = (runtime: LocalTestInput['runtime']): LocalTestInput => ({
  runtime,
  functionId: 'orders',
  event,
  context,
  sourceType: 'sqs',
})

const dirs: string[] = []
function writeOut(runtime: LocalTestInput['runtime']): string {
  const dir = mkdtempSync(join(tmpdir(), `lambdascope-${runtime}-`))
  dirs.push(dir)
  for (const f of localTestFiles(input(runtime))) writeFileSync(join(dir, f.path), f.content)
  return dir
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

const hasPython = spawnSync('python3', ['--version']).status === 0

describe('exported local test runs as downloaded', () => {
  it('Node: node --test passes', () => {
    const dir = writeOut('nodejs')
    const out = execFileSync(process.execPath, ['--test'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    })
    expect(out).toMatch(/# pass 1/)
    expect(out).toMatch(/# fail 0/)
  }, 30_000)
  it.skipIf(!hasPython)(
    'Python: python3 -m unittest passes',
    () => {
      const dir = writeOut('python')
      const r = spawnSync('python3', ['-m', 'unittest', '-v'], { cwd: dir, encoding: 'utf8' })
      expect(r.stderr).toMatch(/OK/)
      expect(r.status).toBe(0)
    },
    30_000,
  )
  it('carries the event and the runtime names', () => {
    const node = localTestFiles(input('nodejs'))
    expect(node.map((f) => f.path)).toEqual([
      'handler.mjs',
      'context.mjs',
      'event.json',
      'handler.test.mjs',
      'README.md',
    ])
    expect(JSON.parse(node.find((f) => f.path === 'event.json')!.content)).toEqual(event)
    expect(node.find((f) => f.path === 'context.mjs')!.content).toContain('awsRequestId: "req-e1"')
    const py = localTestFiles(input('python'))
    expect(py.find((f) => f.path === 'fake_context.py')!.content).toContain('aws_request_id = "req-e1"')
  })
})
