/**
 * §10 Permissions, derived per wire and per function from the resolved scenario. Pure: the panel prints the result,
 * and the revoke buttons name the engine's fault tokens (`Permission`) carried here.
 */
import type { NodeType } from '../services/index.ts'
import type { ResolvedEdge, ResolvedNode, ResolvedScenario } from '../resolve.ts'
import { arnOf, roleArnOf, roleNameOf } from './arns.ts'
import { addPermissionCli, putRolePolicyCli } from './cli.ts'
import { invokeDeniedMessage, SQS_MAPPING_DENIED, subscribeDeniedMessage } from './crossAccount.ts'
import { permissionForRole } from '../wirePermission.ts'
import type { AwsRefusal, FunctionPermissions, PolicyStatement, Requirement, WirePermissions } from './types.ts'

/**
 * The service principal of each push source (§10 "Push sources"); a direct client and CloudFormation call as an
 * identity.
 */
export const SERVICE_PRINCIPALS: Partial<Record<NodeType, string>> = {
  apiGateway: 'apigateway.amazonaws.com',
  s3: 's3.amazonaws.com',
  sns: 'sns.amazonaws.com',
  eventBridge: 'events.amazonaws.com',
  cloudWatchLogs: 'logs.amazonaws.com',
  cognito: 'cognito-idp.amazonaws.com',
  lex: 'lex.amazonaws.com',
  alexa: 'alexa-appkit.amazonaws.com',
  ses: 'ses.amazonaws.com',
  codeCommit: 'codecommit.amazonaws.com',
  config: 'config.amazonaws.com',
}

/** Role actions a mapping needs to poll its source, and the managed policy that holds them (§10 table). */
const POLL_ACTIONS: Partial<
  Record<NodeType, { actions: readonly string[]; managed: string; verb: string; service: string }>
> = {
  kinesis: {
    actions: [
      'kinesis:DescribeStream',
      'kinesis:DescribeStreamSummary',
      'kinesis:GetRecords',
      'kinesis:GetShardIterator',
      'kinesis:ListShards',
      'kinesis:ListStreams',
      'kinesis:SubscribeToShard',
    ],
    managed: 'AWSLambdaKinesisExecutionRole',
    verb: 'GetRecords',
    service: 'Kinesis',
  },
  dynamoDbStream: {
    actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'],
    managed: 'AWSLambdaDynamoDBExecutionRole',
    verb: 'GetRecords',
    service: 'DynamoDB Streams',
  },
  sqs: {
    actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
    managed: 'AWSLambdaSQSQueueExecutionRole',
    verb: 'ReceiveMessage',
    service: 'SQS',
  },
}

/** What the function's role must be allowed to do to write to a DLQ or destination of this type (§2.2, §2.4, §3.2). */
const SEND_ACTION: Partial<Record<NodeType, string>> = {
  sqs: 'sqs:SendMessage',
  sns: 'sns:Publish',
  lambda: 'lambda:InvokeFunction',
  eventBridge: 'events:PutEvents',
  s3: 's3:PutObject',
}

export const VPC_ACTIONS = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DeleteNetworkInterface',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
] as const
export const LOG_ACTIONS = ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'] as const
const TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query'] as const

const sid = (...parts: string[]) => parts.join('-').replace(/[^A-Za-z0-9]/g, '')

function denied(principal: string, fnArn: string): AwsRefusal {
  return {
    at: 'invoke',
    errorCode: 'AccessDeniedException',
    awsMessage: invokeDeniedMessage(principal, fnArn),
  }
}

function roleReq(
  fn: ResolvedNode,
  statement: PolicyStatement,
  permission: Requirement['permission'],
  managedPolicy: string | null,
  refusal: AwsRefusal | null,
): Requirement {
  return {
    place: 'executionRole',
    statement,
    permission,
    cli: putRolePolicyCli(roleNameOf(fn.id), statement),
    managedPolicy,
    refusal,
  }
}

