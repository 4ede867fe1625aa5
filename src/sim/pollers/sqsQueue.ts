import type { ResolvedEdge, ResolvedNodeOf } from '../../model/index.ts'
import type { IngestHandler, Kernel, MessageSink } from '../kernel.ts'
import type { LiveEvent } from '../ledger.ts'
import type { Series } from '../metrics.ts'
import { sendMessage } from '../push/delivery.ts'
import { finishEvent } from '../push/respond.ts'
import type { TimerHandler } from '../queue.ts'
import { emitStep } from './steps.ts'

export const VISIBLE = 0
export const INFLIGHT = 1
export const DONE = 2

/** A received batch: its messages stay hidden until `visibleAtMs` unless deleted first (§4.1). */
export interface Receipt {
  msgs: Message[]
  visibleAtMs: number
}

export class Message {
  state = VISIBLE
  receiveCount = 0
  /** Retention passed while it was hidden: it is dropped when it would become visible. */
  expired = false
  receipt: Receipt | null = null
  /** null = a message nobody polls (e.g. on a DLQ): it only counts in the depth. */
  readonly ev: LiveEvent | null
  readonly messageId: string
  readonly body: unknown
  readonly sentMs: number
  readonly group: string | null
  constructor(ev: LiveEvent | null, messageId: string, body: unknown, sentMs: number, group: string | null) {
    this.ev = ev
    this.messageId = messageId
    this.body = body
    this.sentMs = sentMs
    this.group = group
  }
}

/** Someone to tell when messages become visible (the mapping pollers). */
export interface QueueListener {
  wake(): void
}

/**
 * An SQS queue (§4.1): visible / in-flight messages, visibility timeout, ApproximateReceiveCount, the source queue's
 * redrive policy (exactly maxReceiveCount receives, then moved with the same body and MessageId, §15), retention,
 * FIFO order per message group, depth metrics. Messages that arrive on a queue nobody polls only count in its depth.
 */
export class SqsQueue implements IngestHandler, MessageSink, TimerHandler {
  readonly listeners: QueueListener[] = []
  /** Polled by at least one accepted, enabled mapping: arriving messages become events of their own. */
  tracked = false
  visibleCount = 0
  hiddenCount = 0
  private readonly all: Message[] = []
  private allHead = 0
  private readonly visible: Message[] = []
  private visHead = 0
  private readonly groupHidden = new Map<string, number>()
  private expiryWakeMs = -1
  private readonly visibilityTimer: TimerHandler
  private readonly visibleSeries: Series
  private readonly hiddenSeries: Series
  readonly redrive: ResolvedEdge | null
  readonly node: ResolvedNodeOf<'sqs'>
  private readonly k: Kernel

  constructor(k: Kernel, node: ResolvedNodeOf<'sqs'>) {
    this.k = k
    this.node = node
    this.redrive = k.scenario.edges.find((e) => e.from === node.id && e.role === 'dlq') ?? null
    this.visibleSeries = k.metrics.series(node.id, 'ApproximateNumberOfMessagesVisible', 'level')
    this.hiddenSeries = k.metrics.series(node.id, 'ApproximateNumberOfMessagesNotVisible', 'level')
    this.visibilityTimer = { onTimer: (_at, r) => this.reappear(r as Receipt) }
  }

  get fifo(): boolean {
    return this.node.config.fifo
  }

  onIngest(ev: LiveEvent, atMs: number): void {
    this.add(new Message(ev, ev.id, ev.payload ?? null, atMs, ev.key ?? 'default'))
  }

