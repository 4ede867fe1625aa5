/**
 * Resources for the nodes a function talks to: queues (redrive policy, FIFO), topics, Kinesis streams, DynamoDB
 * tables with their stream, buckets, APIs, log groups, user pools and event buses. Settings are written only where
 * the document sets them (documents are stored as written), so AWS's defaults stay AWS's.
 */
import type { ResolvedNode } from '../../resolve.ts'
import { missingTrigger, ruleOf } from './withoutPermission.ts'
import { join, ref, stackGuid, sub } from './intrinsics.ts'
import { bucketNameParts } from './names.ts'
import { secondsOf, type CfnValue, type ExportContext } from './context.ts'

type Of<T extends ResolvedNode['type']> = Extract<ResolvedNode, { type: T }>

function queue(ctx: ExportContext, n: Of<'sqs'>) {
  const written = ctx.doc.nodes.find((d) => d.id === n.id)
  const c = written?.type === 'sqs' ? written.config : undefined
  const p: Record<string, CfnValue> = {} // safe-keys: only the fixed AWS::SQS::Queue property names below
  if (c?.fifo === true) p['FifoQueue'] = true
  if (c?.visibilityTimeoutMs !== undefined)
    p['VisibilityTimeout'] = secondsOf(ctx, c.visibilityTimeoutMs, `${n.id}.visibilityTimeoutMs`, n.id)
  if (c?.messageRetentionMs !== undefined)
    p['MessageRetentionPeriod'] = secondsOf(ctx, c.messageRetentionMs, `${n.id}.messageRetentionMs`, n.id)
  // §4.1: an sqs → sqs dlq wire is the source queue's redrive policy.
  const redrive = ctx.s.edges.find((e) => e.role === 'dlq' && e.from === n.id && ctx.node(e.to)?.type === 'sqs')
  if (redrive)
    p['RedrivePolicy'] = { deadLetterTargetArn: ctx.arn(redrive.to), maxReceiveCount: redrive.maxReceiveCount }
  const id = ctx.logicalId(n.id)
  ctx.add(id, { Type: 'AWS::SQS::Queue', ...(Object.keys(p).length > 0 ? { Properties: p } : {}) }, n.id)
  ctx.outputs[`${id}Url`] = { Description: `queue ${n.id}`, Value: ref(id) }
}

function stream(ctx: ExportContext, n: Of<'kinesis'>) {
  const written = ctx.doc.nodes.find((d) => d.id === n.id)
  const c = written?.type === 'kinesis' ? written.config : undefined
  const p: Record<string, CfnValue> = { ShardCount: n.config.shardCount }
  if (c?.retentionMs !== undefined) {
    if (c.retentionMs % 3_600_000 !== 0) ctx.note({ code: 'rounded', what: `${n.id}.retentionMs`, nodeId: n.id })
    p['RetentionPeriodHours'] = Math.ceil(c.retentionMs / 3_600_000)
  }
  const id = ctx.logicalId(n.id)
  ctx.add(
    id,
    { Type: 'AWS::Kinesis::Stream', Properties: p },
    n.id,
    c?.shardCount === undefined ? { defaults: ['ShardCount'] } : {},
  )
  ctx.outputs[`${id}Name`] = { Description: `stream ${n.id}`, Value: ref(id) }
}

/** A table keyed by `pk`; with a stream when a `dynamoDbStream` node reads it (or is itself the table's stream). */
function table(ctx: ExportContext, n: Of<'dynamoDbTable'> | Of<'dynamoDbStream'>) {
  const streamNode =
    n.type === 'dynamoDbStream'
      ? n
      : ctx.s.edges
          .filter((e) => e.role === 'stream' && e.from === n.id)
          .map((e) => ctx.node(e.to))
          .find((m) => m?.type === 'dynamoDbStream')
  const p: Record<string, CfnValue> = {
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  }
  if (streamNode?.type === 'dynamoDbStream') {
    p['StreamSpecification'] = { StreamViewType: streamNode.config.viewType }
    const written = ctx.doc.nodes.find((d) => d.id === streamNode.id)
    if (written?.type === 'dynamoDbStream' && written.config?.shardCount !== undefined)
      ctx.note({ code: 'streamShards', what: `${streamNode.id}.shardCount`, nodeId: streamNode.id })
  }
  const id = ctx.logicalId(n.id)
  // The stream node has no resource of its own: the table's mark names it so an import gives it the same id.
  ctx.add(
    id,
    { Type: 'AWS::DynamoDB::Table', Properties: p },
    n.id,
    streamNode && streamNode.id !== n.id ? { streamNodeId: streamNode.id } : {},
  )
  ctx.outputs[`${id}Name`] = { Description: `table ${n.id}`, Value: ref(id) }
}

