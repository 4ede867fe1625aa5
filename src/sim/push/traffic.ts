import type { ResolvedNode, ResolvedTraffic } from '../../model/index.ts'
import type { Kernel } from '../kernel.ts'
import type { PushHub } from './hub.ts'
import type { TimerHandler } from '../queue.ts'
import { eventBytes, isPolledSource, SNS_MESSAGE_MAX_BYTES } from '../../model/index.ts'
import { finishEvent } from './respond.ts'

interface Cursor {
  t: ResolvedTraffic
  /** The source node (looked up once; null if missing) and whether it is polled. */
  source: ResolvedNode | null
  polled: boolean
  /** Events emitted so far by this traffic entry. */
  n: number
  /** Next index into a `list` pattern. */
  i: number
  /** §16.13: each event's size, measured once per entry (they share one payload). */
  bytes: number
}

/**
 * Traffic: turns each traffic entry into events at their times. Only the next emission of each entry is scheduled,
 * so the queue stays small however long the run. Events never start after the scenario's durationMs.
 */
export class TrafficRunner implements TimerHandler {
  private readonly k: Kernel
  private readonly push: PushHub
  private readonly endMs: number

  constructor(k: Kernel, push: PushHub) {
    this.k = k
    this.push = push
    this.endMs = Math.min(k.scenario.durationMs, k.untilMs)
  }

  start(): void {
    for (const t of this.k.scenario.traffic) {
      const source = this.k.scenario.nodeById.get(t.source) ?? null
      const c: Cursor = {
        t,
        source,
        polled: source !== null && isPolledSource(source.type),
        n: 0,
        i: 0,
        bytes: eventBytes(t.payload, t.payloadBytes),
      }
      if (t.kind === 'once') this.k.schedule(t.atMs, this, c)
      else if (t.kind === 'every') this.k.schedule(t.startMs ?? 0, this, c)
      else {
        const sorted = [...t.atMs].sort((a, b) => a - b)
        this.k.schedule(sorted[0] ?? 0, this, { ...c, t: { ...t, atMs: sorted } })
      }
    }
  }

  onTimer(atMs: number, arg: unknown): void {
    if (atMs > this.endMs) return
    const c = arg as Cursor
    const t = c.t
    if (t.kind === 'once') {
      // One timer can ask for a million events: stop making them when the budget is used (the kernel then stops).
      const count = t.count ?? 1
      for (let j = 0; j < count; j++) {
        if (this.k.overBudget()) {
          this.k.refusedForBudget = true
          break
        }
        this.emit(c)
      }
    } else if (t.kind === 'every') {
      this.emit(c)
      const next = atMs + t.everyMs
      const stop = (t.count !== undefined && c.n >= t.count) || (t.untilMs !== undefined && next >= t.untilMs)
      if (!stop && next <= this.endMs) this.k.schedule(next, this, c)
    } else {
      const times = t.atMs
      while (c.i < times.length && times[c.i] === atMs) {
        c.i++
        this.emit(c)
      }
      const next = times[c.i]
      if (next !== undefined && next <= this.endMs) this.k.schedule(next, this, c)
    }
  }

  private emit(c: Cursor): void {
    const k = this.k
    const t = c.t
    const source = c.source
    if (source === null) return
    const keys = t.partitionKeys
    const key = keys !== undefined ? (keys[c.n % keys.length] ?? null) : null
    const ev = k.ledger.create(t.source, t.id, k.nowMs, t.payload ?? null, key, c.n)
    c.n++
    k.trace.created(k.nowMs, 'traffic.emitted', ev.id, t.source, t.id)
    if (t.payloadBytes !== undefined) k.sizes.declare(ev.id, c.bytes)
    // §16.13: SNS refuses to publish a message over 256 KB; Lambda never sees it.
    if (source.type === 'sns' && c.bytes > SNS_MESSAGE_MAX_BYTES)
      return finishEvent(k, ev, source.id, 'rejected', 'payload.snsTooLarge')
    if (c.polled) {
      // Polled sources belong to the pollers (src/sim/pollers). Without one registered, the record waits (in flight).
      k.ingestFor(source.id)?.onIngest(ev, k.nowMs)
      return
    }
    this.push.route(ev, source)
    if (k.faults.takeDuplicate(source.id, k.nowMs)) {
      const dup = k.ledger.create(t.source, ev.id, k.nowMs, ev.payload, key, ev.index)
      k.sizes.copy(ev.id, dup.id)
      k.trace.created(k.nowMs, 'async.duplicate', dup.id, t.source, ev.id)
      this.push.route(dup, source)
    }
  }
}
