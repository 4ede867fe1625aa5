/**
 * Pass 2 for the resources that wire things (redrive policies, mappings, subscriptions, notifications, rule targets,
 * API integrations, invoke configs) and pass 3: triggers made outside SAM need an AWS::Lambda::Permission for their
 * service (§10; without one the wire is drawn with its permission missing), and functions get `access` wires to the
 * databases and tables their environment or policies name.
 */
import { int, list, rec, str, type ImportBuilder, type Resource } from './builder.ts'
import { refsIn, ResourceRef } from './intrinsics.ts'
import { mapDestinations } from './mapFunctions.ts'
import { busOfRule } from './mapServices.ts'
import { mapOutsideSources, type Grant } from './mapOutside.ts'
import { addMapping } from './mapEvents.ts'
import { functionNode, targetNode } from './targets.ts'

const PRINCIPALS = {
  s3: 's3',
  sns: 'sns',
  eventBridge: 'events',
  cloudWatchLogs: 'logs',
  cognito: 'cognito-idp',
  apiGateway: 'apigateway',
} as const

function pushTrigger(b: ImportBuilder, from: string | null, fnValue: unknown, path: (string | number)[]): void {
  const to = functionNode(b, fnValue, path)
  const source = from ? b.node(from) : undefined
  if (!to || !source) return
  const principal = (PRINCIPALS as Record<string, string>)[source.type]
  if (principal) b.pending.push({ from: source.id, to, principal, origin: path })
}

export function mapWiring(b: ImportBuilder, r: Resource): void {
  const p = r.props
  const props = [...r.path, 'Properties']
  const self = b.nodeOfResource.get(r.logicalId) ?? null
  switch (r.type) {
    case 'AWS::SQS::Queue': {
      const redrive = rec(typeof p['RedrivePolicy'] === 'string' ? safeJson(p['RedrivePolicy']) : p['RedrivePolicy'])
      if (self && redrive['deadLetterTargetArn'] !== undefined) {
        const to = targetNode(b, redrive['deadLetterTargetArn'], [...props, 'RedrivePolicy'])
        const maxReceiveCount = int(redrive['maxReceiveCount'])
        if (to)
          b.addEdge({
            from: self,
            to,
            role: 'dlq',
            ...(maxReceiveCount !== undefined ? { config: { maxReceiveCount } } : {}),
            origin: [...props, 'RedrivePolicy'],
          })
      }
      return
    }
    case 'AWS::Lambda::EventSourceMapping': {
      const fn = functionNode(b, p['FunctionName'], [...props, 'FunctionName'])
      const source = targetNode(b, p['EventSourceArn'], [...props, 'EventSourceArn'])
      if (fn && source) addMapping(b, fn, source, p, r.logicalId, r.path)
      else b.unsupportedItem(r.logicalId, r.type, 'shape', r.path)
      return
    }
    case 'AWS::Lambda::EventInvokeConfig': {
      const fn = functionNode(b, p['FunctionName'], [...props, 'FunctionName'])
      const node = fn ? b.node(fn) : undefined
      if (!node || node.type !== 'lambda') return b.unsupportedItem(r.logicalId, r.type, 'shape', r.path)
      const maxRetryAttempts = int(p['MaximumRetryAttempts'])
      const ageS = int(p['MaximumEventAgeInSeconds'])
      const async = {
        ...node.config?.async,
        ...(maxRetryAttempts !== undefined ? { maxRetryAttempts } : {}),
        ...(ageS !== undefined ? { maxEventAgeMs: ageS * 1000 } : {}),
      }
      if (Object.keys(async).length > 0) node.config = { ...node.config, async }
      mapDestinations(b, node.id, p, props, r.logicalId)
      return
    }
    case 'AWS::SNS::Topic':
      for (const [i, s] of list(p['Subscription']).entries())
        if (str(rec(s)['Protocol']) === 'lambda')
          pushTrigger(b, self, rec(s)['Endpoint'], [...props, 'Subscription', i])
      return
    case 'AWS::SNS::Subscription': {
      const protocol = str(p['Protocol'])
      if (protocol === 'lambda')
        pushTrigger(b, targetNode(b, p['TopicArn'], [...props, 'TopicArn']), p['Endpoint'], r.path)
      // Email, SQS, HTTP… deliveries are not simulated: listed, not dropped.
      else b.unsupportedItem(r.logicalId, `${r.type} (${protocol ?? '?'})`, 'notSimulated', r.path)
      return
    }
    case 'AWS::S3::Bucket':
      for (const [i, c] of list(rec(p['NotificationConfiguration'])['LambdaConfigurations']).entries())
        pushTrigger(b, self, rec(c)['Function'], [...props, 'NotificationConfiguration', 'LambdaConfigurations', i])
      return
    case 'AWS::Events::Rule': {
      const bus = busOfRule(b, r)
      const source = bus === null ? self : (b.nodeOfResource.get(bus) ?? null)
      // A permission naming the rule's ARN is the bus node's grant.
      if (bus !== null && source !== null) b.nodeOfResource.set(r.logicalId, source)
      for (const [i, t] of list(p['Targets']).entries()) pushTrigger(b, source, rec(t)['Arn'], [...props, 'Targets', i])
      return
    }
    case 'AWS::Scheduler::Schedule':
      pushTrigger(b, self, rec(p['Target'])['Arn'], [...props, 'Target'])
      return
    case 'AWS::Logs::SubscriptionFilter':
      pushTrigger(b, targetNode(b, p['LogGroupName'], [...props, 'LogGroupName']), p['DestinationArn'], r.path)
      return
    case 'AWS::Cognito::UserPool':
      for (const [k, v] of Object.entries(rec(p['LambdaConfig'])))
        pushTrigger(b, self, v, [...props, 'LambdaConfig', k])
      return
    case 'AWS::ApiGateway::Method': {
      const integration = rec(p['Integration'])
      const api = targetNode(b, p['RestApiId'], [...props, 'RestApiId'])
      pushTrigger(b, api, integration['Uri'], [...props, 'Integration'])
      const timeoutMs = int(integration['TimeoutInMillis'])
      const node = api ? b.node(api) : undefined
      if (node?.type === 'apiGateway' && timeoutMs !== undefined)
        node.config = { ...node.config, integrationTimeoutMs: timeoutMs }
      return
    }
    case 'AWS::ApiGatewayV2::Integration': {
      const api = targetNode(b, p['ApiId'], [...props, 'ApiId'])
      pushTrigger(b, api, p['IntegrationUri'], r.path)
      const node = api ? b.node(api) : undefined
      const format = str(p['PayloadFormatVersion'])
      const timeoutMs = int(p['TimeoutInMillis'])
      if (node?.type === 'apiGateway')
        node.config = {
          ...node.config,
          ...(format === '1.0' || format === '2.0' ? { payloadFormat: format } : {}),
          ...(timeoutMs !== undefined ? { integrationTimeoutMs: timeoutMs } : {}),
        }
      return
    }
    default:
      return
  }
}