/**
 * The resource-based statement a push source needs on the function, with the other account's principal if it crosses.
 */
function triggerRequirement(src: ResolvedNode, fn: ResolvedNode, region: string): Requirement {
  const fnArn = arnOf(fn, region)
  const srcArn = arnOf(src, region)
  const cross = src.accountId !== fn.accountId
  const service = SERVICE_PRINCIPALS[src.type]
  if (service === undefined) {
    // A direct SDK caller or a CloudFormation stack calls Invoke as an IAM identity: same account = its own
    // identity-based policy; another account = the function's policy must name that account too (§10).
    const statement: PolicyStatement = {
      Sid: sid('Invoke', src.id),
      Effect: 'Allow',
      ...(cross ? { Principal: { AWS: `arn:aws:iam::${src.accountId}:root` } } : {}),
      Action: 'lambda:InvokeFunction',
      Resource: fnArn,
    }
    return cross
      ? {
          place: 'functionPolicy',
          statement,
          permission: 'invoke',
          cli: addPermissionCli(fn.id, { ...statement, Principal: { AWS: src.accountId } }),
          managedPolicy: null,
          refusal: denied(`arn:aws:iam::${src.accountId}:…`, fnArn),
        }
      : {
          place: 'callerIdentity',
          statement,
          permission: 'invoke',
          cli: putRolePolicyCli(src.id, statement),
          managedPolicy: null,
          refusal: denied(srcArn, fnArn),
        }
  }
  const condition: Record<string, Record<string, string>> = {} // safe-keys: IAM condition operators, constants
  if (src.type === 'alexa') condition['StringEquals'] = { 'lambda:EventSourceToken': srcArn }
  else {
    condition['ArnLike'] = { 'AWS:SourceArn': srcArn }
    // A bucket ARN names no account: SourceAccount stops a re-created bucket elsewhere from invoking (§10).
    if (src.type === 's3' || src.type === 'ses' || src.type === 'config' || cross)
      condition['StringEquals'] = { 'AWS:SourceAccount': src.accountId }
  }
  const statement: PolicyStatement = {
    Sid: sid(src.type, src.id),
    Effect: 'Allow',
    Principal: { Service: service },
    Action: 'lambda:InvokeFunction',
    Resource: fnArn,
    Condition: condition,
  }
  // S3 checks the permission when the notification is configured; the others find out when they invoke.
  const refusal: AwsRefusal =
    src.type === 's3'
      ? {
          at: 'configuration',
          errorCode: 'InvalidArgument',
          awsMessage: 'Unable to validate the following destination configurations',
        }
      : denied(service, fnArn)
  return {
    place: 'functionPolicy',
    statement,
    permission: 'invoke',
    cli: addPermissionCli(fn.id, statement),
    managedPolicy: null,
    refusal,
  }
}

/**
 * §10 cross-account SNS → Lambda: besides the function's statement, the topic's policy (in the topic's account) must
 * let the function's account subscribe. The engine does not model the subscription, so nothing revokes it.
 */
