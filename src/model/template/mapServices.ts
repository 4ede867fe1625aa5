/**
 * Pass 1 for everything but functions: one node per simulated resource, with the settings the engine models.
 * Resources that only shape another node (subnets, security groups, NAT gateways → the VPC; a cluster's instances →
 * the cluster) are noted as folded; the rest are listed as not simulated. Nothing is dropped without a line.
 */
import { HOUR_MS } from '../common.ts'
import { ResourceRef } from './intrinsics.ts'
import { bool, int, num, rec, secondsToMs, str, compact, type ImportBuilder, type Resource } from './builder.ts'

/** Resource types that become part of another node: noted with what they shape. */
const FOLDED: Readonly<Record<string, string>> = {
  'AWS::EC2::Subnet': 'vpc',
  'AWS::EC2::SecurityGroup': 'securityGroup',
  'AWS::EC2::SecurityGroupIngress': 'securityGroup',
  'AWS::EC2::NatGateway': 'vpc',
  'AWS::EC2::VPCEndpoint': 'vpc',
  'AWS::RDS::DBSubnetGroup': 'rds',
  'AWS::ElastiCache::SubnetGroup': 'elastiCache',
  'AWS::Lambda::EventSourceMapping': 'edge',
  'AWS::Lambda::EventInvokeConfig': 'lambda',
  'AWS::Lambda::Permission': 'edge',
  'AWS::SNS::Subscription': 'edge',
  'AWS::Logs::SubscriptionFilter': 'edge',
  'AWS::ApiGatewayV2::Integration': 'edge',
  'AWS::ApiGateway::Method': 'edge',
}

/** The logical id of the template's AWS::Events::EventBus a rule is on (`EventBusName: !Ref Bus`), else null. */
export function busOfRule(b: ImportBuilder, r: Resource): string | null {
  const name = r.props['EventBusName']
  if (!(name instanceof ResourceRef) || (name.attribute !== null && name.attribute !== 'Name')) return null
  return b.resources.get(name.logicalId)?.type === 'AWS::Events::EventBus' ? name.logicalId : null
}

export const FUNCTION_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Lambda::Function'])

/** Creates the node for `r` (functions excepted) or reports it. */
export function mapServiceResource(b: ImportBuilder, r: Resource): void {
  const p = r.props
  const origin = r.path
  switch (r.type) {
    case 'AWS::SQS::Queue': {
      const config = compact({
        fifo: bool(p['FifoQueue']),
        visibilityTimeoutMs: secondsToMs(p['VisibilityTimeout']),
        messageRetentionMs: secondsToMs(p['MessageRetentionPeriod']),
      })
      b.addNode(r.logicalId, config ? { type: 'sqs', config } : { type: 'sqs' }, origin)
      return
    }
    case 'AWS::SNS::Topic':
      b.addNode(r.logicalId, { type: 'sns' }, origin)
      return
    case 'AWS::S3::Bucket':
      b.addNode(r.logicalId, { type: 's3' }, origin)
      return
    case 'AWS::DynamoDB::Table':
    case 'AWS::DynamoDB::GlobalTable':
    case 'AWS::Serverless::SimpleTable': {
      const table = b.addNode(r.logicalId, { type: 'dynamoDbTable' }, origin)
      const spec = rec(p['StreamSpecification'])
      const view = str(spec['StreamViewType'])
      if (view === 'KEYS_ONLY' || view === 'NEW_IMAGE' || view === 'OLD_IMAGE' || view === 'NEW_AND_OLD_IMAGES') {
        const stream = b.addNode(`${r.logicalId}.stream`, { type: 'dynamoDbStream', config: { viewType: view } }, [
          ...origin,
          'Properties',
          'StreamSpecification',
        ])
        b.streamOf.set(r.logicalId, stream)
        b.addEdge({ from: table, to: stream, role: 'stream', origin: [...origin, 'Properties', 'StreamSpecification'] })
      }
      return
    }
    case 'AWS::Kinesis::Stream': {
      const hours = num(p['RetentionPeriodHours'])
      const onDemand = str(rec(p['StreamModeDetails'])['StreamMode']) === 'ON_DEMAND'
      if (onDemand) b.note('onDemandStream', { logicalId: r.logicalId }, origin)
      const config = compact({
        shardCount: onDemand || b.defaulted(r.logicalId, 'ShardCount') ? undefined : int(p['ShardCount']),
        retentionMs: hours === undefined ? undefined : Math.round(hours * HOUR_MS),
      })
      b.addNode(r.logicalId, config ? { type: 'kinesis', config } : { type: 'kinesis' }, origin)
      return
    }
    case 'AWS::EC2::VPC':
      b.addNode(r.logicalId, { type: 'vpc' }, origin)
      return
    case 'AWS::RDS::DBCluster':
      b.addNode(r.logicalId, { type: 'rds' }, origin)
      return
    case 'AWS::RDS::DBInstance':
      // An instance of a cluster in the template is the cluster's (one database node).
      if (p['DBClusterIdentifier'] !== undefined && typeof p['DBClusterIdentifier'] !== 'string')
        b.note('folded', { logicalId: r.logicalId, type: r.type, into: 'rds' }, origin)
      else b.addNode(r.logicalId, { type: 'rds' }, origin)
      return
    case 'AWS::ElastiCache::CacheCluster':
    case 'AWS::ElastiCache::ReplicationGroup':
    case 'AWS::ElastiCache::ServerlessCache':
      b.addNode(r.logicalId, { type: 'elastiCache' }, origin)
      return
    case 'AWS::Serverless::Api':
    case 'AWS::ApiGateway::RestApi':
      b.addNode(r.logicalId, { type: 'apiGateway', config: { api: 'rest' } }, origin)
      return
    case 'AWS::Serverless::HttpApi':
      b.addNode(r.logicalId, { type: 'apiGateway', config: { api: 'http' } }, origin)
      return
    case 'AWS::ApiGatewayV2::Api':
      if (str(p['ProtocolType']) === 'WEBSOCKET') b.unsupportedItem(r.logicalId, r.type, 'websocketApi', origin)
      else b.addNode(r.logicalId, { type: 'apiGateway', config: { api: 'http' } }, origin)
      return
    case 'AWS::Events::Rule': {
      // A rule on a bus of this template routes that bus's events: the bus node is the source (one node, as an
      // export writes a bus that both receives destinations and triggers a function without its permission).
      const bus = busOfRule(b, r)
      if (bus !== null) {
        b.note('folded', { logicalId: r.logicalId, type: r.type, into: bus }, origin)
        return
      }
      b.addNode(r.logicalId, { type: 'eventBridge' }, origin)
      return
    }
    case 'AWS::Events::EventBus':
    case 'AWS::Scheduler::Schedule':
      b.addNode(r.logicalId, { type: 'eventBridge' }, origin)
      return
    case 'AWS::Logs::LogGroup':
      b.addNode(r.logicalId, { type: 'cloudWatchLogs' }, origin)
      return
    case 'AWS::Cognito::UserPool':
      b.addNode(r.logicalId, { type: 'cognito' }, origin)
      return
    default:
      if (FUNCTION_TYPES.has(r.type)) return
      if (FOLDED[r.type]) {
        // Wiring resources (mappings, permissions…) are read in pass 2; only the network pieces are worth a note.
        if (FOLDED[r.type] !== 'edge' && FOLDED[r.type] !== 'lambda')
          b.note('folded', { logicalId: r.logicalId, type: r.type, into: FOLDED[r.type]! }, origin)
        return
      }
      b.unsupportedItem(r.logicalId, r.type, 'notSimulated', origin)
  }
}
