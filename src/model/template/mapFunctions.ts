/**
 * Functions (AWS::Serverless::Function, AWS::Lambda::Function): the node and its settings (pass 1), then its wiring
 * (pass 2): SAM `Events`, DLQ, on-success/on-failure destinations and invoke config, VPC.
 */
import type { LambdaConfig } from '../services/lambda.ts'
import {
  compact,
  int,
  list,
  num,
  rec,
  secondsToMs,
  standIn,
  str,
  type ImportBuilder,
  type Resource,
} from './builder.ts'
import { ResourceRef } from './intrinsics.ts'
import { mapEvent } from './mapEvents.ts'
import { targetNode } from './targets.ts'

export function mapFunctionNode(b: ImportBuilder, r: Resource): void {
  const p = r.props
  const timeoutS = num(p['Timeout'])
  const runtime = b.defaulted(r.logicalId, 'Runtime') ? undefined : str(p['Runtime'])
  let runtimeKind: LambdaConfig['runtime']
  if (runtime?.startsWith('python')) runtimeKind = 'python'
  else if (runtime?.startsWith('nodejs')) runtimeKind = 'nodejs'
  else if (runtime !== undefined)
    b.note('runtimeApproximated', { logicalId: r.logicalId, runtime }, [...r.path, 'Properties', 'Runtime'])
  const env = rec(p['Environment'])
  const variables: Record<string, string> = {} // safe-keys: defineProperty keeps `__proto__` an own key
  for (const [k, v] of Object.entries(rec(env['Variables']))) {
    const s = standIn(v)
    if (s !== undefined)
      Object.defineProperty(variables, k, { value: s, enumerable: true, writable: true, configurable: true })
  }
  const kms = p['KmsKeyArn'] === undefined ? undefined : (standIn(p['KmsKeyArn']) ?? 'unknown')
  const environment =
    Object.keys(variables).length > 0 || kms !== undefined
      ? kms === undefined
        ? { variables }
        : { variables, kmsKeyArn: kms }
      : undefined
  const invoke = rec(p['EventInvokeConfig'])
  const loop = str(p['RecursiveLoop'])
  const config = compact({
    timeoutMs: timeoutS === undefined ? undefined : Math.round(timeoutS) * 1000,
    memoryMb: int(p['MemorySize']),
    reservedConcurrency: int(p['ReservedConcurrentExecutions']),
    provisionedConcurrency: int(rec(p['ProvisionedConcurrencyConfig'])['ProvisionedConcurrentExecutions']),
    async: compact({
      maxRetryAttempts: int(invoke['MaximumRetryAttempts']),
      maxEventAgeMs: secondsToMs(invoke['MaximumEventAgeInSeconds']),
    }),
    environment,
    runtime: runtimeKind,
    recursiveLoop: loop === 'Allow' || loop === 'Terminate' ? loop : undefined,
  }) as LambdaConfig | undefined
  b.addNode(r.logicalId, config ? { type: 'lambda', config } : { type: 'lambda' }, r.path)
}

/** Pass 2: what the function is wired to. */
export function mapFunctionWiring(b: ImportBuilder, r: Resource): void {
  const fn = b.nodeOfResource.get(r.logicalId)
  if (!fn) return
  const p = r.props
  const props = [...r.path, 'Properties']
  // DLQ: SAM DeadLetterQueue {Type, TargetArn}; CloudFormation DeadLetterConfig {TargetArn}.
  for (const key of ['DeadLetterQueue', 'DeadLetterConfig']) {
    const d = rec(p[key])
    if (d['TargetArn'] === undefined) continue
    const to = targetNode(b, d['TargetArn'], [...props, key, 'TargetArn'])
    if (to) b.addEdge({ from: fn, to, role: 'dlq', origin: [...props, key] })
    else b.note('unresolved', { path: [...props, key, 'TargetArn'].join('.') }, [...props, key])
  }
  mapDestinations(b, fn, rec(p['EventInvokeConfig']), [...props, 'EventInvokeConfig'], r.logicalId)
  mapVpc(b, fn, rec(p['VpcConfig']), [...props, 'VpcConfig'])
  if (r.type === 'AWS::Serverless::Function')
    for (const [name, ev] of Object.entries(rec(p['Events'])))
      mapEvent(b, fn, r.logicalId, name, rec(ev), [...props, 'Events', name])
}

