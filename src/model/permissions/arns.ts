import type { ResolvedNode } from '../resolve.ts'

/**
 * The ARN AWS gives each kind of resource (names are the node ids). The engine builds the same function and stream
 * ARNs (sim/functions/runtime.ts, sim/pollers/streamSource.ts); a bucket ARN has no Region and no account (§10).
 */
export function arnOf(node: ResolvedNode, region: string): string {
  const a = node.accountId
  const id = node.id
  switch (node.type) {
    case 'lambda':
      return `arn:aws:lambda:${region}:${a}:function:${id}`
    case 's3':
      return `arn:aws:s3:::${id}`
    case 'sns':
      return `arn:aws:sns:${region}:${a}:${id}`
    case 'sqs':
      return `arn:aws:sqs:${region}:${a}:${id}`
    case 'kinesis':
      return `arn:aws:kinesis:${region}:${a}:stream/${id}`
    case 'dynamoDbStream':
      return `arn:aws:dynamodb:${region}:${a}:table/${id}/stream/1970-01-01T00:00:00.000`
    case 'dynamoDbTable':
      return `arn:aws:dynamodb:${region}:${a}:table/${id}`
    case 'eventBridge':
      return `arn:aws:events:${region}:${a}:rule/${id}`
    case 'apiGateway':
      return `arn:aws:execute-api:${region}:${a}:${id}/*/*/*`
    case 'cloudWatchLogs':
      return `arn:aws:logs:${region}:${a}:log-group:${id}:*`
    case 'cognito':
      return `arn:aws:cognito-idp:${region}:${a}:userpool/${region}_${id}`
    case 'codeCommit':
      return `arn:aws:codecommit:${region}:${a}:${id}`
    case 'lex':
      return `arn:aws:lex:${region}:${a}:bot:${id}:*`
    case 'ses':
      return `arn:aws:ses:${region}:${a}:receipt-rule-set/${id}:receipt-rule/*`
    case 'config':
      return `arn:aws:config:${region}:${a}:config-rule/${id}`
    case 'cloudFormation':
      return `arn:aws:cloudformation:${region}:${a}:stack/${id}/*`
    case 'rds':
      return `arn:aws:rds:${region}:${a}:db:${id}`
    case 'elastiCache':
      return `arn:aws:elasticache:${region}:${a}:cluster:${id}`
    case 'client':
      return `arn:aws:iam::${a}:role/${id}`
    case 'alexa':
      return `amzn1.ask.skill.${id}`
    case 'vpc':
      return `arn:aws:ec2:${region}:${a}:vpc/${id}`
    case 'account':
      return `arn:aws:iam::${a}:root`
  }
}

/** The execution role a function gets from the console: `<function>-role` (§10). */
export const roleNameOf = (fnId: string) => `${fnId}-role`
export const roleArnOf = (fn: ResolvedNode) => `arn:aws:iam::${fn.accountId}:role/${roleNameOf(fn.id)}`
