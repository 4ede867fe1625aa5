import { invocationStyle, type InvocationStyle, type ResolvedEdge, type ResolvedNode } from '../../model/index.ts'
import type { FunctionHost } from '../functions/host.ts'
import type { FunctionRuntime } from '../functions/runtime.ts'
import type { Kernel, MessageSink } from '../kernel.ts'
import type { LiveEvent } from '../ledger.ts'
import { AsyncInvoker } from './async.ts'
import { LoopBook } from './loops.ts'
import { finishEvent } from './respond.ts'
import { SyncCaller } from './sync.ts'

interface Route {
  edges: ResolvedEdge[]
  fns: FunctionRuntime[]
  style: InvocationStyle
  /** A direct Invoke caller gets the 202 (AWS services do not). */
  callerId: string | null
}

/**
 * Push delivery: routes an event from a push source along its trigger edges, sync or async per the source's
 * invocation style in the scenario's era (§1.2). Several triggers = one event per subscription (fan-out). It also
 * takes the messages that arrive at a Lambda function (invoked asynchronously) or at SNS / EventBridge (published on).
 */
export class PushHub {
  readonly async: AsyncInvoker
  readonly sync: SyncCaller
  readonly loops: LoopBook
  private readonly k: Kernel
  private readonly fns: FunctionHost
  private readonly triggers = new Map<string, ResolvedEdge[]>()
  private readonly routes = new Map<string, Route | null>()

  constructor(k: Kernel, fns: FunctionHost) {
    this.k = k
    this.fns = fns
    this.async = new AsyncInvoker(k, fns)
    this.sync = new SyncCaller(k, fns)
    this.loops = new LoopBook(k, (ev, node) => this.route(ev, node))
    this.async.loops = this.loops
    this.sync.loops = this.loops
    for (const e of k.scenario.edges) {
      if (e.role !== 'trigger') continue
      const list = this.triggers.get(e.from)
      if (list) list.push(e)
      else this.triggers.set(e.from, [e])
    }
    const toFunction: MessageSink = {
      onMessage: (ev, message, edge, atMs) => {
        const child = k.ledger.create(edge.from, ev.id, atMs, message)
        k.trace.created(atMs, 'message.arrived', child.id, edge.to, ev.id)
        this.async.send(child, fns.fn(edge.to), null, null)
      },
    }
    const publish: MessageSink = { onMessage: (ev, message, edge) => this.fanOut(edge.to, ev.id, message) }
    for (const n of k.scenario.nodes) {
      if (n.type === 'lambda') k.registerSink(n.id, toFunction)
      else if (n.type === 'sns' || n.type === 'eventBridge') k.registerSink(n.id, publish)
    }
  }

  /** Deliver a new event from `source` to every function it triggers. */
  route(ev: LiveEvent, source: ResolvedNode): void {
    const k = this.k
    const r = this.routeOf(source)
    if (r === null) {
      finishEvent(k, ev, source.id, 'discarded', 'trigger.push')
      return
    }
    const { edges, fns } = r
    for (let i = 0; i < edges.length; i++) {
      const edge = edges[i]!
      let e = ev
      if (i > 0) {
        e = k.ledger.create(source.id, ev.id, k.nowMs, ev.payload)
        k.sizes.copy(ev.id, e.id)
        k.trace.created(k.nowMs, 'trigger.fanout', e.id, source.id, ev.id)
      }
      if (r.style === 'sync') this.sync.send(e, fns[i]!, edge, source)
      else this.async.send(e, fns[i]!, edge, r.callerId)
    }
  }

  /** A source's trigger edges, their functions and invocation style, resolved once per run (null: no trigger). */
  private routeOf(source: ResolvedNode): Route | null {
    let r = this.routes.get(source.id)
    if (r === undefined) {
      const edges = this.triggers.get(source.id)
      if (edges === undefined) r = null
      else {
        const invocationType =
          source.type === 'client' || source.type === 'ses' ? source.config.invocationType : undefined
        r = {
          edges,
          fns: edges.map((e) => this.fns.fn(e.to)),
          style: invocationStyle(source.type, this.k.scenario.era, invocationType),
          callerId: source.type === 'client' ? source.id : null,
        }
      }
      this.routes.set(source.id, r)
    }
    return r
  }

  /** SNS / EventBridge receiving a message (e.g. a destination record) publish it to their subscribed functions. */
  fanOut(nodeId: string, parentId: string, message: unknown): void {
    const k = this.k
    const node = k.scenario.nodeById.get(nodeId)
    if (!node) return
    const edges = this.triggers.get(nodeId)
    if (edges === undefined) {
      k.metrics.series(nodeId, 'MessagesReceived', 'sum').add(k.nowMs, 1)
      return
    }
    const ev = k.ledger.create(nodeId, parentId, k.nowMs, message)
    k.trace.created(k.nowMs, 'trigger.fanout', ev.id, nodeId, parentId)
    this.route(ev, node)
  }
}