/** EventInvokeConfig.DestinationConfig (SAM's property or AWS::Lambda::EventInvokeConfig). */
export function mapDestinations(
  b: ImportBuilder,
  fn: string,
  invoke: Record<string, unknown>,
  path: (string | number)[],
  fnLogicalId: string,
): void {
  const dest = rec(invoke['DestinationConfig'])
  for (const [key, role] of [
    ['OnSuccess', 'onSuccess'],
    ['OnFailure', 'onFailure'],
  ] as const) {
    const d = rec(dest[key])
    if (Object.keys(d).length === 0) continue
    let to =
      d['Destination'] === undefined
        ? null
        : targetNode(b, d['Destination'], [...path, 'DestinationConfig', key, 'Destination'])
    // SAM creates the queue or topic when Destination is left out (named <Function>EventInvokeConfig<Key>Queue/Topic).
    const type = str(d['Type'])
    if (!to && d['Destination'] === undefined && (type === 'SQS' || type === 'SNS')) {
      to = b.addNode(
        `${fnLogicalId}EventInvokeConfig${key}${type === 'SQS' ? 'Queue' : 'Topic'}`,
        { type: type === 'SQS' ? 'sqs' : 'sns' },
        [...path, 'DestinationConfig', key],
      )
      b.note('implicitNode', { nodeId: to, type: type === 'SQS' ? 'AWS::SQS::Queue' : 'AWS::SNS::Topic' }, [
        ...path,
        'DestinationConfig',
        key,
      ])
    }
    if (to) b.addEdge({ from: fn, to, role, origin: [...path, 'DestinationConfig', key] })
    else
      b.note('unresolved', { path: [...path, 'DestinationConfig', key, 'Destination'].join('.') }, [
        ...path,
        'DestinationConfig',
        key,
      ])
  }
}

/** VpcConfig: the function goes inside the VPC its subnets belong to, with its first security group. */
function mapVpc(b: ImportBuilder, fn: string, vpc: Record<string, unknown>, path: (string | number)[]): void {
  const subnets = list(vpc['SubnetIds'])
  if (subnets.length === 0) return
  const vpcId = vpcOfSubnets(b, subnets) ?? implicitVpc(b, path)
  const node = b.node(fn)
  if (!node || node.type !== 'lambda') return
  node.parentId = vpcId
  const sg = list(vpc['SecurityGroupIds'])[0]
  const group = sg === undefined ? undefined : securityGroupName(b, sg)
  if (group !== undefined) node.config = { ...node.config, securityGroup: group }
}

/** The VPC node of the first subnet whose VpcId names a VPC of the template. */
export function vpcOfSubnets(b: ImportBuilder, subnets: readonly unknown[]): string | null {
  for (const s of subnets) {
    const subnet = s instanceof ResourceRef ? b.resources.get(s.logicalId) : undefined
    const vpc = subnet?.props['VpcId']
    if (vpc instanceof ResourceRef) {
      const id = b.nodeOfResource.get(vpc.logicalId)
      if (id && b.node(id)?.type === 'vpc') return id
    }
  }
  return null
}

/** Subnets given as parameters or literal ids: one VPC node stands for "the VPC they are in". */
export function implicitVpc(b: ImportBuilder, path: (string | number)[]): string {
  const existing = b.nodeOfResource.get('(vpc)')
  if (existing) return existing
  const id = b.addNode('(vpc)', { type: 'vpc' }, path, 'Vpc')
  b.note('implicitNode', { nodeId: id, type: 'AWS::EC2::VPC' }, path)
  return id
}

/** A security group's name in the scenario: its logical id when it is in the template, else the literal id. */
export function securityGroupName(b: ImportBuilder, v: unknown): string | undefined {
  // An exported group carries the scenario's name for it (Metadata.Lambdascope.securityGroup).
  if (v instanceof ResourceRef) return b.groupNames.get(v.logicalId) ?? v.logicalId
  const s = standIn(v)
  return s === '' ? undefined : s
}