  /** A DLQ message, a redriven message or a destination record arriving here. */
  onMessage(ev: LiveEvent, message: unknown, _viaEdge: ResolvedEdge, atMs: number): void {
    const shaped = typeof message === 'object' && message !== null && 'body' in message
    const body = shaped ? (message as { body: unknown }).body : message
    const givenId = shaped ? (message as { messageId?: unknown }).messageId : undefined
    const attrs = shaped ? (message as { attributes?: { MessageGroupId?: unknown } }).attributes : undefined
    const group = typeof attrs?.MessageGroupId === 'string' ? attrs.MessageGroupId : 'default'
    if (!this.tracked) {
      this.add(new Message(null, typeof givenId === 'string' ? givenId : `${ev.id}@${this.node.id}`, body, atMs, null))
      return
    }
    const child = this.k.ledger.create(this.node.id, ev.id, atMs, body)
    this.k.trace.created(atMs, 'sqs.messageArrived', child.id, this.node.id, ev.id)
    this.add(new Message(child, typeof givenId === 'string' ? givenId : child.id, body, atMs, group))
  }

  /**
   * A function's own write (§16): on a polled queue a message of the same chain of requests (the loop book counts
   * it), in the writer's message group on a FIFO queue; on a queue nobody polls it only counts in the depth.
   */
  onWrite(parent: LiveEvent, message: unknown, atMs: number): LiveEvent | null {
    if (!this.tracked) {
      this.add(new Message(null, `${parent.id}@${this.node.id}`, message, atMs, null))
      return null
    }
    const group = this.fifo ? (parent.key ?? 'default') : null
    const child = this.k.ledger.create(this.node.id, parent.id, atMs, message, group)
    this.k.trace.created(atMs, 'write.arrived', child.id, this.node.id, parent.id)
    this.add(new Message(child, child.id, message, atMs, group ?? 'default'))
    return child
  }

  /**
   * §16: recursive loop detection stopped this received message before the function saw it. Our reading of "the
   * event goes to the DLQ": the source queue's redrive DLQ takes it at once (same body and MessageId); without one it
   * is dropped.
   */
  stopLooped(m: Message): void {
    const k = this.k
    this.remove(m)
    const ev = m.ev!
    if (this.redrive !== null) {
      sendMessage(k, ev, this.redrive, this.redriveMessage(m), 'loop.redrive')
      finishEvent(k, ev, this.node.id, 'dead-lettered', 'loop.stopped')
    } else finishEvent(k, ev, this.node.id, 'discarded', 'loop.stopped')
    this.depth()
  }

  private redriveMessage(m: Message): { messageId: string; body: unknown; attributes: Record<string, string> } {
    const attributes: Record<string, string> = {
      ApproximateReceiveCount: String(m.receiveCount),
      SentTimestamp: String(m.sentMs),
    }
    if (this.fifo && m.group !== null) attributes.MessageGroupId = m.group // §16: a FIFO redrive keeps the group
    return { messageId: m.messageId, body: m.body, attributes }
  }

  private add(msg: Message): void {
    this.all.push(msg)
    if (!this.fifo) this.visible.push(msg)
    this.visibleCount++
    this.depth()
    if (this.expiryWakeMs === -1) this.scheduleExpiry()
    for (const l of this.listeners) l.wake()
  }

  depth(): void {
    const now = this.k.nowMs
    this.visibleSeries.set(now, this.visibleCount)
    this.hiddenSeries.set(now, this.hiddenCount)
  }

  /** ReceiveMessage: up to `max` visible messages, hidden for `visibilityMs`; each receive counts (§4.1). */
  receive(max: number, visibilityMs: number): Receipt | null {
    const now = this.k.nowMs
    const msgs: Message[] = []
    if (this.fifo) {
      // §4.2 FIFO: in order; a group with messages in flight waits (one batch at a time per group).
      const taken = new Set<string>()
      for (let i = this.allHead; i < this.all.length && msgs.length < max; i++) {
        const m = this.all[i]!
        if (m.state !== VISIBLE) continue
        const g = m.group ?? 'default'
        if (!taken.has(g) && (this.groupHidden.get(g) ?? 0) > 0) continue
        taken.add(g)
        msgs.push(m)
      }
    } else {
      const v = this.visible
      while (this.visHead < v.length && msgs.length < max) {
        const m = v[this.visHead++]!
        if (m.state === VISIBLE) msgs.push(m)
      }
      if (this.visHead > 4096 && this.visHead * 2 > v.length) {
        v.splice(0, this.visHead)
        this.visHead = 0
      }
    }
    if (msgs.length === 0) return null
    const r: Receipt = { msgs, visibleAtMs: now + visibilityMs }
    for (const m of msgs) {
      m.state = INFLIGHT
      m.receiveCount++
      m.receipt = r
      if (m.group !== null && this.fifo) this.groupHidden.set(m.group, (this.groupHidden.get(m.group) ?? 0) + 1)
    }
    this.visibleCount -= msgs.length
    this.hiddenCount += msgs.length
    this.depth()
    this.k.schedule(r.visibleAtMs, this.visibilityTimer, r)
    return r
  }

