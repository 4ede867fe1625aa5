/**
 * A Lambda node as `AWS::Serverless::Function`: the settings the document writes (§6 timeout, §7.1 memory, §5.3
 * reserved, §7.4 provisioned with its alias, §8 environment and KMS key, §7.2 VPC, §2.4 DLQ, §2.2 EventInvokeConfig,
 * §16 RecursiveLoop), its events, and the execution-role statements the model derives (§10) with ARNs as references.
 */
import { wirePermissions } from '../../permissions/derive.ts'
import type { PolicyStatement } from '../../permissions/types.ts'
import type { ResolvedNode } from '../../resolve.ts'
import { eventsOf } from './events.ts'
import { getAtt, ref, stackGuid, sub, subWith } from './intrinsics.ts'
import { bucketNameParts } from './names.ts'
import { secondsOf, type CfnValue, type ExportContext } from './context.ts'
import { vpcConfigOf } from './vpc.ts'

type Fn = Extract<ResolvedNode, { type: 'lambda' }>

const RUNTIME = { nodejs: 'nodejs22.x', python: 'python3.13' } as const

const POLLED = new Set<ResolvedNode['type']>(['sqs', 'kinesis', 'dynamoDbStream'])

/**
 * A stub that answers as its source expects: a proxy response for API Gateway, an empty partial-batch response when
 * polled.
 */
function inlineCode(ctx: ExportContext, fn: Fn): string {
  const sources = ctx.s.edges
    .filter((e) => e.to === fn.id && (e.role === 'trigger' || e.role === 'eventSourceMapping'))
    .map((e) => ctx.node(e.from)?.type)
  const py = fn.config.runtime === 'python'
  let value = py ? '{"ok": True}' : '{ ok: true }'
  if (sources.includes('apiGateway'))
    value = py ? '{"statusCode": 200, "body": "{}"}' : "{ statusCode: 200, body: '{}' }"
  else if (sources.some((t) => t !== undefined && POLLED.has(t)))
    value = py ? '{"batchItemFailures": []}' : '{ batchItemFailures: [] }'
  return py
    ? `import json\n\ndef handler(event, context):\n    print(json.dumps(event))\n    return ${value}\n`
    : `exports.handler = async (event) => {\n  console.log(JSON.stringify(event))\n  return ${value}\n}\n`
}

const DESTINATION: Partial<Record<ResolvedNode['type'], string>> = {
  sqs: 'SQS',
  sns: 'SNS',
  lambda: 'Lambda',
  eventBridge: 'EventBridge',
  s3: 'S3Bucket',
}

function destination(ctx: ExportContext, fn: Fn, role: 'onSuccess' | 'onFailure'): CfnValue | null {
  const e = ctx.s.edges.find((d) => d.from === fn.id && d.role === role)
  const target = e && ctx.node(e.to)
  if (!target) return null
  const type = DESTINATION[target.type]
  return type === undefined ? null : { Type: type, Destination: ctx.arn(target.id) }
}

function eventInvokeConfig(ctx: ExportContext, fn: Fn): CfnValue | null {
  const w = ctx.writtenNode(fn.id)
  const a = w?.type === 'lambda' ? w.config?.async : undefined
  const p: Record<string, CfnValue> = {} // safe-keys: only the fixed EventInvokeConfig property names below
  if (a?.maxRetryAttempts !== undefined) p['MaximumRetryAttempts'] = a.maxRetryAttempts
  if (a?.maxEventAgeMs !== undefined)
    p['MaximumEventAgeInSeconds'] = secondsOf(ctx, a.maxEventAgeMs, `${fn.id}.async.maxEventAgeMs`, fn.id)
  const onSuccess = destination(ctx, fn, 'onSuccess')
  const onFailure = destination(ctx, fn, 'onFailure')
  if (onSuccess !== null || onFailure !== null)
    p['DestinationConfig'] = {
      ...(onSuccess !== null ? { OnSuccess: onSuccess } : {}),
      ...(onFailure !== null ? { OnFailure: onFailure } : {}),
    }
  return Object.keys(p).length > 0 ? p : null
}

/** Literal ARNs the model prints (permissions/arns.ts) → the template's references to the same resources. */
function arnMap(ctx: ExportContext): Map<string, CfnValue> {
  const m = new Map<string, CfnValue>()
  for (const n of ctx.s.nodes) {
    if (!ctx.inStack(n)) continue
    const lit = ctx.literalArn(n)
    const arn = ctx.arn(n.id)
    m.set(lit, arn)
    if (n.type === 's3')
      m.set(
        `${lit}/*`,
        subWith(`arn:\${AWS::Partition}:s3:::${bucketNameParts(ctx, n.id)}\${Guid}/*`, { Guid: stackGuid() }),
      )
  }
  return m
}

