/**
 * A function's `Events`: one per trigger or event source mapping wire into it (§1.2, §3, §4), with every mapping
 * setting the document writes (StartingPosition always: AWS requires it for streams). Sources SAM has no event type
 * for (SES, Lex, CodeCommit, Config, a caller in another account) get an `AWS::Lambda::Permission` instead (§10).
 */
import { SERVICE_PRINCIPALS } from '../../permissions/derive.ts'
import type { ResolvedEdge, ResolvedNode } from '../../resolve.ts'
import { ref } from './intrinsics.ts'
import { secondsOf, type CfnValue, type ExportContext } from './context.ts'
import { triggerWithoutPermission } from './withoutPermission.ts'

type Fn = Extract<ResolvedNode, { type: 'lambda' }>
export interface SamEvent {
  Type: string
  Properties: Record<string, CfnValue>
}

const DESTINATION_TYPE: Partial<Record<ResolvedNode['type'], string>> = { sqs: 'SQS', sns: 'SNS', s3: 'S3' }

function mappingEvent(ctx: ExportContext, e: ResolvedEdge, src: ResolvedNode): SamEvent | null {
  const c = ctx.writtenEdgeConfig(e.id) ?? {}
  const esm = e.esm!
  const p: Record<string, CfnValue> = {} // safe-keys: only the fixed SAM event property names below
  const isSqs = src.type === 'sqs'
  if (isSqs) p['Queue'] = ctx.arn(src.id)
  else p['Stream'] = ctx.arn(src.id)
  if (!isSqs) {
    p['StartingPosition'] = esm.startingPosition
    if (esm.startingPosition === 'AT_TIMESTAMP') {
      // The document's timestamp is simulated time from the run's start; the template wants a wall-clock instant.
      ctx.note({ code: 'simulatedTiming', what: `${e.id}.startingPositionTimestampMs` })
      p['StartingPositionTimestamp'] = esm.startingPositionTimestampMs / 1000
    }
  }
  if (c.batchSize !== undefined) p['BatchSize'] = c.batchSize
  if (c.maximumBatchingWindowMs !== undefined)
    p['MaximumBatchingWindowInSeconds'] = secondsOf(ctx, c.maximumBatchingWindowMs, `${e.id}.maximumBatchingWindowMs`)
  if (!isSqs) {
    if (c.maxRetryAttempts !== undefined) p['MaximumRetryAttempts'] = c.maxRetryAttempts
    if (c.maxRecordAgeMs !== undefined)
      p['MaximumRecordAgeInSeconds'] =
        c.maxRecordAgeMs === -1 ? -1 : secondsOf(ctx, c.maxRecordAgeMs, `${e.id}.maxRecordAgeMs`)
    if (c.bisectOnError !== undefined) p['BisectBatchOnFunctionError'] = c.bisectOnError
    if (c.parallelizationFactor !== undefined) p['ParallelizationFactor'] = c.parallelizationFactor
    // §3.2: the stream mapping's on-failure destination (SQS, SNS, S3).
    const onFailure = ctx.s.edges.find(
      (d) => d.role === 'onFailure' && d.from === src.id && (d.mapping === null || d.mapping === e.id),
    )
    const target = onFailure && ctx.node(onFailure.to)
    if (target) {
      const type = DESTINATION_TYPE[target.type]
      p['DestinationConfig'] = {
        OnFailure: { ...(type !== undefined ? { Type: type } : {}), Destination: ctx.arn(target.id) },
      }
    }
  }
  if (c.reportBatchItemFailures === true) p['FunctionResponseTypes'] = ['ReportBatchItemFailures']
  if (isSqs && c.maxConcurrency !== undefined) p['ScalingConfig'] = { MaximumConcurrency: c.maxConcurrency }
  // §16.8: provisioned mode; the setting left unset takes AWS's default, as in the engine.
  if (isSqs && (c.minimumPollers !== undefined || c.maximumPollers !== undefined))
    p['ProvisionedPollerConfig'] = {
      ...(c.minimumPollers !== undefined ? { MinimumPollers: c.minimumPollers } : {}),
      ...(c.maximumPollers !== undefined ? { MaximumPollers: c.maximumPollers } : {}),
    }
  if (c.enabled !== undefined) p['Enabled'] = c.enabled
  const type =
    src.type === 'sqs' ? 'SQS' : src.type === 'kinesis' ? 'Kinesis' : src.type === 'dynamoDbStream' ? 'DynamoDB' : null
  return type === null ? null : { Type: type, Properties: p }
}

/** Sources SAM has an event type for (triggerEvent below); the others are configured outside the template. */
const EVENT_SOURCES = new Set<ResolvedNode['type']>([
  's3',
  'sns',
  'apiGateway',
  'eventBridge',
  'cloudWatchLogs',
  'cognito',
  'alexa',
])

/** The path a REST or HTTP API routes to this function. */
export const apiPathOf = (fnId: string) => `/${fnId.replace(/[^A-Za-z0-9._-]/g, '-')}`

