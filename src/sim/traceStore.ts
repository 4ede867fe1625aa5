import { REASON_REF, type ReasonCode } from './reasons.ts'
import type { AttemptResult, Fate, TokenKind, TraceEvent } from './trace.ts'

const BOXED = 0
const HOP = 1
const CREATED = 2
const ACCEPTED = 3
const START = 4
const END = 5
const REFUSED = 6
const RETRY = 7
const ENV = 8
const STATE = 9
const FATE = 10

const TOKENS: readonly TokenKind[] = ['event', 'response', 'message', 'batch', 'record', 'call']
const RESULTS: readonly AttemptResult[] = ['success', 'error', 'timeout', 'throttled', 'rejected']
const ENV_TYPES = ['env.created', 'env.ready', 'env.reclaimed', 'env.reset'] as const
const STATES = ['Pending', 'Active', 'Inactive'] as const
const FATES: readonly Exclude<Fate, 'in-flight'>[] = ['succeeded', 'failed-to-caller', 'dead-lettered', 'sent-to-destination', 'discarded', 'expired', 'rejected']

export const tokenCode = (t: TokenKind) => TOKENS.indexOf(t)
export const resultCode = (r: AttemptResult) => RESULTS.indexOf(r)
export const fateCode = (f: Exclude<Fate, 'in-flight'>) => FATES.indexOf(f)

/**
 * The trace, stored in columns (typed arrays for numbers, plain arrays of existing strings) so a run of millions of
 * entries allocates no object per entry; `get(i)` / `toArray()` build the `TraceEvent` objects on demand.
 * Entry i has `seq` i. Rare or plugin-defined entries are stored boxed (`push`).
 */
export class TraceStore {
  length = 0
  private cap = 1024
  private kind = new Uint8Array(this.cap)
  private at = new Float64Array(this.cap)
  private n0 = new Float64Array(this.cap)
  private n1 = new Float64Array(this.cap)
  private i0 = new Int32Array(this.cap)
  private i1 = new Int32Array(this.cap)
  private readonly rs: ReasonCode[] = []
  private readonly s0: (string | null)[] = []
  private readonly s1: (string | null)[] = []
  private readonly s2: (string | null)[] = []
  private readonly s3: (string | null)[] = []
  private readonly x: unknown[] = []

  private grow(): void {
    const cap = this.cap * 2
    const g8 = (a: Uint8Array) => { const b = new Uint8Array(cap); b.set(a); return b }
    const gf = (a: Float64Array) => { const b = new Float64Array(cap); b.set(a); return b }
    const gi = (a: Int32Array) => { const b = new Int32Array(cap); b.set(a); return b }
    this.kind = g8(this.kind)
    this.at = gf(this.at)
    this.n0 = gf(this.n0)
    this.n1 = gf(this.n1)
    this.i0 = gi(this.i0)
    this.i1 = gi(this.i1)
    this.cap = cap
  }

  /** Start an entry; returns its index. */
  private open(kind: number, atMs: number, reason: ReasonCode, s0: string | null, s1: string | null, s2: string | null, s3: string | null, x: unknown): number {
    const i = this.length
    if (i === this.cap) this.grow()
    this.kind[i] = kind
    this.rs.push(reason)
    this.at[i] = atMs
    this.s0.push(s0)
    this.s1.push(s1)
    this.s2.push(s2)
    this.s3.push(s3)
    this.x.push(x)
    this.length = i + 1
    return i
  }

  /** Any entry as an object (plugins; rare kinds). Its `seq` must be `length` at the time of the call. */
  push(ev: TraceEvent): void {
    this.open(BOXED, ev.atMs, ev.reason, null, null, null, null, ev)
  }

  hop(atMs: number, reason: ReasonCode, eventId: string, edgeId: string, from: string, to: string, departMs: number, arriveMs: number, token: TokenKind): void {
    const i = this.open(HOP, atMs, reason, eventId, edgeId, from, to, null)
    this.n0[i] = departMs
    this.n1[i] = arriveMs
    this.i1[i] = tokenCode(token)
  }

  created(atMs: number, reason: ReasonCode, eventId: string, nodeId: string, origin: string): void {
    this.open(CREATED, atMs, reason, eventId, nodeId, origin, null, null)
  }

  accepted(atMs: number, eventId: string, nodeId: string): void {
    this.open(ACCEPTED, atMs, 'async.accepted', eventId, nodeId, null, null, null)
  }

  start(atMs: number, reason: ReasonCode, eventId: string, nodeId: string, attempt: number, envId: string, requestId: string, cold: boolean, handlerStartMs: number): void {
    const i = this.open(START, atMs, reason, eventId, nodeId, envId, requestId, null)
    this.i0[i] = attempt
    this.i1[i] = cold ? 1 : 0
    this.n0[i] = handlerStartMs
  }

