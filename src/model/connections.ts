import { isPolledSource, isPushSource, nodeTypeInfo } from './catalogue.ts'
import type { Era } from './common.ts'
import type { EdgeRole } from './edges.ts'
import type { IssueCode, IssueParamsOf } from './issueCodes.ts'
import type { NodeType } from './services/index.ts'

/**
 * Which role an edge plays when the document leaves it out. Push source → lambda = trigger; polled source → lambda =
 * event source mapping; lambda → data store = access; sqs → sqs = the source queue's redrive DLQ; stream → sqs/sns/s3
 * = the mapping's on-failure destination. Lambda → a target is ambiguous (DLQ, on-success or on-failure): null.
 */
export function inferEdgeRole(from: NodeType, to: NodeType): EdgeRole | null {
  if (to === 'lambda' && from !== 'lambda') {
    if (isPushSource(from)) return 'trigger'
    if (isPolledSource(from)) return 'eventSourceMapping'
    return null
  }
  if (from === 'lambda' && nodeTypeInfo(to).style === 'data') return 'access'
  if (from === 'dynamoDbTable' && to === 'dynamoDbStream') return 'stream'
  if (from === 'sqs' && to === 'sqs') return 'dlq'
  if ((from === 'kinesis' || from === 'dynamoDbStream') && nodeTypeInfo(to).streamFailureTarget) return 'onFailure'
  return null
}

/** A refusal carries the values its sentence names (`params`, see issueCodes.ts) so it can be translated. */
export type ConnectionVerdict =
  { ok: true } | { ok: false; code: IssueCode; message: string; ref: string; params?: Record<string, string | number> }

const ok: ConnectionVerdict = { ok: true }
function no<C extends IssueCode>(
  code: C,
  message: string,
  ref: string,
  ...params: keyof IssueParamsOf<C> extends never ? [] : [IssueParamsOf<C>]
): ConnectionVerdict {
  return params[0] ? { ok: false, code, message, ref, params: params[0] } : { ok: false, code, message, ref }
}

/** Legal or illegal wiring, with the AWS reason. Pure; the canvas calls it while the user drags an edge. */
export function connectionRule(from: NodeType, to: NodeType, role: EdgeRole, era: Era): ConnectionVerdict {
  if (from === to && from !== 'lambda' && from !== 'sqs')
    return no('edge.selfType', `A ${from} cannot be wired to a ${to}.`, '§1.2', { from, to })
  switch (role) {
    case 'trigger':
      if (to !== 'lambda') return no('edge.triggerNotLambda', 'A trigger must point at a Lambda function.', '§1.2')
      if (isPolledSource(from))
        return no(
          'edge.polledAsTrigger',
          `${from} does not push events: Lambda polls it. Wire it as an event source mapping.`,
          '§1.1',
          { from },
        )
      if (!isPushSource(from))
        return no('edge.notASource', `${from} cannot invoke a Lambda function.`, '§1.2', { from })
      return ok
    case 'eventSourceMapping':
      if (to !== 'lambda')
        return no('edge.esmNotLambda', 'An event source mapping must point at a Lambda function.', '§1.1')
      if (!isPolledSource(from))
        return no(
          'edge.esmNotPolled',
          'Only Kinesis, DynamoDB Streams and SQS are polled by Lambda; ' +
            `${from} invokes the function itself (a trigger).`,
          '§1.1',
          { from },
        )
      return ok
    case 'dlq':
      if (from === 'sqs') {
        if (to !== 'sqs')
          return no('edge.redriveNotSqs', "A queue's redrive DLQ must be another SQS queue.", '§4.1', { to })
        return ok
      }
      if (from !== 'lambda')
        return no(
          'edge.dlqFromNonLambda',
          `A DLQ belongs to a function (async invocations) or to an SQS queue (redrive), not to ${from}.`,
          '§2.4',
          { from },
        )
      if (!nodeTypeInfo(to).dlqTarget)
        return no(
          'edge.dlqTarget',
          `${to} cannot be a function DLQ: a DLQ is a standard SQS queue or an SNS topic.`,
          '§2.4',
          { to },
        )
      return ok
    case 'onSuccess':
    case 'onFailure':
      return destinationRule(from, to, role, era)
    case 'writes':
      // §16: a function's code writes the event on to a bucket, queue or topic (what recursive loop detection tracks).
      if (from !== 'lambda')
        return no('edge.writesFromNonLambda', 'Only a function writes to a bucket, queue or topic here.', '§16')
      if (to !== 's3' && to !== 'sqs' && to !== 'sns')
        return no(
          'edge.writesTarget',
          `A function writes to an S3 bucket, an SQS queue or an SNS topic here, not ${to}.`,
          '§16',
          { to },
        )
      return ok
    case 'access':
      if (from !== 'lambda')
        return no('edge.accessFromNonLambda', 'Only a function reads or writes a data store here.', '§7.5')
      if (nodeTypeInfo(to).style !== 'data')
        return no(
          'edge.accessTarget',
          `An access edge goes to RDS, ElastiCache or a DynamoDB table, not ${to}.`,
          '§7.5',
          { to },
        )
      return ok
    case 'stream':
      // §3.1/§11: enabling a table's stream (StreamSpecification); the stream is what a function maps from
      if (from !== 'dynamoDbTable' || to !== 'dynamoDbStream')
        return no(
          'edge.streamEnds',
          `A stream connection goes from a DynamoDB table to its DynamoDB stream, not from ${from} to ${to}.`,
          '§3.1',
          { from, to },
        )
      return ok
  }
}