function triggerEvent(ctx: ExportContext, src: ResolvedNode, fn: Fn): SamEvent | null {
  const id = ctx.logicalId(ctx.resourceNodeOf(src.id))
  switch (src.type) {
    case 's3':
      return { Type: 'S3', Properties: { Bucket: ref(id), Events: 's3:ObjectCreated:*' } }
    case 'sns':
      return { Type: 'SNS', Properties: { Topic: ref(id) } }
    case 'apiGateway': {
      const c = ctx.writtenNode(src.id)
      const timeout = c?.type === 'apiGateway' ? c.config?.integrationTimeoutMs : undefined
      const common = { Path: apiPathOf(fn.id), ...(timeout !== undefined ? { TimeoutInMillis: timeout } : {}) }
      if (src.config.api === 'http') {
        const format = c?.type === 'apiGateway' ? c.config?.payloadFormat : undefined
        return {
          Type: 'HttpApi',
          Properties: {
            ApiId: ref(id),
            Method: 'POST',
            ...common,
            ...(format !== undefined ? { PayloadFormatVersion: format } : {}),
          },
        }
      }
      return { Type: 'Api', Properties: { RestApiId: ref(id), Method: 'post', ...common } }
    }
    case 'eventBridge':
      // A rule matching the events the experiment driver puts on the default bus (source `lambdascope.<node>`).
      return {
        Type: 'EventBridgeRule',
        Properties: {
          // A bus of the stack (written because it receives destinations) is the rule's bus.
          ...(ctx.resources[id]?.Type === 'AWS::Events::EventBus' ? { EventBusName: ref(id) } : {}),
          Pattern: { source: [`lambdascope.${src.id}`] },
        },
      }
    case 'cloudWatchLogs':
      return { Type: 'CloudWatchLogs', Properties: { LogGroupName: ref(id), FilterPattern: '' } }
    case 'cognito':
      return { Type: 'Cognito', Properties: { UserPool: ref(id), Trigger: 'PreSignUp' } }
    case 'alexa':
      return { Type: 'AlexaSkill', Properties: {} }
    default:
      return null
  }
}

/** §10: the statement a source without a SAM event needs on the function (service principal, or another account). */
function permission(ctx: ExportContext, e: ResolvedEdge, src: ResolvedNode, fn: Fn) {
  const service = SERVICE_PRINCIPALS[src.type]
  const cross = src.accountId !== fn.accountId
  if (service === undefined && !cross) return // a caller in the same account uses its own identity policy
  const p: Record<string, CfnValue> = {
    Action: 'lambda:InvokeFunction',
    FunctionName: ref(ctx.logicalId(fn.id)),
    Principal: service ?? src.accountId,
  }
  if (service !== undefined && src.type !== 'alexa')
    p['SourceArn'] = ctx.inStack(src) ? ctx.stackArn(src) : ctx.literalArn(src)
  if (service !== undefined && (cross || src.type === 's3' || src.type === 'ses' || src.type === 'config'))
    p['SourceAccount'] = src.accountId
  // A service's permission in this stack is all the template says of that source: it carries the node's mark.
  ctx.add(
    ctx.ids.id(`permission:${e.id}`, `${fn.id}-from-${src.id}-permission`),
    { Type: 'AWS::Lambda::Permission', Properties: p },
    service !== undefined && !cross ? src.id : undefined,
  )
}

/**
 * `marks` receives, per event name, the wire's id and its source node, so an import names them as the scenario did
 * (a rule or skill SAM makes itself has no resource to carry its own mark).
 */
export function eventsOf(
  ctx: ExportContext,
  fn: Fn,
  marks?: Map<string, { source: string; edge: string }>,
): Record<string, SamEvent> {
  const events: Record<string, SamEvent> = {} // safe-keys: logical ids
  for (const e of ctx.s.edges) {
    if (e.to !== fn.id || (e.role !== 'trigger' && e.role !== 'eventSourceMapping')) continue
    const src = ctx.node(e.from)
    if (!src) continue
    if (!ctx.inStack(src)) ctx.note({ code: 'otherAccount', what: src.id, nodeId: src.id })
    if (e.permission === 'missing' && e.role === 'trigger') {
      // Written on the source's side with no permission, or left out where the template holds only the permission.
      const service = SERVICE_PRINCIPALS[src.type]
      const permissionOnly = ctx.inStack(src) && service !== undefined && !EVENT_SOURCES.has(src.type)
      if (!ctx.inStack(src) || permissionOnly || (ctx.inStack(src) && triggerWithoutPermission(ctx, e, src, fn.id))) {
        ctx.note({ code: 'permissionLeftOut', what: e.id, nodeId: fn.id })
        if (permissionOnly) ctx.note({ code: 'sourceOutside', what: src.id, nodeId: src.id })
        continue
      }
    }
    if (e.permission === 'missing') ctx.note({ code: 'permissionMissing', what: e.id, nodeId: fn.id })
    const ev =
      e.role === 'eventSourceMapping' ? mappingEvent(ctx, e, src) : ctx.inStack(src) ? triggerEvent(ctx, src, fn) : null
    if (ev) {
      const name = ctx.ids.id(`event:${e.id}`, `${src.id}-event`)
      events[name] = ev
      marks?.set(name, { source: src.id, edge: e.id })
    } else if (e.role === 'trigger') {
      if (ctx.inStack(src)) ctx.note({ code: 'sourceOutside', what: src.id, nodeId: src.id })
      permission(ctx, e, src, fn)
    }
  }
  return events
}
