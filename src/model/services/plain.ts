/**
 * Service kinds that carry no configuration in Lambdascope: their behaviour is fixed by AWS (§1.2) and by how they
 * are wired (edge roles). Kept in one file because each would be three identical lines.
 */
export const PLAIN_NODE_TYPES = [
  'cognito',
  'lex',
  'alexa',
  's3',
  'sns',
  'eventBridge',
  'cloudWatchLogs',
  'cloudFormation',
  'codeCommit',
  'config',
  'dynamoDbTable',
] as const
export type PlainNodeType = (typeof PLAIN_NODE_TYPES)[number]