function topicPolicyRequirement(src: ResolvedNode, fn: ResolvedNode, region: string): Requirement {
  const topicArn = arnOf(src, region)
  const statement: PolicyStatement = {
    Sid: sid('Subscribe', fn.accountId),
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${fn.accountId}:root` },
    Action: 'sns:Subscribe',
    Resource: topicArn,
  }
  return {
    place: 'sourcePolicy',
    statement,
    permission: null,
    cli:
      `aws sns add-permission \\\n  --topic-arn ${topicArn} \\\n  --label ${statement.Sid} \\\n` +
      `  --aws-account-id ${fn.accountId} \\\n  --action-name Subscribe`,
    managedPolicy: null,
    refusal: {
      at: 'configuration',
      errorCode: 'AuthorizationError',
      awsMessage: subscribeDeniedMessage(fn.accountId, topicArn),
    },
  }
}

function mappingRequirements(src: ResolvedNode, fn: ResolvedNode, region: string): Requirement[] {
  const poll = POLL_ACTIONS[src.type]
  if (!poll) return []
  const srcArn = arnOf(src, region)
  const permission = permissionForRole('eventSourceMapping', src.type) ?? 'streamRead'
  const refusal: AwsRefusal = {
    at: 'configuration',
    errorCode: SQS_MAPPING_DENIED.errorCode,
    awsMessage:
      src.type === 'sqs'
        ? SQS_MAPPING_DENIED.awsMessage
        : `Cannot access stream ${srcArn}. ` +
          'Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, ' +
          'and ListStreams Actions on your stream in IAM.',
  }
  const statement: PolicyStatement = {
    Sid: sid('Poll', src.id),
    Effect: 'Allow',
    Action: poll.actions,
    Resource: srcArn,
  }
  const out = [roleReq(fn, statement, permission, poll.managed, refusal)]
  if (src.accountId !== fn.accountId) {
    // §10 cross-account SQS: the queue's own policy (in the other account) must grant the function's role.
    const grant: PolicyStatement = {
      Sid: sid('Grant', fn.id),
      Effect: 'Allow',
      Principal: { AWS: roleArnOf(fn) },
      Action: poll.actions,
      Resource: srcArn,
    }
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [grant] })
    const cli =
      src.type === 'sqs'
        ? 'aws sqs set-queue-attributes \\\n' +
          `  --queue-url https://sqs.${region}.amazonaws.com/${src.accountId}/${src.id} \\\n` +
          `  --attributes '${JSON.stringify({ Policy: policy })}'`
        : `aws kinesis put-resource-policy \\\n  --resource-arn ${srcArn} \\\n  --policy '${policy}'`
    out.push({ place: 'sourcePolicy', statement: grant, permission, cli, managedPolicy: null, refusal })
  }
  return out
}

function sendRequirement(
  fn: ResolvedNode,
  target: ResolvedNode,
  edge: ResolvedEdge,
  region: string,
): Requirement | null {
  const action = SEND_ACTION[target.type]
  if (!action) return null
  const permission = permissionForRole(edge.role, fn.type) ?? 'destinationSend'
  const refusal: AwsRefusal = {
    at: 'delivery',
    errorCode: edge.role === 'dlq' ? 'DeadLetterErrors' : 'DestinationDeliveryFailures',
    awsMessage:
      edge.role === 'dlq'
        ? 'The event is deleted; the DeadLetterErrors metric counts it.'
        : 'The record is dropped; the DestinationDeliveryFailures metric counts it.',
  }
  const resource = target.type === 's3' ? `${arnOf(target, region)}/*` : arnOf(target, region)
  const statement: PolicyStatement = {
    Sid: sid(edge.role, target.id),
    Effect: 'Allow',
    Action: action,
    Resource: resource,
  }
  return roleReq(fn, statement, permission, null, refusal)
}

/** The function whose role or policy a wire concerns: its `to` for triggers/mappings, its `from` for sends. */
function functionOf(s: ResolvedScenario, edge: ResolvedEdge): ResolvedNode | null {
  const from = s.nodeById.get(edge.from)
  const to = s.nodeById.get(edge.to)
  if (!from || !to) return null
  if (edge.role === 'trigger' || edge.role === 'eventSourceMapping') return to.type === 'lambda' ? to : null
  if (from.type === 'lambda') return from
  // a stream's on-failure destination: the mapping's function writes to it (§3.2)
  if (edge.role === 'onFailure') {
    const esm = s.edges.find(
      (e) => e.role === 'eventSourceMapping' && e.from === from.id && (edge.mapping === null || e.id === edge.mapping),
    )
    const fn = esm && s.nodeById.get(esm.to)
    return fn?.type === 'lambda' ? fn : null
  }
  return null
}

/**
 * Everything one wire needs (§10). A wire that needs nothing modelled (an SQS redrive, RDS over the network) has none.
 */
