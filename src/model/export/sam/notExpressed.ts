/**
 * What a SAM template cannot say about a scenario (the simulation's inputs, timings and era): codes with the thing
 * they concern. The UI translates the codes; the English sentences here only write the template's comment block.
 */
export const NOT_EXPRESSED_CODES = [
  'traffic',
  'fault',
  'era2018',
  'simulatedTiming',
  'handlerBehaviour',
  'vpcState',
  'quota',
  'ipCount',
  'streamShards',
  'dbConnections',
  'otherAccount',
  'sourceOutside',
  'permissionMissing',
  'permissionLeftOut',
  'writes',
  'rounded',
  'singleSubnet',
] as const
export type NotExpressedCode = (typeof NOT_EXPRESSED_CODES)[number]

export interface NotExpressed {
  code: NotExpressedCode
  /** The thing concerned: an id, a setting's name, or `id.setting`. Not translated. */
  what: string
  nodeId?: string
}

/** One English line per code for the template's comment block (`{what}` is replaced). */
export const NOT_EXPRESSED_EN: Readonly<Record<NotExpressedCode, string>> = {
  traffic:
    'traffic "{what}": the events Lambdascope sends are not part of a template (the experiment driver sends them)',
  fault:
    'fault {what}: injected failures live in the handler code, not the template (the experiment handler plays them)',
  era2018:
    "era 2018: a template deploys to today's Lambda; the 2018 behaviour Lambdascope simulates cannot be deployed",
  simulatedTiming: '{what}: a simulated timing; real AWS decides it',
  handlerBehaviour: '{what}: what the handler does is code, not configuration',
  vpcState: "{what}: the function's VPC state (Pending, Inactive) is AWS's, not a setting",
  quota: '{what}: an account or VPC quota, raised with Service Quotas, not in a template',
  ipCount: "{what}: free IP addresses approximated by the subnets' CIDR sizes",
  streamShards: "{what}: DynamoDB decides how many shards a table's stream has",
  dbConnections: "{what}: the database's connection limit follows its instance class",
  otherAccount: '{what}: lives in another account; referenced by ARN, deploy it there',
  sourceOutside: "{what}: this source is configured outside the template; only the function's permission is here",
  permissionMissing: 'wire {what}: a missing permission cannot be deployed (SAM grants it with the event)',
  permissionLeftOut:
    'wire {what}: its permission is left out, as on the canvas (no AWS::Lambda::Permission); ' +
    'deployed, the calls are refused',
  writes: "wire {what}: the function's code writes here; code is not in the template",
  rounded: '{what}: rounded up to whole seconds (the template takes seconds)',
  singleSubnet: '{what}: RDS and ElastiCache subnet groups need subnets in two Availability Zones; add a subnet',
}

export const notExpressedLine = (n: NotExpressed) => NOT_EXPRESSED_EN[n.code].replace('{what}', n.what)