function api(ctx: ExportContext, n: Of<'apiGateway'>) {
  const id = ctx.logicalId(n.id)
  if (n.config.api === 'http') {
    ctx.add(id, { Type: 'AWS::Serverless::HttpApi' }, n.id)
    ctx.outputs[`${id}Url`] = {
      Description: `HTTP API ${n.id}`,
      Value: sub(`https://\${${id}}.execute-api.\${AWS::Region}.amazonaws.com`),
    }
  } else {
    ctx.add(id, { Type: 'AWS::Serverless::Api', Properties: { StageName: 'prod' } }, n.id)
    ctx.outputs[`${id}Url`] = {
      Description: `REST API ${n.id}`,
      Value: sub(`https://\${${id}}.execute-api.\${AWS::Region}.amazonaws.com/prod`),
    }
  }
}

const bucketName = (ctx: ExportContext, nodeId: string) => join('', [bucketNameParts(ctx, nodeId), stackGuid()])

/** Is an EventBridge node a destination (an event bus) rather than only a rule that triggers? */
const isBus = (ctx: ExportContext, id: string) =>
  ctx.s.edges.some((e) => e.to === id && (e.role === 'onSuccess' || e.role === 'onFailure'))

/** The node's own resource, if it has one in this stack. Functions, VPCs and their contents are written elsewhere. */
export function storageResource(ctx: ExportContext, n: ResolvedNode) {
  const id = ctx.logicalId(n.id)
  switch (n.type) {
    case 'sqs':
      return queue(ctx, n)
    case 'sns':
      ctx.add(id, { Type: 'AWS::SNS::Topic' }, n.id)
      ctx.outputs[`${id}Arn`] = { Description: `topic ${n.id}`, Value: ref(id) }
      return
    case 'kinesis':
      return stream(ctx, n)
    case 'dynamoDbTable':
      return table(ctx, n)
    case 'dynamoDbStream':
      if (ctx.resourceNodeOf(n.id) === n.id) table(ctx, n)
      return
    case 's3':
      ctx.add(id, { Type: 'AWS::S3::Bucket', Properties: { BucketName: bucketName(ctx, n.id) } }, n.id)
      ctx.outputs[`${id}Name`] = { Description: `bucket ${n.id}`, Value: ref(id) }
      return
    case 'apiGateway':
      return api(ctx, n)
    case 'cloudWatchLogs':
      ctx.add(id, { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 1 } }, n.id)
      ctx.outputs[`${id}Name`] = { Description: `log group ${n.id}`, Value: ref(id) }
      return
    case 'cognito':
      ctx.add(id, { Type: 'AWS::Cognito::UserPool' }, n.id)
      return
    case 'eventBridge':
      if (isBus(ctx, n.id)) {
        ctx.add(
          id,
          {
            Type: 'AWS::Events::EventBus',
            Properties: { Name: sub(`\${AWS::StackName}-${n.id.replace(/[^A-Za-z0-9._-]/g, '-')}`) },
          },
          n.id,
        )
        ctx.outputs[`${id}Name`] = { Description: `event bus ${n.id}`, Value: ref(id) }
      } else if (ctx.s.edges.some((e) => e.from === n.id && missingTrigger(ctx, e)))
        // Its rule, here in node order; the functions without their permission add themselves as targets.
        ctx.add(id, { Type: 'AWS::Events::Rule', Properties: { ...ruleOf(n.id), Targets: [] } }, n.id)
      return
    default:
      return
  }
}