  /** DeleteMessage after success: the message leaves the queue. */
  remove(m: Message): void {
    m.state = DONE
    m.receipt = null
    this.hiddenCount--
    if (m.group !== null && this.fifo) this.groupHidden.set(m.group, (this.groupHidden.get(m.group) ?? 1) - 1)
  }

  /** Visibility timeout over: undeleted messages reappear, or SQS redrives them after maxReceiveCount (§4.1, §15). */
  private reappear(r: Receipt): void {
    const k = this.k
    let back: string[] | null = null
    let woke = false
    for (const m of r.msgs) {
      if (m.state !== INFLIGHT || m.receipt !== r) continue
      this.remove(m)
      const ev = m.ev!
      if (m.expired) {
        finishEvent(k, ev, this.node.id, 'expired', 'sqs.retentionExpired')
        if (this.fifo) woke = true
      } else if (this.redrive !== null && m.receiveCount >= this.redrive.maxReceiveCount) {
        sendMessage(k, ev, this.redrive, this.redriveMessage(m), 'sqs.redrive')
        finishEvent(k, ev, this.node.id, 'dead-lettered', 'sqs.redrive')
        if (this.fifo) woke = true // §4.2: the head left its group, which may be read again
      } else {
        m.state = VISIBLE
        if (!this.fifo) this.visible.push(m)
        this.visibleCount++
        ;(back ??= []).push(ev.id)
        woke = true
      }
    }
    if (back !== null)
      emitStep(k, 'sqs.visibilityTimeout', this.node.id, null, null, back, {
        visibilityTimeoutMs: this.node.config.visibilityTimeoutMs,
      })
    this.depth()
    if (woke) for (const l of this.listeners) l.wake()
  }

  private scheduleExpiry(): void {
    while (this.allHead < this.all.length && this.all[this.allHead]!.state === DONE) this.allHead++
    const m = this.all[this.allHead]
    if (m === undefined) {
      this.expiryWakeMs = -1
      return
    }
    this.expiryWakeMs = Math.max(this.k.nowMs, m.sentMs + this.node.config.messageRetentionMs)
    this.k.schedule(this.expiryWakeMs, this, null)
  }

  /** MessageRetentionPeriod: older messages are deleted by SQS (§4.1); hidden ones when they would reappear. */
  onTimer(atMs: number): void {
    if (atMs !== this.expiryWakeMs) return
    const limit = atMs - this.node.config.messageRetentionMs
    const ids: string[] = []
    const evs: LiveEvent[] = []
    let dropped = 0
    const all = this.all
    while (this.allHead < all.length) {
      const m = all[this.allHead]!
      if (m.state !== DONE && m.sentMs > limit) break
      this.allHead++
      if (m.state === VISIBLE) {
        m.state = DONE
        this.visibleCount--
        dropped++
        if (m.ev !== null) {
          ids.push(m.ev.id)
          evs.push(m.ev)
        }
      } else if (m.state === INFLIGHT) m.expired = true
    }
    if (dropped > 0) {
      emitStep(this.k, 'sqs.retentionExpired', this.node.id, null, null, ids, {
        messages: dropped,
        messageRetentionMs: this.node.config.messageRetentionMs,
      })
      for (const ev of evs) finishEvent(this.k, ev, this.node.id, 'expired', 'sqs.retentionExpired')
      this.depth()
    }
    if (this.allHead > 4096 && this.allHead * 2 > all.length) {
      all.splice(0, this.allHead)
      this.allHead = 0
    }
    this.scheduleExpiry()
  }
}