/** Pass 3: outside-SAM triggers checked against AWS::Lambda::Permission (§10), then `access` wires. */
export function finishWiring(b: ImportBuilder): void {
  const grants: Grant[] = []
  for (const r of b.resources.values()) {
    if (r.type !== 'AWS::Lambda::Permission') continue
    const fn = functionNode(b, r.props['FunctionName'], [...r.path, 'Properties', 'FunctionName'])
    const principal = str(r.props['Principal'])
    if (!fn || !principal) continue
    const sourceRef = refsIn(r.props['SourceArn'])[0]
    grants.push({
      fn,
      principal: principal.split('.')[0]!,
      source: sourceRef ? (b.nodeOfResource.get(sourceRef) ?? null) : null,
      resource: r,
      used: false,
    })
  }
  // In node order (source, then function), not template order: an export writes these wires grouped by kind, and the
  // round trip must give them back in the same order.
  const index = new Map(b.nodes.map((n, i) => [n.id, i]))
  const at = (id: string) => index.get(id) ?? -1
  const pending = [...b.pending].sort((x, y) => at(x.from) - at(y.from) || at(x.to) - at(y.to))
  for (const t of pending) {
    const matching = grants.filter(
      (g) => g.fn === t.to && g.principal === t.principal && (g.source === null || g.source === t.from),
    )
    for (const g of matching) g.used = true
    const granted = matching.length > 0
    if (!granted)
      b.note('permissionMissing', { from: t.from, to: t.to, principal: `${t.principal}.amazonaws.com` }, t.origin)
    b.addEdge({
      from: t.from,
      to: t.to,
      role: 'trigger',
      ...(granted ? {} : { permission: 'missing' as const }),
      origin: t.origin,
    })
  }
  mapOutsideSources(
    b,
    grants.filter((g) => !g.used),
  )
  for (const r of b.resources.values()) {
    const fn = b.nodeOfResource.get(r.logicalId)
    if (!fn || b.node(fn)?.type !== 'lambda') continue
    const p = r.props
    const role = p['Role'] instanceof ResourceRef ? b.resources.get(p['Role'].logicalId) : undefined
    const named = refsIn([rec(p['Environment'])['Variables'], p['Policies'], role?.props['Policies']])
    for (const id of named) {
      const to = b.nodeOfResource.get(id)
      const type = to ? b.node(to)?.type : undefined
      if (to && (type === 'rds' || type === 'elastiCache' || type === 'dynamoDbTable'))
        b.addEdge({ from: fn, to, role: 'access', origin: r.path })
    }
  }
}

function safeJson(s: unknown): unknown {
  try {
    return JSON.parse(String(s))
  } catch {
    return {}
  }
}