export function wirePermissions(s: ResolvedScenario, edgeId: string): WirePermissions | null {
  const edge = s.edgeById.get(edgeId)
  if (!edge) return null
  const from = s.nodeById.get(edge.from)
  const to = s.nodeById.get(edge.to)
  const fn = functionOf(s, edge)
  if (!from || !to) return null
  const base = { edgeId, role: edge.role, fromId: from.id, toId: to.id, functionId: fn?.id ?? null }
  const cross =
    from.accountId !== to.accountId
      ? { sourceAccount: from.accountId, functionAccount: fn?.accountId ?? to.accountId }
      : null
  if (!fn) return { ...base, requirements: [], crossAccount: cross }
  let requirements: Requirement[] = []
  switch (edge.role) {
    case 'trigger':
      requirements = [triggerRequirement(from, fn, s.region)]
      if (from.type === 'sns' && from.accountId !== fn.accountId)
        requirements.push(topicPolicyRequirement(from, fn, s.region))
      break
    case 'eventSourceMapping':
      requirements = mappingRequirements(from, fn, s.region)
      break
    case 'dlq':
    case 'onSuccess':
    case 'onFailure': {
      const r = sendRequirement(fn, to, edge, s.region)
      requirements = r ? [r] : []
      break
    }
    case 'access':
      if (to.type === 'dynamoDbTable')
        requirements = [
          roleReq(
            fn,
            { Sid: sid('Table', to.id), Effect: 'Allow', Action: TABLE_ACTIONS, Resource: arnOf(to, s.region) },
            null,
            null,
            null,
          ),
        ]
      break
  }
  return { ...base, requirements, crossAccount: cross }
}

/** A function's whole picture: its resource policy, its execution role (with trust), and what lives elsewhere. */
export function functionPermissions(s: ResolvedScenario, fnId: string): FunctionPermissions | null {
  const fn = s.nodeById.get(fnId)
  if (!fn || fn.type !== 'lambda') return null
  const all = s.edges.flatMap((e) => {
    const w = wirePermissions(s, e.id)
    return w && w.functionId === fnId ? w.requirements : []
  })
  const basic = roleReq(
    fn,
    {
      Sid: 'Logs',
      Effect: 'Allow',
      Action: LOG_ACTIONS,
      Resource: `arn:aws:logs:${s.region}:${fn.accountId}:log-group:/aws/lambda/${fn.id}:*`,
    },
    null,
    'AWSLambdaBasicExecutionRole',
    null,
  )
  const extra: Requirement[] = [basic]
  if (fn.vpcId !== null)
    extra.push(
      roleReq(
        fn,
        { Sid: 'VpcNetworking', Effect: 'Allow', Action: VPC_ACTIONS, Resource: '*' },
        null,
        'AWSLambdaVPCAccessExecutionRole',
        null,
      ),
    )
  if (fn.config.kmsKeyArn !== null)
    extra.push(
      roleReq(
        fn,
        { Sid: 'DecryptEnvironment', Effect: 'Allow', Action: 'kms:Decrypt', Resource: fn.config.kmsKeyArn },
        'kmsDecrypt',
        null,
        {
          at: 'invoke',
          errorCode: 'KMSAccessDeniedException',
          awsMessage:
            'Lambda was unable to decrypt the environment variables because KMS access was denied. ' +
            "Please check the function's KMS key settings.",
        },
      ),
    )
  const role = [...extra, ...all.filter((r) => r.place === 'executionRole')]
  return {
    functionId: fn.id,
    roleArn: roleArnOf(fn),
    trust: {
      Sid: 'LambdaAssumeRole',
      Effect: 'Allow',
      Principal: { Service: 'lambda.amazonaws.com' },
      Action: 'sts:AssumeRole',
    },
    resourcePolicy: all.filter((r) => r.place === 'functionPolicy'),
    rolePolicy: role,
    elsewhere: all.filter((r) => r.place === 'callerIdentity' || r.place === 'sourcePolicy'),
  }
}
