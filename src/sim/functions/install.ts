import type { ResolvedEdge, ResolvedNode, ResolvedScenario } from '../../model/index.ts'
import { TableStreamWrites } from './tableStream.ts'
import type { Kernel } from '../kernel.ts'
import { AccountConcurrency } from './account.ts'
import { FunctionHost } from './host.ts'
import { onActiveTimer, onReclaimTimer, provision } from './lifecycle.ts'
import { FunctionRuntime, VpcRuntime, type Env, type Hang } from './runtime.ts'

/**
 * Why an access edge's connections hang (§7.5): RDS/ElastiCache need the same VPC and an inbound SG rule;
 * a DynamoDB table from inside a VPC needs NAT or a gateway endpoint (§7.3). Null = reachable.
 */
function accessBlocked(s: ResolvedScenario, fn: ResolvedNode & { type: 'lambda' }, e: ResolvedEdge): boolean {
  const to = s.nodeById.get(e.to)
  if (!to) return false
  if (to.type === 'rds' || to.type === 'elastiCache') {
    if (fn.vpcId === null || fn.vpcId !== to.vpcId) return true
    return !to.config.inboundFrom.includes(fn.config.securityGroup)
  }
  if (to.type === 'dynamoDbTable' && fn.vpcId !== null) {
    const vpc = s.nodeById.get(fn.vpcId)
    return vpc?.type === 'vpc' && !vpc.config.nat && !vpc.config.gatewayEndpoints.includes('dynamodb')
  }
  return false
}

/**
 * A fork's new settings and destinations for a function (fork.ts, docs/aws-rules.md "Forks"): invocations that start
 * later read them; one already running keeps the timeout and duration it started with.
 */
function reconfigure(fn: FunctionRuntime, forked: ResolvedScenario): void {
  const n = forked.nodeById.get(fn.node.id)
  if (n?.type !== 'lambda') return
  fn.cfg = n.config
  fn.dlq = fn.onSuccess = fn.onFailure = null
  for (const e of forked.edges) {
    if (e.from !== n.id) continue
    if (e.role === 'dlq') fn.dlq = e
    else if (e.role === 'onSuccess') fn.onSuccess = e
    else if (e.role === 'onFailure') fn.onFailure = e
  }
}

/** Build the function runtimes, account concurrency and invoker for a run. */
export function installFunctions(k: Kernel): FunctionHost {
  const s = k.scenario
  const account = new AccountConcurrency(s)
  account.concurrent = k.metrics.series('account', 'ConcurrentExecutions', 'level')
  account.unreservedConcurrent = k.metrics.series('account', 'UnreservedConcurrentExecutions', 'level')
  const host = new FunctionHost(k, account)
  const vpcs = new Map<string, VpcRuntime>()
  for (const n of s.nodes) if (n.type === 'vpc') vpcs.set(n.id, new VpcRuntime(n.id, n.config))

  const streamsOf = TableStreamWrites.streamsOf(s.edges)
  const streamWriter = streamsOf.size > 0 ? new TableStreamWrites(k) : null
  for (const n of s.nodes) {
    if (n.type !== 'lambda') continue
    const ser = (name: string, kind: 'sum' | 'level' = 'sum') => k.metrics.series(n.id, name, kind)
    const fn = new FunctionRuntime(n, n.config, n.vpcId !== null ? (vpcs.get(n.vpcId) ?? null) : null, s.region, {
      invocations: ser('Invocations'),
      errors: ser('Errors'),
      throttles: ser('Throttles'),
      concurrent: ser('ConcurrentExecutions', 'level'),
      coldStarts: ser('ColdStarts'),
      spillover: ser('ProvisionedConcurrencySpilloverInvocations'),
      deadLetterErrors: ser('DeadLetterErrors'),
      destinationFailures: ser('DestinationDeliveryFailures'),
      asyncDropped: ser('AsyncEventsDropped'),
      recursionDropped: ser('RecursiveInvocationsDropped'),
    })
    fn.reclaimTimer = { onTimer: (_at, env) => onReclaimTimer(k, fn, env as Env) }
    fn.activeTimer = { onTimer: () => onActiveTimer(k, fn) }
    for (const e of s.edges) {
      if (e.from !== n.id) continue
      if (e.role === 'dlq') fn.dlq = e
      else if (e.role === 'onSuccess') fn.onSuccess = e
      else if (e.role === 'onFailure') fn.onFailure = e
      else if (e.role === 'writes') fn.writes.push(e)
      else if (e.role === 'access') {
        fn.access.push(e)
        if (accessBlocked(s, n, e)) fn.blockedAccess.push(e.id)
        const streams = streamsOf.get(e.to)
        if (streams && streamWriter) {
          fn.tableWrites.push({ tableId: e.to, streams })
          fn.streamWriter = streamWriter
        }
      }
    }
    k.forkHooks?.push((forked) => reconfigure(fn, forked))
    let hang: Hang = fn.blockedAccess.length > 0 ? 'access' : 'none'
    const vpc = fn.vpc
    if (n.config.callsInternet && vpc !== null && !vpc.config.nat) hang = 'noNat' // G33
    fn.hang = hang
    host.functions.set(n.id, fn)
    // §7.3 function states (current era, VPC functions only).
    if (s.era === 'current' && vpc !== null && n.config.vpcState !== 'active') {
      if (n.config.vpcState === 'justCreated') {
        fn.state = 'Pending'
        k.trace.state(0, 'vpc.pending', n.id, 'Pending')
        k.schedule(n.config.vpcPendingMs, fn.activeTimer, null)
      } else {
        fn.state = 'Inactive'
        k.trace.state(0, 'vpc.inactive', n.id, 'Inactive')
      }
    }
    provision(k, fn)
  }
  return host
}
