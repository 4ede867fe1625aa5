/**
 * What each node looks like at sim time t — execution environments, concurrency, throttles, VPC state, queue depth,
 * DLQ messages, lost events, blocked shards — folded from the trace (the engine decided all of it; this only counts).
 * Rendered at event rate, so the fold continues from the last call when time moves forward.
 */
import type { ResolvedScenario } from '../../model/index.ts'
import type { SimResult } from '../simulate.ts'
import { countAtOrBefore } from '../../model/sorted.ts'
import type { TraceEvent } from '../trace.ts'
import { formsBatch, isLoss, shardEffect } from './classify.ts'

/** An execution environment's phase (§7.1; `eni` = 2018 ENI attach on a new VPC environment, §7.2). */
export type EnvPhase = 'eni' | 'init' | 'warm' | 'busy'

export interface NodeRuntime {
  nodeId: string
  envs: Record<EnvPhase, number>
  /** Environments in use (initialising or busy) against the reserved concurrency (null = unreserved). */
  inUse: number
  reserved: number | null
  throttles: number
  errors: number
  /** VPC function state (§7.3), once the engine reported one. */
  state: 'Pending' | 'Active' | 'Inactive' | null
  /** Events waiting in the async queue for their next attempt (§2.1). */
  waitingRetry: number
  /** Messages that arrived here (a queue's depth when nothing consumes it; a DLQ's message count). */
  messagesIn: number
  messagesOut: number
  lost: number
  blockedShards: number
  /** Streams: how old the oldest record still waiting is (a blocked shard's climbs with time, §3.2); null = none. */
  iteratorAgeMs: number | null
}

interface Env {
  nodeId: string
  phase: EnvPhase
  /** A cold start: phases end at these times (ENI, then init), then the handler runs. */
  eniUntilMs: number
  initUntilMs: number
}

interface Fold {
  trace: readonly TraceEvent[]
  count: number
  envs: Map<string, Env>
  nodes: Map<string, NodeRuntime>
  retries: Map<string, number>
  shards: Map<string, Map<string, boolean>>
  /** Per stream node, per shard: creation time of the first record of the batch in progress. */
  heads: Map<string, Map<string, number>>
  created: Map<string, number>
}

function blank(nodeId: string, reserved: number | null): NodeRuntime {
  return {
    nodeId,
    envs: { eni: 0, init: 0, warm: 0, busy: 0 },
    inUse: 0,
    reserved,
    throttles: 0,
    errors: 0,
    state: null,
    waitingRetry: 0,
    messagesIn: 0,
    messagesOut: 0,
    lost: 0,
    blockedShards: 0,
    iteratorAgeMs: null,
  }
}

function startFold(trace: readonly TraceEvent[], scenario: ResolvedScenario): Fold {
  const nodes = new Map<string, NodeRuntime>()
  for (const n of scenario.nodes)
    nodes.set(n.id, blank(n.id, n.type === 'lambda' ? n.config.reservedConcurrency : null))
  return {
    trace,
    count: 0,
    envs: new Map(),
    nodes,
    retries: new Map(),
    shards: new Map(),
    heads: new Map(),
    created: new Map(),
  }
}