/** §16.12: an S3 bucket as on-failure destination (async and streams) arrived in November 2024, long after 2018. */
const s3In2018 = no(
  'era.s3Destination',
  'An S3 bucket as an on-failure destination did not exist in 2018: added Nov 2024.',
  '§16.12',
  { arrivedMonth: '2024-11' },
)

function destinationRule(from: NodeType, to: NodeType, role: 'onSuccess' | 'onFailure', era: Era): ConnectionVerdict {
  if (from === 'kinesis' || from === 'dynamoDbStream') {
    if (role === 'onSuccess')
      return no('edge.streamOnSuccess', 'Stream event source mappings have only an on-failure destination.', '§3.2')
    if (era === '2018' && to === 's3') return s3In2018
    if (era === '2018')
      return no(
        'era.streamDestination',
        'Stream on-failure destinations did not exist in 2018: added Nov 2019.',
        '§12',
        { arrivedMonth: '2019-11' },
      )
    if (!nodeTypeInfo(to).streamFailureTarget)
      return no(
        'edge.streamFailureTarget',
        `A stream's on-failure destination is an SQS queue, an SNS topic or an S3 bucket, not ${to}.`,
        '§3.2',
        { to },
      )
    return ok
  }
  if (from === 'sqs')
    return no(
      'edge.sqsDestination',
      "SQS event source mappings have no destinations: failures go to the source queue's redrive DLQ.",
      '§4.1',
    )
  if (from !== 'lambda')
    return no(
      'edge.destinationFrom',
      `Destinations belong to a function's async invocations, not to ${from}.`,
      '§2.2',
      { from },
    )
  if (era === '2018' && to === 's3' && role === 'onFailure') return s3In2018
  if (era === '2018')
    return no('era.destinations', 'Async destinations did not exist in 2018: added Nov 2019 (use a DLQ).', '§12', {
      arrivedMonth: '2019-11',
    })
  const d = nodeTypeInfo(to).destination
  if (d === 'no')
    return no('edge.destinationTarget', `${to} cannot be a destination: use SQS, SNS, Lambda or EventBridge.`, '§2.2', {
      to,
    })
  if (d === 'onFailureOnly' && role === 'onSuccess')
    return no('edge.s3OnSuccess', 'An S3 bucket can only be an on-failure destination.', '§2.2')
  return ok
}
