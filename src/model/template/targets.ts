/**
 * Which node a reference means: `!Ref Queue`, `!GetAtt Queue.Arn`, `!GetAtt Table.StreamArn` (the table's stream),
 * `!Ref Alias` (its function), or a literal ARN of a resource outside the template (an external node, noted).
 */
import { DEFAULT_ACCOUNT_ID } from '../graph.ts'
import type { NodeType } from '../services/index.ts'
import { str, type ImportBuilder } from './builder.ts'
import { Composite, ResourceRef } from './intrinsics.ts'

const ARN_SERVICES: Readonly<Record<string, NodeType>> = {
  sqs: 'sqs',
  sns: 'sns',
  kinesis: 'kinesis',
  lambda: 'lambda',
  s3: 's3',
  events: 'eventBridge',
}

function firstRef(v: unknown): ResourceRef | null {
  if (v instanceof ResourceRef) return v
  if (v instanceof Composite) return v.parts.find((p): p is ResourceRef => p instanceof ResourceRef) ?? null
  return null
}

/** The node id a value refers to, or null (noted when it names nothing we can draw). */
export function targetNode(b: ImportBuilder, v: unknown, path: (string | number)[]): string | null {
  const ref = firstRef(v)
  if (ref) return nodeOfRef(b, ref, 0)
  const arn = str(v)
  if (arn === undefined) return null
  return externalNode(b, arn, path)
}

function nodeOfRef(b: ImportBuilder, ref: ResourceRef, depth: number): string | null {
  if (depth > 8) return null
  if (ref.attribute && /StreamArn$/.test(ref.attribute)) {
    const stream = b.streamOf.get(ref.logicalId)
    if (stream) return stream
  }
  const direct = b.nodeOfResource.get(ref.logicalId)
  if (direct) return direct
  // A function's alias or version stands for the function (§ qualifiers are not simulated).
  const res = b.resources.get(ref.logicalId)
  if (res && (res.type === 'AWS::Lambda::Alias' || res.type === 'AWS::Lambda::Version')) {
    const fn = firstRef(res.props['FunctionName'])
    return fn ? nodeOfRef(b, fn, depth + 1) : null
  }
  return null
}

/** `arn:aws:sqs:us-east-1:123456789012:orders-dlq` → an sqs node `orders-dlq` (one per ARN). */
function externalNode(b: ImportBuilder, arn: string, path: (string | number)[]): string | null {
  const m = /^arn:aws[a-z-]*:([a-z0-9-]+):[^:]*:[^:]*:(.+)$/.exec(arn)
  const known = b.nodeOfResource.get(`arn:${arn}`)
  if (known) return known
  if (!m) return null
  let service = m[1]!
  let name = m[2]!
  if (service === 'dynamodb' && /\/stream\//.test(name)) {
    service = 'dynamodbStream'
    name = name.split('/')[1] ?? name
  } else if (service === 'lambda') name = name.replace(/^function:/, '').split(':')[0]!
  else if (service === 'events') name = name.replace(/^(rule|event-bus)\//, '')
  else if (service === 's3') name = name.split('/')[0]!
  const type: NodeType | undefined = service === 'dynamodbStream' ? 'dynamoDbStream' : ARN_SERVICES[service]
  if (!type || name === '') return null
  const parentId = accountGroup(b, arn, path)
  b.claimEventSourceId(`arn:${arn}`, name)
  const id = b.addNode(`arn:${arn}`, { type, label: name, ...(parentId && { parentId }) }, path, name)
  b.nodeOfResource.set(`arn:${arn}`, id)
  b.note('externalReference', { arn, nodeId: id }, path)
  return id
}

/**
 * An ARN in another account than the stack's (the import's pseudo `AWS::AccountId`, DEFAULT_ACCOUNT_ID) puts its node
 * inside that account's group (§10 cross-account; one group per account, drawn like a VPC). Null for the stack's own
 * account or an ARN without one (S3 bucket ARNs name no account).
 */
function accountGroup(b: ImportBuilder, arn: string, path: (string | number)[]): string | undefined {
  const account = /^arn:[^:]+:[^:]+:[^:]*:(\d{12}):/.exec(arn)?.[1]
  if (account === undefined || account === DEFAULT_ACCOUNT_ID) return undefined
  const key = `account:${account}`
  const known = b.nodeOfResource.get(key)
  if (known) return known
  const id = b.addNode(
    key,
    { type: 'account', label: account, config: { accountId: account } },
    path,
    `account-${account}`,
  )
  b.nodeOfResource.set(key, id)
  return id
}

/** The function a `FunctionName`/`Arn`/`Endpoint` names (a function, its alias or version, or a function ARN). */
export function functionNode(b: ImportBuilder, v: unknown, path: (string | number)[]): string | null {
  const id = targetNode(b, v, path)
  return id && b.node(id)?.type === 'lambda' ? id : null
}
