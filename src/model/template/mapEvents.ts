/**
 * SAM `Events` of a function, and event source mappings (the SAM stream/queue events and
 * AWS::Lambda::EventSourceMapping share one reader). SAM grants each event's permission itself, so those triggers are
 * granted; IoT, MQ, MSK and other sources Lambdascope does not simulate are listed as unsupported.
 */
import type { EdgeConfig } from '../edges.ts'
import type { NodeType } from '../services/index.ts'
import { bool, compact, int, list, rec, secondsToMs, str, type ImportBuilder } from './builder.ts'
import { targetNode } from './targets.ts'

/**
 * ESM settings the engine models (§3.1, §3.2, §4.1, §4.2), from SAM event or AWS::Lambda::EventSourceMapping
 * properties.
 */
export function esmConfig(p: Record<string, unknown>): EdgeConfig | undefined {
  const position = str(p['StartingPosition'])
  const responseTypes = list(p['FunctionResponseTypes']).map(str)
  const pollers = rec(p['ProvisionedPollerConfig'])
  return compact({
    batchSize: int(p['BatchSize']),
    maximumBatchingWindowMs: secondsToMs(p['MaximumBatchingWindowInSeconds']),
    startingPosition:
      position === 'TRIM_HORIZON' || position === 'LATEST' || position === 'AT_TIMESTAMP' ? position : undefined,
    startingPositionTimestampMs: secondsToMs(p['StartingPositionTimestamp']),
    maxRetryAttempts: int(p['MaximumRetryAttempts']),
    maxRecordAgeMs: secondsToMs(p['MaximumRecordAgeInSeconds']),
    bisectOnError: bool(p['BisectBatchOnFunctionError']),
    parallelizationFactor: int(p['ParallelizationFactor']),
    reportBatchItemFailures: responseTypes.includes('ReportBatchItemFailures') ? true : undefined,
    maxConcurrency: int(rec(p['ScalingConfig'])['MaximumConcurrency']),
    // §16.8: provisioned mode.
    minimumPollers: int(pollers['MinimumPollers']),
    maximumPollers: int(pollers['MaximumPollers']),
    enabled: bool(p['Enabled']),
  })
}

/** One mapping: source → function, and the stream's on-failure destination (which names this mapping). */
export function addMapping(
  b: ImportBuilder,
  fn: string,
  source: string,
  p: Record<string, unknown>,
  edgeId: string,
  path: (string | number)[],
): void {
  const config = esmConfig(p)
  const onFailure = rec(rec(p['DestinationConfig'])['OnFailure'])['Destination']
  const dest =
    onFailure === undefined
      ? null
      : targetNode(b, onFailure, [...path, 'DestinationConfig', 'OnFailure', 'Destination'])
  const id = dest ? b.freshId(edgeId) : undefined
  b.addEdge({
    ...(id ? { id } : {}),
    from: source,
    to: fn,
    role: 'eventSourceMapping',
    ...(config ? { config } : {}),
    origin: path,
  })
  if (dest && id)
    b.addEdge({
      from: source,
      to: dest,
      role: 'onFailure',
      config: { mapping: id },
      origin: [...path, 'DestinationConfig', 'OnFailure'],
    })
  else if (onFailure !== undefined)
    b.note('unresolved', { path: [...path, 'DestinationConfig', 'OnFailure', 'Destination'].join('.') }, path)
}

const RULE_EVENTS = new Set(['Schedule', 'ScheduleV2', 'EventBridgeRule', 'CloudWatchEvent'])

