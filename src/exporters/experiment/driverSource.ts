/**
 * The experiment's driver (Node.js 20+, no dependencies: it calls the AWS CLI v2 with the user's own credentials).
 * It sends the scenario's events at their times, waits, reads each function's `LAMBDASCOPE` log lines and the queues
 * that are DLQs or destinations, and prints what AWS did next to what Lambdascope predicted (experiment.json).
 */
/** A quoted module name, built so the fence checker does not read the generated imports as this module's own. */
const q = (name: string) => `'${name}'`

export const DRIVER_SOURCE = String.raw`#!/usr/bin/env node
// Lambdascope experiment driver. Usage: node driver.mjs --stack <stack-name> [--region <region>] [--wait <seconds>]
import { execFileSync } from ${q('node:child_process')}
import { readFileSync } from ${q('node:fs')}

const X = JSON.parse(readFileSync(new URL('./experiment.json', import.meta.url), 'utf8'))
const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf('--' + name)
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback
}
const stack = opt('stack', null)
if (stack === null) {
  console.error('usage: node driver.mjs --stack <stack-name> [--region <region>] [--wait <seconds>]')
  process.exit(2)
}
const region = opt('region', process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? null)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

function aws(...argv) {
  const all = [...argv, '--output', 'json', ...(region ? ['--region', region] : [])]
  const out = execFileSync('aws', all, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  return out.trim() === '' ? null : JSON.parse(out)
}

const outputs = new Map(
  (aws('cloudformation', 'describe-stacks', '--stack-name', stack).Stacks[0].Outputs ?? []).map((o) => [
    o.OutputKey,
    o.OutputValue,
  ]),
)
const out = (nodeId, kind) => outputs.get((X.nodes[nodeId] ?? {})[kind])

/** Sends one event into its source, stamped with the experiment's start so the handler can play timed faults. */
async function send(ev, startedAt) {
  const stamp = { traffic: ev.traffic, index: ev.index, startedAt, key: ev.key }
  const body = JSON.stringify({ lambdascope: stamp, payload: ev.payload ?? null })
  const node = X.nodes[ev.source]
  switch (node?.type) {
    case 'sqs': {
      const fifo = node.fifo
        ? [
            '--message-group-id',
            ev.key ?? 'lambdascope',
            '--message-deduplication-id',
            ev.traffic + '-' + ev.index + '-' + startedAt,
          ]
        : []
      return aws('sqs', 'send-message', '--queue-url', out(ev.source, 'url'), '--message-body', body, ...fifo)
    }
    case 'sns':
      return aws('sns', 'publish', '--topic-arn', out(ev.source, 'arn'), '--message', body)
    case 'kinesis':
      return aws(
        'kinesis',
        'put-record',
        '--stream-name',
        out(ev.source, 'name'),
        '--partition-key',
        ev.key ?? 'lambdascope',
        '--data',
        Buffer.from(body).toString('base64'),
      )
    case 'dynamoDbStream':
    case 'dynamoDbTable':
      return aws(
        'dynamodb',
        'put-item',
        '--table-name',
        out(ev.source, 'name'),
        '--item',
        JSON.stringify({ pk: { S: ev.traffic + '-' + ev.index + '-' + startedAt }, body: { S: body } }),
      )
    case 's3':
      return aws(
        's3api',
        'put-object',
        '--bucket',
        out(ev.source, 'name'),
        '--key',
        'lambdascope/' + ev.traffic + '/' + ev.index + '/' + startedAt + '.json',
        '--body',
        '/dev/null',
      )
    case 'eventBridge':
      return aws(
        'events',
        'put-events',
        '--entries',
        // A bus of the stack (it receives destinations) has a name output; otherwise the default bus.
        JSON.stringify([
          {
            Source: 'lambdascope.' + ev.source,
            DetailType: 'lambdascope',
            Detail: body,
            ...(out(ev.source, 'name') ? { EventBusName: out(ev.source, 'name') } : {}),
          },
        ]),
      )
    case 'apiGateway': {
      const res = await fetch(out(ev.source, 'url') + node.path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
      return { status: res.status }
    }
    case 'client':
      return aws(
        'lambda',
        'invoke',
        '--function-name',
        outputs.get(node.functionOutput),
        '--invocation-type',
        node.invocationType,
        '--cli-binary-format',
        'raw-in-base64-out',
        '--payload',
        body,
        '/dev/null',
      )
    default:
      console.log('  (cannot send into ' + ev.source + ' (' + (node?.type ?? 'unknown') + '): send it yourself)')
      return null
  }
}

const seconds = (ms) => (ms / 1000).toFixed(1) + ' s'
const tagOf = (e) => e.traffic + '#' + e.index

async function main() {
  const startedAt = Date.now() + 3000
  console.log(
    'Sending ' +
      X.events.length +
      ' events into stack ' +
      stack +
      (X.eventsCapped ? ' (the first ' + X.events.length + ' of the scenario)' : '') +
      '...',
  )
  for (const ev of X.events) {
    await sleep(startedAt + ev.atMs - Date.now())
    await send(ev, startedAt)
  }
  const waitS = Number(opt('wait', String(X.suggestedWaitSeconds)))
  console.log('Waiting ' + waitS + ' s for AWS to finish (retries, DLQs, destinations); --wait changes it...')
  await sleep(waitS * 1000)

  const attempts = new Map()
  for (const fn of X.functions) {
    const name = outputs.get(fn.output)
    if (!name) continue
    const logs = aws(
      'logs',
      'filter-log-events',
      '--log-group-name',
      '/aws/lambda/' + name,
      '--start-time',
      String(startedAt - 60000),
      '--filter-pattern',
      '"LAMBDASCOPE"',
    )
    for (const e of logs?.events ?? []) {
      const i = e.message.indexOf('LAMBDASCOPE ')
      if (i < 0) continue
      const line = JSON.parse(e.message.slice(i + 12))
      for (const item of line.items) {
        const key = item.traffic + '#' + item.index
        const list = attempts.get(key) ?? []
        list.push({ atMs: e.timestamp - startedAt, fn: fn.id, attempt: line.attempt, outcome: line.outcome })
        attempts.set(key, list)
      }
    }
  }
  const reached = new Map()
  for (const t of X.targets) {
    const url = out(t.nodeId, 'url')
    if (!url) continue
    for (let round = 0; round < 20; round++) {
      const got = aws(
        'sqs',
        'receive-message',
        '--queue-url',
        url,
        '--max-number-of-messages',
        '10',
        '--wait-time-seconds',
        '1',
        '--visibility-timeout',
        '60',
      )
      const msgs = got?.Messages ?? []
      if (msgs.length === 0) break
      for (const m of msgs) {
        for (const hit of m.Body.matchAll(/\\?"traffic\\?":\\?"([^"\\]+)\\?",\\?"index\\?":(\d+)/g)) {
          const key = hit[1] + '#' + hit[2]
          reached.set(key, [...(reached.get(key) ?? []), t.nodeId])
        }
      }
    }
  }
  console.log('')
  console.log('event          | Lambdascope predicted                          | AWS did')
  for (const p of X.predicted) {
    const key = tagOf(p)
    const predicted =
      p.attempts.map((a) => seconds(a.startMs - p.createdMs) + ' ' + a.result).join(', ') +
      ' -> ' +
      p.fate +
      (p.deliveredTo.length ? ' (' + p.deliveredTo.join(', ') + ')' : '')
    const seen = (attempts.get(key) ?? []).sort((a, b) => a.atMs - b.atMs)
    const first = seen[0]?.atMs ?? 0
    const did =
      seen.map((a) => seconds(a.atMs - first) + ' ' + a.outcome).join(', ') +
      ((reached.get(key) ?? []).length ? ' -> in ' + [...new Set(reached.get(key))].join(', ') : '')
    console.log(key.padEnd(14) + ' | ' + predicted.padEnd(46) + ' | ' + (did || '(no attempt logged yet)'))
  }
  console.log('')
  console.log("Times are from each event's first attempt. Clean up with: sam delete --stack-name " + stack)
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
`
