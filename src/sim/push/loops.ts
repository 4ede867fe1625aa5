import type { ResolvedEdge, ResolvedNode } from '../../model/index.ts'
import type { FunctionRuntime } from '../functions/runtime.ts'
import type { Kernel } from '../kernel.ts'
import type { LiveEvent } from '../ledger.ts'
import type { TimerHandler } from '../queue.ts'
import { REASON_REF } from '../reasons.ts'
import { MESSAGE_HOP_MS } from '../timing.ts'

interface Write {
  ev: LiveEvent
  edge: ResolvedEdge
  message: unknown
}

/**
 * §16 recursive loop detection: Lambda drops a request after the same chain of requests (one triggering event carried
 * on by the functions' own writes through SQS, SNS and — since 2024 — S3) has invoked functions 16 times
 * (AWS Compute Blog, July 2023: "drops requests after exceeding 16 invocations"). A traffic event is invocation 1 of
 * its chain; each write adds one. Only events created by a write are kept here (an absent id is a fresh chain).
 */
export const LOOP_LIMIT_INVOCATIONS = 16

export class LoopBook implements TimerHandler {
  private readonly depth = new Map<string, number>()
  private readonly k: Kernel
  /** The push hub's routing: a new event from a bucket or topic to the functions it triggers. */
  private readonly route: (ev: LiveEvent, source: ResolvedNode) => void
  constructor(k: Kernel, route: (ev: LiveEvent, source: ResolvedNode) => void) {
    this.k = k
    this.route = route
  }

  /** Which invocation of its chain running `ev` would be (1 for an event from traffic). */
  depthOf(ev: LiveEvent): number {
    return this.depth.get(ev.id) ?? 1
  }

  /** A new event emitted by a write from an invocation of `parent`: one further along the chain. */
  carry(parent: LiveEvent, child: LiveEvent): void {
    this.depth.set(child.id, this.depthOf(parent) + 1)
  }

  /** Would invoking `fn` with `ev` be stopped? (current era, `recursiveLoop: Terminate`, past the limit) */
  stops(fn: FunctionRuntime, ev: LiveEvent): boolean {
    return (
      fn.cfg.recursiveLoop === 'Terminate' &&
      this.k.scenario.era === 'current' &&
      this.depthOf(ev) > LOOP_LIMIT_INVOCATIONS
    )
  }

  /** A successful invocation's code writes the event on along each of the function's `writes` wires. */
  writeOut(fn: FunctionRuntime, ev: LiveEvent): void {
    const k = this.k
    const now = k.nowMs
    for (const edge of fn.writes) {
      const message = ev.payload ?? {}
      k.trace.hop(now, 'write.sent', ev.id, edge.id, edge.from, edge.to, now, now + MESSAGE_HOP_MS, 'message')
      k.emit({
        seq: k.trace.length,
        atMs: now,
        type: 'message.sent',
        reason: 'write.sent',
        ref: REASON_REF['write.sent'],
        eventId: ev.id,
        edgeId: edge.id,
        nodeId: edge.to,
        message,
      })
      k.schedule(now + MESSAGE_HOP_MS, this, { ev, edge, message } satisfies Write)
    }
  }

  onTimer(_atMs: number, arg: unknown): void {
    const w = arg as Write
    this.arrive(w.ev, w.edge, w.message)
  }

  /** A write arriving at its bucket, queue or topic: a new event of the same chain, emitted as AWS would. */
  arrive(parent: LiveEvent, edge: ResolvedEdge, message: unknown): void {
    const k = this.k
    const node = k.scenario.nodeById.get(edge.to)
    if (!node) return
    // A queue takes the message (an event of this chain if a mapping polls it, else depth only); a bucket or topic
    // notifies its triggers.
    const sink = node.type === 'sqs' ? k.sinkFor(node.id) : undefined
    if (sink?.onWrite !== undefined) {
      const child = sink.onWrite(parent, message, k.nowMs)
      if (child !== null) this.carry(parent, child)
      return
    }
    const child = k.ledger.create(node.id, parent.id, k.nowMs, message)
    this.carry(parent, child)
    k.trace.created(k.nowMs, 'write.arrived', child.id, node.id, parent.id)
    this.route(child, node)
  }
}