function apply(f: Fold, e: TraceEvent): void {
  const node = (id: string) => {
    let n = f.nodes.get(id)
    if (!n) f.nodes.set(id, (n = blank(id, null)))
    return n
  }
  switch (e.type) {
    case 'env.created':
      f.envs.set(e.envId, { nodeId: e.nodeId, phase: 'init', eniUntilMs: e.atMs, initUntilMs: e.atMs })
      break
    case 'env.ready':
    case 'env.reset': {
      const env = f.envs.get(e.envId)
      if (env) env.phase = 'warm'
      break
    }
    case 'env.reclaimed':
      f.envs.delete(e.envId)
      break
    case 'invoke.start': {
      const env = f.envs.get(e.envId) ?? {
        nodeId: e.nodeId,
        phase: 'busy' as EnvPhase,
        eniUntilMs: e.atMs,
        initUntilMs: e.atMs,
      }
      env.phase = 'busy'
      if (e.cold) {
        env.eniUntilMs = e.eniEndMs ?? e.atMs // the engine's ENI attach (§7.2), if any
        env.initUntilMs = e.handlerStartMs
      }
      f.envs.set(e.envId, env)
      const waiting = f.retries.get(e.eventId) ?? 0
      if (waiting > 0) {
        f.retries.set(e.eventId, 0)
        node(e.nodeId).waitingRetry--
      }
      break
    }
    case 'invoke.end': {
      const env = f.envs.get(e.envId)
      if (env) env.phase = 'warm'
      if (e.result !== 'success') node(e.nodeId).errors++
      break
    }
    case 'invoke.refused':
      if (e.result === 'throttled') node(e.nodeId).throttles++
      else node(e.nodeId).errors++
      break
    case 'retry.scheduled':
      if ((f.retries.get(e.eventId) ?? 0) === 0) node(e.nodeId).waitingRetry++
      f.retries.set(e.eventId, 1)
      break
    case 'function.state':
      node(e.nodeId).state = e.state
      break
    case 'message.sent':
      node(e.nodeId).messagesIn++
      break
    case 'event.fate': {
      if (isLoss(e)) node(e.nodeId).lost++
      const waiting = f.retries.get(e.eventId) ?? 0
      if (waiting > 0) {
        f.retries.set(e.eventId, 0)
        node(e.nodeId).waitingRetry--
      }
      break
    }
    case 'event.created':
      f.created.set(e.eventId, e.atMs)
      break
    case 'source.step': {
      const effect = shardEffect(e.reason)
      if (e.shardId !== null && formsBatch(e.reason)) {
        let heads = f.heads.get(e.nodeId)
        if (!heads) f.heads.set(e.nodeId, (heads = new Map()))
        const first = e.eventIds[0]
        const born = first === undefined ? undefined : f.created.get(first)
        if (born !== undefined && !heads.has(e.shardId)) heads.set(e.shardId, born)
      }
      if (e.shardId !== null && effect === 'release') f.heads.get(e.nodeId)?.delete(e.shardId)
      if (e.reason === 'sqs.deleted') node(e.nodeId).messagesOut += e.eventIds.length
      if (e.shardId !== null && effect !== null) {
        let shards = f.shards.get(e.nodeId)
        if (!shards) f.shards.set(e.nodeId, (shards = new Map()))
        shards.set(e.shardId, effect === 'block')
      }
      break
    }
    default:
      break
  }
}

let cache: (Fold & { target: number }) | null = null

/** The shared fold, restarted when the trace changes or t moves back, aimed at the first `target` entries. */
function foldTo(trace: readonly TraceEvent[], scenario: ResolvedScenario, target: number): Fold & { target: number } {
  if (!cache || cache.trace !== trace || cache.count > target) cache = { ...startFold(trace, scenario), target }
  cache.target = target
  return cache
}

/**
 * Moves the fold behind nodeRuntimeAt toward t by at most `maxEntries` trace entries; true when it has reached t (then
 * nodeRuntimeAt(result, scenario, t) only reads it). Lets the UI spread a long fold over several tasks (a burst puts
 * 40,000 entries at t = 0, issue #13); the picture is the same as folding in one go.
 */
export function advanceNodeRuntime(
  result: Pick<SimResult, 'trace'>,
  scenario: ResolvedScenario,
  t: number,
  maxEntries: number,
): boolean {
  const trace = result.trace
  const f = foldTo(trace, scenario, countAtOrBefore(trace, t))
  const stop = Math.min(f.target, f.count + Math.max(0, maxEntries))
  for (; f.count < stop; f.count++) apply(f, trace[f.count] as TraceEvent)
  return f.count >= f.target
}

/** Every node's runtime picture at t. Pure in its result; reuses the previous fold when t moves forward. */
export function nodeRuntimeAt(
  result: Pick<SimResult, 'trace'>,
  scenario: ResolvedScenario,
  t: number,
): ReadonlyMap<string, NodeRuntime> {
  const trace = result.trace
  const f = foldTo(trace, scenario, countAtOrBefore(trace, t))
  for (; f.count < f.target; f.count++) apply(f, trace[f.count] as TraceEvent)
  const out = new Map<string, NodeRuntime>()
  for (const [id, n] of f.nodes)
    out.set(id, { ...n, envs: { eni: 0, init: 0, warm: 0, busy: 0 }, inUse: 0, blockedShards: 0, iteratorAgeMs: null })
  for (const env of f.envs.values()) {
    const n = out.get(env.nodeId)
    if (!n) continue
    // a cold start's busy env is still attaching its ENI or initialising until the handler starts
    const phase: EnvPhase =
      env.phase === 'busy' && t < env.eniUntilMs
        ? 'eni'
        : env.phase === 'busy' && t < env.initUntilMs
          ? 'init'
          : env.phase
    n.envs[phase]++
    if (phase !== 'warm') n.inUse++
  }
  for (const [id, heads] of f.heads) {
    const n = out.get(id)
    if (n && heads.size > 0) n.iteratorAgeMs = Math.max(...[...heads.values()].map((born) => t - born))
  }
  for (const [id, shards] of f.shards) {
    const n = out.get(id)
    if (n) n.blockedShards = [...shards.values()].filter(Boolean).length
  }
  return out
}