  end(atMs: number, reason: ReasonCode, eventId: string, nodeId: string, attempt: number, envId: string, result: 'success' | 'error' | 'timeout', errorType: string | null, errorMessage: string | null): void {
    const i = this.open(END, atMs, reason, eventId, nodeId, envId, errorType, errorMessage)
    this.i0[i] = attempt
    this.i1[i] = resultCode(result)
  }

  refused(atMs: number, reason: ReasonCode, eventId: string, nodeId: string, attempt: number, result: 'throttled' | 'rejected', statusCode: number, errorType: string, throttleReason: string | null): void {
    const i = this.open(REFUSED, atMs, reason, eventId, nodeId, errorType, throttleReason, null)
    this.i0[i] = attempt
    this.i1[i] = resultCode(result)
    this.n0[i] = statusCode
  }

  retry(atMs: number, reason: ReasonCode, eventId: string, nodeId: string, nextAttempt: number, nextAtMs: number): void {
    const i = this.open(RETRY, atMs, reason, eventId, nodeId, null, null, null)
    this.i0[i] = nextAttempt
    this.n0[i] = nextAtMs
  }

  env(atMs: number, reason: ReasonCode, type: (typeof ENV_TYPES)[number], nodeId: string, envId: string): void {
    const i = this.open(ENV, atMs, reason, null, nodeId, envId, null, null)
    this.i1[i] = ENV_TYPES.indexOf(type)
  }

  state(atMs: number, reason: ReasonCode, nodeId: string, state: (typeof STATES)[number]): void {
    const i = this.open(STATE, atMs, reason, null, nodeId, null, null, null)
    this.i1[i] = STATES.indexOf(state)
  }

  fate(atMs: number, reason: ReasonCode, eventId: string, nodeId: string, fate: Exclude<Fate, 'in-flight'>): void {
    const i = this.open(FATE, atMs, reason, eventId, nodeId, null, null, null)
    this.i1[i] = fateCode(fate)
  }

  atMsOf(i: number): number {
    return this.at[i]!
  }

  /** Build entry i as a TraceEvent object. */
  get(i: number): TraceEvent {
    const kind = this.kind[i]!
    if (kind === BOXED) return this.x[i] as TraceEvent
    const seq = i
    const atMs = this.at[i]!
    const reason = this.rs[i]!
    const ref = REASON_REF[reason]
    const s0 = this.s0[i]!
    const s1 = this.s1[i]!
    const s2 = this.s2[i] ?? null
    const s3 = this.s3[i] ?? null
    switch (kind) {
      case HOP:
        return { seq, atMs, type: 'hop', reason, ref, eventId: s0, edgeId: s1, fromNodeId: s2!, toNodeId: s3!, departMs: this.n0[i]!, arriveMs: this.n1[i]!, token: TOKENS[this.i1[i]!]! }
      case CREATED:
        return { seq, atMs, type: 'event.created', reason, ref, eventId: s0, nodeId: s1, origin: s2! }
      case ACCEPTED:
        return { seq, atMs, type: 'invoke.accepted', reason, ref, eventId: s0, nodeId: s1, statusCode: 202 }
      case START:
        return { seq, atMs, type: 'invoke.start', reason, ref, eventId: s0, nodeId: s1, attempt: this.i0[i]!, envId: s2!, requestId: s3!, cold: this.i1[i] === 1, handlerStartMs: this.n0[i]! }
      case END:
        return { seq, atMs, type: 'invoke.end', reason, ref, eventId: s0, nodeId: s1, attempt: this.i0[i]!, envId: s2!, result: RESULTS[this.i1[i]!] as 'success' | 'error' | 'timeout', errorType: s3, errorMessage: (this.x[i] as string | null) ?? null }
      case REFUSED:
        return { seq, atMs, type: 'invoke.refused', reason, ref, eventId: s0, nodeId: s1, attempt: this.i0[i]!, result: RESULTS[this.i1[i]!] as 'throttled' | 'rejected', statusCode: this.n0[i]!, errorType: s2!, throttleReason: s3 }
      case RETRY:
        return { seq, atMs, type: 'retry.scheduled', reason, ref, eventId: s0, nodeId: s1, nextAttempt: this.i0[i]!, nextAtMs: this.n0[i]! }
      case ENV:
        return { seq, atMs, type: ENV_TYPES[this.i1[i]!]!, reason, ref, nodeId: s1, envId: s2! }
      case STATE:
        return { seq, atMs, type: 'function.state', reason, ref, nodeId: s1, state: STATES[this.i1[i]!]! }
      default:
        return { seq, atMs, type: 'event.fate', reason, ref, eventId: s0, nodeId: s1, fate: FATES[this.i1[i]!]! }
    }
  }

  toArray(): TraceEvent[] {
    const out = new Array<TraceEvent>(this.length)
    for (let i = 0; i < this.length; i++) out[i] = this.get(i)
    return out
  }
}