/** §10: the execution role's statements for this function's granted wires that no managed policy SAM adds covers. */
function policies(ctx: ExportContext, fn: Fn): CfnValue[] {
  const map = arnMap(ctx)
  const mapResource = (r: PolicyStatement['Resource']) =>
    r === undefined ? undefined : typeof r === 'string' ? (map.get(r) ?? r) : r.map((x) => map.get(x) ?? x)
  const statements: CfnValue[] = []
  for (const e of ctx.s.edges) {
    if (e.permission === 'missing') continue
    const w = wirePermissions(ctx.s, e.id)
    if (!w || w.functionId !== fn.id) continue
    for (const r of w.requirements)
      if (r.place === 'executionRole' && r.managedPolicy === null)
        statements.push({ Effect: 'Allow', Action: r.statement.Action, Resource: mapResource(r.statement.Resource) })
  }
  // An `access` wire to a database of this stack: IAM database authentication names the instance, which is also how
  // an import reads the wire back (a reference from the function's policies).
  for (const e of ctx.s.edges) {
    const db = e.from === fn.id && e.role === 'access' ? ctx.node(e.to) : undefined
    if (db?.type === 'rds' && ctx.inStack(db))
      statements.push({
        Effect: 'Allow',
        Action: 'rds-db:connect',
        Resource: sub(
          `arn:\${AWS::Partition}:rds-db:\${AWS::Region}:\${AWS::AccountId}:dbuser:` +
            `\${${ctx.logicalId(db.id)}.DbiResourceId}/*`,
        ),
      })
  }
  // §8: a customer key for the environment needs kms:Decrypt on the role.
  if (fn.config.kmsKeyArn !== null)
    statements.push({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: fn.config.kmsKeyArn })
  return statements.length > 0 ? [{ Statement: statements }] : []
}

function notes(ctx: ExportContext, fn: Fn) {
  const w = ctx.writtenNode(fn.id)
  const c = w?.type === 'lambda' ? w.config : undefined
  if (!c) return
  for (const k of ['durationMs', 'initMs', 'vpcPendingMs', 'eniAttachMs'] as const)
    if (c[k] !== undefined) ctx.note({ code: 'simulatedTiming', what: `${fn.id}.${k}`, nodeId: fn.id })
  for (const k of ['returns', 'apiResponse', 'callsInternet'] as const)
    if (c[k] !== undefined) ctx.note({ code: 'handlerBehaviour', what: `${fn.id}.${k}`, nodeId: fn.id })
  if (c.vpcState !== undefined) ctx.note({ code: 'vpcState', what: `${fn.id}.vpcState`, nodeId: fn.id })
  for (const e of ctx.s.edges)
    if (e.from === fn.id && e.role === 'writes') ctx.note({ code: 'writes', what: e.id, nodeId: fn.id })
}

export function functionResource(ctx: ExportContext, fn: Fn) {
  const w = ctx.writtenNode(fn.id)
  const c = w?.type === 'lambda' ? w.config : undefined
  const experiment = ctx.options.codeUri !== undefined
  const p: Record<string, CfnValue> = {
    Runtime: experiment ? RUNTIME.nodejs : RUNTIME[fn.config.runtime],
    Handler: 'index.handler',
    ...(experiment ? { CodeUri: ctx.options.codeUri } : { InlineCode: inlineCode(ctx, fn) }),
  }
  if (c?.timeoutMs !== undefined) p['Timeout'] = secondsOf(ctx, c.timeoutMs, `${fn.id}.timeoutMs`, fn.id)
  if (c?.memoryMb !== undefined) p['MemorySize'] = c.memoryMb
  if (c?.reservedConcurrency !== undefined) p['ReservedConcurrentExecutions'] = c.reservedConcurrency
  if (c?.provisionedConcurrency !== undefined && c.provisionedConcurrency > 0) {
    // §7.4: provisioned concurrency lives on a version or alias; SAM publishes one with AutoPublishAlias.
    p['AutoPublishAlias'] = 'live'
    p['ProvisionedConcurrencyConfig'] = { ProvisionedConcurrentExecutions: c.provisionedConcurrency }
  }
  const variables = { ...(c?.environment?.variables ?? {}), ...(ctx.options.extraVariables?.(fn.id) ?? {}) }
  if (Object.keys(variables).length > 0) p['Environment'] = { Variables: variables }
  if (c?.environment?.kmsKeyArn !== undefined) p['KmsKeyArn'] = c.environment.kmsKeyArn
  const vpc = vpcConfigOf(ctx, fn)
  if (vpc !== null) p['VpcConfig'] = vpc
  const dlq = ctx.s.edges.find((e) => e.from === fn.id && e.role === 'dlq')
  const dlqTarget = dlq && ctx.node(dlq.to)
  if (dlqTarget && (dlqTarget.type === 'sqs' || dlqTarget.type === 'sns'))
    p['DeadLetterQueue'] = { Type: dlqTarget.type === 'sqs' ? 'SQS' : 'SNS', TargetArn: ctx.arn(dlqTarget.id) }
  const invoke = eventInvokeConfig(ctx, fn)
  if (invoke !== null) p['EventInvokeConfig'] = invoke
  if (c?.recursiveLoop !== undefined) p['RecursiveLoop'] = c.recursiveLoop
  const pol = policies(ctx, fn)
  if (pol.length > 0) p['Policies'] = pol
  const eventMarks = new Map<string, { source: string; edge: string }>()
  const events = eventsOf(ctx, fn, eventMarks)
  if (Object.keys(events).length > 0) p['Events'] = events
  notes(ctx, fn)
  const id = ctx.logicalId(fn.id)
  ctx.add(id, { Type: 'AWS::Serverless::Function', Properties: p }, fn.id, {
    ...(eventMarks.size > 0 ? { events: Object.fromEntries(eventMarks) } : {}),
    ...(c?.runtime === undefined && !experiment ? { defaults: ['Runtime'] } : {}),
  })
  ctx.outputs[`${id}Name`] = { Description: `function ${fn.id}`, Value: ref(id) }
  ctx.outputs[`${id}Arn`] = { Description: `function ${fn.id} ARN`, Value: getAtt(id, 'Arn') }
}