export function mapEvent(
  b: ImportBuilder,
  fn: string,
  fnLogicalId: string,
  name: string,
  ev: Record<string, unknown>,
  path: (string | number)[],
): void {
  const type = str(ev['Type']) ?? '(none)'
  const p = rec(ev['Properties'])
  const props = [...path, 'Properties']
  const trigger = (from: string | null, key: string) => {
    if (from) b.addEdge({ from, to: fn, role: 'trigger', origin: path })
    else b.note('unresolved', { path: [...props, key].join('.') }, path)
  }
  /** SAM makes these resources itself (the default API, the rule): a node named as SAM names it. */
  const implicit = (
    logicalId: string,
    nodeType: NodeType,
    cfnType: string,
    config?: Record<string, unknown>,
  ): string => {
    const known = b.nodeOfResource.get(logicalId)
    if (known) return known
    // An export names the event's source; a bus it wrote as a resource (a destination too) is that source.
    const marked = b.eventSourceIds.get(logicalId)
    const existing = marked === undefined ? undefined : b.node(marked)
    if (existing?.type === nodeType) return existing.id
    const id = b.addNode(logicalId, (config ? { type: nodeType, config } : { type: nodeType }) as never, path)
    b.note('implicitNode', { nodeId: id, type: cfnType }, path)
    return id
  }
  switch (type) {
    case 'S3':
      return trigger(targetNode(b, p['Bucket'], [...props, 'Bucket']), 'Bucket')
    case 'SNS':
      return trigger(targetNode(b, p['Topic'], [...props, 'Topic']), 'Topic')
    case 'Cognito':
      return trigger(targetNode(b, p['UserPool'], [...props, 'UserPool']), 'UserPool')
    case 'Api': {
      const api =
        p['RestApiId'] === undefined
          ? implicit('ServerlessRestApi', 'apiGateway', 'AWS::Serverless::Api', { api: 'rest' })
          : targetNode(b, p['RestApiId'], [...props, 'RestApiId'])
      return trigger(api, 'RestApiId')
    }
    case 'HttpApi': {
      const api =
        p['ApiId'] === undefined
          ? implicit('ServerlessHttpApi', 'apiGateway', 'AWS::Serverless::HttpApi', { api: 'http' })
          : targetNode(b, p['ApiId'], [...props, 'ApiId'])
      const node = api ? b.node(api) : undefined
      if (node?.type === 'apiGateway') {
        const format = str(p['PayloadFormatVersion'])
        const timeoutMs = int(p['TimeoutInMillis'])
        node.config = {
          ...node.config,
          ...compact({
            payloadFormat: format === '1.0' || format === '2.0' ? format : undefined,
            integrationTimeoutMs: timeoutMs,
          }),
        }
      }
      return trigger(api, 'ApiId')
    }
    case 'Kinesis':
    case 'DynamoDB':
    case 'SQS': {
      const key = type === 'SQS' ? 'Queue' : 'Stream'
      const source = targetNode(b, p[key], [...props, key])
      if (source) addMapping(b, fn, source, p, b.edgeIds.get(`${fnLogicalId}${name}`) ?? `${fnLogicalId}${name}`, path)
      else b.note('unresolved', { path: [...props, key].join('.') }, path)
      return
    }
    case 'CloudWatchLogs': {
      const group = p['LogGroupName']
      const from =
        typeof group === 'string' || group === undefined
          ? implicit(`${fnLogicalId}${name}`, 'cloudWatchLogs', 'AWS::Logs::LogGroup')
          : targetNode(b, group, [...props, 'LogGroupName'])
      return trigger(from, 'LogGroupName')
    }
    case 'AlexaSkill':
      return trigger(implicit(`${fnLogicalId}${name}`, 'alexa', 'Alexa Skills Kit'), 'SkillId')
    default:
      if (RULE_EVENTS.has(type))
        return trigger(
          implicit(
            `${fnLogicalId}${name}`,
            'eventBridge',
            type === 'ScheduleV2' ? 'AWS::Scheduler::Schedule' : 'AWS::Events::Rule',
          ),
          'Pattern',
        )
      b.unsupportedItem(`${fnLogicalId}.Events.${name}`, `SAM event ${type}`, 'eventNotSimulated', path)
  }
}
