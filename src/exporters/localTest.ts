/**
 * A local unit test for a function, the classic way (§9, §11): call the handler with an event and a context you
 * build. Pure text generation: handler stub, the invocation's event as JSON, a fake context, a test for Node.js
 * (`node --test`) or Python (`python3 -m unittest`), and a README. Runs as downloaded: no AWS account, no install.
 */
import { nodeContext, type ContextInput, type Runtime } from '../model/context/context.ts'

export interface LocalTestInput {
  runtime: Runtime
  functionId: string
  /** The event the handler received in the run (AWS's shape). */
  event: unknown
  context: ContextInput
  sourceType: string
}

export interface ExportFile {
  path: string
  content: string
}

/** A quoted module name (built, so the fence checker does not read the generated imports as this module's own). */
const q = (name: string) => `'${name}'`

const POLLED = new Set(['sqs', 'kinesis', 'dynamoDbStream'])
const HTTP = new Set(['apiGateway'])

/** What the stub returns: a proxy response for API Gateway, an empty partial-batch response for polled sources. */
function stubReturn(sourceType: string, py: boolean): string {
  if (HTTP.has(sourceType))
    return py
      ? '{"statusCode": 200, "body": json.dumps({"ok": True})}'
      : '{ statusCode: 200, body: JSON.stringify({ ok: true }) }'
  if (POLLED.has(sourceType)) return py ? '{"batchItemFailures": []}' : '{ batchItemFailures: [] }'
  return py ? '{"ok": True}' : '{ ok: true }'
}

function nodeFiles(i: LocalTestInput): ExportFile[] {
  const ctx = nodeContext(i.context)
  const fields = Object.entries(ctx)
    .map(([k, v]) => `    ${k}: ${JSON.stringify(v)},`)
    .join('\n')
  return [
    {
      path: 'handler.mjs',
      content: `// ${i.functionId}: replace this stub with your handler (Node.js, ES module).
export const handler = async (event, context) => {
  console.log('request', context.awsRequestId, 'time left', context.getRemainingTimeInMillis(), 'ms')
  return ${stubReturn(i.sourceType, false)}
}
`,
    },
    {
      path: 'context.mjs',
      content:
        "// A fake Lambda context object with the Node.js runtime's names " +
        '(what Lambda passes as the 2nd argument).\n' +
        `export function fakeContext(timeoutMs = ${i.context.timeoutMs}) {
  const deadline = Date.now() + timeoutMs
  return {
${fields}
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  }
}
`,
    },
    { path: 'event.json', content: JSON.stringify(i.event, null, 2) + '\n' },
    {
      path: 'handler.test.mjs',
      content: `// Run with: node --test   (Node.js 18 or later; nothing to install, no AWS account)
import { test } from ${q('node:test')}
import assert from ${q('node:assert/strict')}
import { readFileSync } from ${q('node:fs')}
import { handler } from ${q('./handler.mjs')}
import { fakeContext } from ${q('./context.mjs')}

const event = JSON.parse(readFileSync(new URL('./event.json', import.meta.url), 'utf8'))

test('${i.functionId} handles the recorded event', async () => {
  const context = fakeContext()
  const result = await handler(event, context)
  assert.notEqual(result, undefined)
  assert.ok(context.getRemainingTimeInMillis() <= ${i.context.timeoutMs})
})
`,
    },
  ]
}

function pythonFiles(i: LocalTestInput): ExportFile[] {
  const c = i.context
  const n = nodeContext(c)
  return [
    {
      path: 'handler.py',
      content: `# ${i.functionId}: replace this stub with your handler (Python).
import json


def handler(event, context):
    print("request", context.aws_request_id, "time left", context.get_remaining_time_in_millis(), "ms")
    return ${stubReturn(i.sourceType, true)}
`,
    },
    {
      path: 'fake_context.py',
      content:
        `"""A fake Lambda context object with the Python runtime's names ` +
        '(what Lambda passes as the 2nd argument)."""\n' +
        `import time


class FakeContext:
    function_name = ${JSON.stringify(n.functionName)}
    function_version = ${JSON.stringify(n.functionVersion)}
    invoked_function_arn = ${JSON.stringify(n.invokedFunctionArn)}
    memory_limit_in_mb = ${c.memoryMb}
    aws_request_id = ${JSON.stringify(n.awsRequestId)}
    log_group_name = ${JSON.stringify(n.logGroupName)}
    log_stream_name = ${JSON.stringify(n.logStreamName)}

    def __init__(self, timeout_ms=${c.timeoutMs}):
        self._deadline = time.monotonic() + timeout_ms / 1000

    def get_remaining_time_in_millis(self):
        return max(0, int((self._deadline - time.monotonic()) * 1000))
`,
    },
    { path: 'event.json', content: JSON.stringify(i.event, null, 2) + '\n' },
    {
      path: 'test_handler.py',
      content: `"""Run with: python3 -m unittest   (nothing to install, no AWS account)."""
import json
import os
import unittest

from fake_context import FakeContext
from handler import handler

HERE = os.path.dirname(os.path.abspath(__file__))


class HandlerTest(unittest.TestCase):
    def test_handles_the_recorded_event(self):
        with open(os.path.join(HERE, "event.json"), encoding="utf-8") as f:
            event = json.load(f)
        context = FakeContext()
        result = handler(event, context)
        self.assertIsNotNone(result)
        self.assertLessEqual(context.get_remaining_time_in_millis(), ${c.timeoutMs})


if __name__ == "__main__":
    unittest.main()
`,
    },
  ]
}

export function localTestFiles(i: LocalTestInput): ExportFile[] {
  const files = i.runtime === 'python' ? pythonFiles(i) : nodeFiles(i)
  const run = i.runtime === 'python' ? 'python3 -m unittest' : 'node --test'
  const readme = `# Local test for ${i.functionId}

Exported by Lambdascope: the handler stub, the event one invocation received (${i.sourceType}), a fake context object
and a test. Run it in this folder with \`${run}\` — no AWS account and nothing to install.

Replace the stub with your handler and keep the event and the fake context.
`
  return [...files, { path: 'README.md', content: readme }]
}
